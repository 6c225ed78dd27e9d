/** Reading and writing the record of owed invalidations (core/owed.ts) through the ObjectStore port. */
import { keyFor } from '../core/keys.js';
import { decodeOwed, encodeOwed, OWED_NAME, type Owed, settle } from '../core/owed.js';
import type { ObjectStore } from '../ports.js';

const RECORD_HEADERS = { contentType: 'application/json', cacheControl: 'no-store', metadata: {} };

export function owedKey(prefix: string): string {
  return keyFor(prefix, OWED_NAME);
}

export async function readOwed(store: ObjectStore, prefix: string): Promise<Owed> {
  return decodeOwed(await store.getObject(owedKey(prefix)));
}

/** Writes next unless it equals previous (the same map: owe() returns it when nothing was added). */
export async function writeOwed(store: ObjectStore, prefix: string, previous: Owed, next: Owed): Promise<void> {
  if (next === previous) return;
  if (next.size === 0) await store.deleteObjects([owedKey(prefix)]);
  else await store.putObject(owedKey(prefix), encodeOwed(next), RECORD_HEADERS);
}

/** After CreateInvalidation succeeded for distributionIds: their debt is paid. */
export async function settleOwed(
  store: ObjectStore,
  prefix: string,
  owed: Owed,
  distributionIds: readonly string[],
): Promise<void> {
  if (!distributionIds.some((id) => owed.has(id))) return;
  await writeOwed(store, prefix, owed, settle(owed, distributionIds));
}
