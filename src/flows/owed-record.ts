/**
 * The owed-invalidation protocol, in one place (its pure rules are core/owed.ts): the keys a run
 * plans to write are recorded as owed to its distributions before the first write; CreateInvalidation
 * asks for them together with any earlier debt; only when every batch was answered is the debt
 * settled. A run that fails or is killed in between leaves the record, and the next run given that
 * distribution pays it. Deploy and remove each call load() and record(); the run calls the rest.
 */
import { keyFor } from '../core/keys.js';
import { decodeOwed, encodeOwed, keysOwedTo, NOTHING_OWED, OWED_NAME, type Owed, owe, settle } from '../core/owed.js';
import { RECORD_HEADERS, type RemoteObject } from '../core/types.js';
import type { ObjectStore } from '../ports.js';

export function owedKey(prefix: string): string {
  return keyFor(prefix, OWED_NAME);
}

export interface OwedLedger {
  /**
   * What earlier runs left owed. Read only when the listing shows the record: no request otherwise
   * (with a state-prefix outside the listed prefix, always read).
   */
  load(remote: readonly RemoteObject[]): Promise<Owed>;
  /**
   * Before the first write: plannedKeys become owed to this run's distributions (in a dry run, only in
   * memory). Returns all that is owed now.
   */
  record(plannedKeys: readonly string[]): Promise<Owed>;
  /** What distributionId must be asked to invalidate: this run's changes and its earlier debt. */
  keysFor(distributionId: string, changedKeys: readonly string[]): string[];
  /** After every CreateInvalidation of this run was answered: this run's distributions are paid. */
  settle(): Promise<void>;
  /** Distributions the record still names that this run does not pay. */
  othersOwed(): string[];
}

export interface LedgerOptions {
  /** The site's prefix: what the run lists. */
  readonly prefix: string;
  /** Where the record is kept: the site's prefix unless state-prefix says otherwise. */
  readonly statePrefix?: string | undefined;
  /** The distributions this run invalidates. */
  readonly owedTo: readonly string[];
  readonly dryRun: boolean;
}

export function owedLedger(store: ObjectStore, { prefix, statePrefix, owedTo, dryRun }: LedgerOptions): OwedLedger {
  const key = owedKey(statePrefix ?? prefix);
  // Kept outside the listed prefix, the record is not in the listing: it is read whether there or not.
  const listed = key.startsWith(prefix);
  let owed = NOTHING_OWED;
  // Writes next unless it is the same map (owe() returns it when nothing was added).
  const write = async (next: Owed): Promise<Owed> => {
    const previous = owed;
    owed = next;
    if (dryRun || next === previous) return owed;
    if (next.size === 0) await store.deleteObjects([key]);
    else await store.putObject(key, encodeOwed(next), RECORD_HEADERS);
    return owed;
  };
  return {
    async load(remote) {
      if (!listed || remote.some((object) => object.key === key)) owed = decodeOwed(await store.getObject(key));
      return owed;
    },
    record: (plannedKeys) => write(owe(owed, owedTo, plannedKeys)),
    keysFor: (distributionId, changedKeys) => keysOwedTo(owed, distributionId, changedKeys),
    async settle() {
      if (owedTo.some((id) => owed.has(id))) await write(settle(owed, owedTo));
    },
    othersOwed: () => [...owed.keys()].filter((id) => !owedTo.includes(id)),
  };
}
