/**
 * The delete side of a plan: which listed objects the site no longer has, and of those which are
 * deleted now and which are kept, and why. Used by a deploy with `delete: true` and by `remove: true`
 * (where the site has nothing).
 */
import type { Glob } from './globs.js';
import { graceDecision } from './grace.js';
import { compareKeys, relFor } from './keys.js';
import { LOCK_NAME } from './lock.js';
import { MANIFEST_NAME, type Manifest } from './manifest.js';
import { OWED_NAME } from './owed.js';
import { isPreserved, otherDeployOwning, otherDeployRoots } from './ownership.js';
import type { RemoteObject } from './types.js';

export type DeleteReason = 'removed locally' | 'grace ended' | 'site removed';

export interface DeleteStep {
  readonly key: string;
  readonly size: number;
  readonly reason: DeleteReason;
}

export type KeepReason =
  /** delete-grace: removed from the site, kept until keptUntil (ISO times). */
  | { readonly kind: 'grace'; readonly removedSince: string; readonly keptUntil: string }
  | { readonly kind: 'preserved' }
  /** Under a sub-prefix holding another deploy's record; owner is that sub-prefix as a full key prefix. */
  | { readonly kind: 'other deploy'; readonly owner: string };

/** An object the site no longer has that is left in place. */
export interface KeptStep {
  readonly key: string;
  readonly remote: RemoteObject;
  readonly reason: KeepReason;
}

export interface RemovalRules {
  readonly preserve: readonly Glob[];
  /** delete-grace in ms; 0: removed objects go at once. */
  readonly graceMs: number;
  /** The deploy's time, for delete-grace. */
  readonly now: number;
}

export const NO_REMOVAL_RULES: RemovalRules = { preserve: [], graceMs: 0, now: 0 };

export interface RemovalInput {
  readonly remote: readonly RemoteObject[];
  /** Normalized: '' or ending in '/'. */
  readonly prefix: string;
  readonly manifest: Manifest;
  /** Keys the site still has. */
  readonly siteKeys: ReadonlySet<string>;
  readonly rules: RemovalRules;
  /** remove: true: the whole site goes, console folder markers too, and no grace. */
  readonly wholeSite?: boolean;
}

export interface Removal {
  /** In key order. */
  readonly deletes: readonly DeleteStep[];
  /** In key order. */
  readonly kept: readonly KeptStep[];
}

export function planRemoval(input: RemovalInput): Removal {
  const wholeSite = input.wholeSite === true;
  const rels = input.remote.map((object) => relFor(input.prefix, object.key));
  const others = otherDeployRoots(rels.filter((rel) => rel !== undefined));
  const deletes: DeleteStep[] = [];
  const kept: KeptStep[] = [];
  input.remote.forEach((object, i) => {
    const rel = rels[i];
    if (rel === undefined || isOwnRecord(rel) || input.siteKeys.has(object.key)) return;
    // A console "folder" marker is not part of a site; only removing the whole site takes it.
    if (!wholeSite && (rel === '' || object.key.endsWith('/'))) return;
    const keep = (reason: KeepReason): void => {
      kept.push({ key: object.key, remote: object, reason });
    };
    const owner = otherDeployOwning(rel, others);
    if (owner !== undefined) keep({ kind: 'other deploy', owner: input.prefix + owner });
    else if (isPreserved(rel, input.rules.preserve)) keep({ kind: 'preserved' });
    else if (wholeSite) deletes.push({ key: object.key, size: object.size, reason: 'site removed' });
    else {
      const decision = graceDecision(object.key, input.manifest.get(rel), input.rules.now, input.rules.graceMs);
      if (decision.delete) deletes.push({ key: object.key, size: object.size, reason: decision.reason });
      else keep({ kind: 'grace', removedSince: decision.removedSince, keptUntil: decision.keptUntil });
    }
  });
  return { deletes: deletes.sort(byKey), kept: kept.sort(byKey) };
}

/** The prefix's own manifest and owed record: written and removed by the flows themselves. */
export function isOwnRecord(rel: string): boolean {
  return rel === MANIFEST_NAME || rel === OWED_NAME || rel === LOCK_NAME;
}

function byKey(a: { readonly key: string }, b: { readonly key: string }): number {
  return compareKeys(a.key, b.key);
}
