/**
 * Invalidations still owed: a small JSON object under the prefix naming, per distribution, the
 * keys a deploy changed (or was about to change) that CloudFront has not yet been asked to forget.
 * It is written before the first write that makes keys owed and settled only after CreateInvalidation
 * for them succeeded, so a run that fails or is killed in between leaves the debt on record and the
 * next run given that distribution pays it. Kept apart from the manifest, which can be megabytes.
 */
import { compareKeys } from './keys.js';

export const OWED_NAME = '.s3-cloudfront-deploy.owed.json';
const VERSION = 1;

/** distribution id → full S3 keys, sorted. */
export type Owed = ReadonlyMap<string, readonly string[]>;

export const NOTHING_OWED: Owed = new Map();

/** Owed plus keys for each of distributionIds; the same map when that adds nothing. */
export function owe(owed: Owed, distributionIds: readonly string[], keys: readonly string[]): Owed {
  const next = new Map(owed);
  let grew = false;
  for (const id of distributionIds) {
    const before = owed.get(id) ?? [];
    const union = [...new Set([...before, ...keys])].sort(compareKeys);
    if (union.length === before.length) continue;
    next.set(id, union);
    grew = true;
  }
  return grew ? next : owed;
}

/** Owed without what distributionIds were just asked to invalidate. */
export function settle(owed: Owed, distributionIds: readonly string[]): Owed {
  const next = new Map(owed);
  for (const id of distributionIds) next.delete(id);
  return next;
}

/** What one distribution must be asked to invalidate: this run's changes and its earlier debt. */
export function keysOwedTo(owed: Owed, distributionId: string, changedKeys: readonly string[]): string[] {
  return [...new Set([...changedKeys, ...(owed.get(distributionId) ?? [])])].sort(compareKeys);
}

export function encodeOwed(owed: Owed): Buffer {
  const distributions = Object.fromEntries([...owed].sort(([a], [b]) => compareKeys(a, b)));
  return Buffer.from(JSON.stringify({ version: VERSION, generator: 's3-cloudfront-deploy', distributions }));
}

/** A missing record owes nothing; so does one this version cannot read (it never writes such a one). */
export function decodeOwed(body: Buffer | undefined): Owed {
  if (body === undefined) return NOTHING_OWED;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return NOTHING_OWED;
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { version?: unknown }).version !== VERSION)
    return NOTHING_OWED;
  const distributions = (parsed as { distributions?: unknown }).distributions;
  if (typeof distributions !== 'object' || distributions === null) return NOTHING_OWED;
  const owed = new Map<string, string[]>();
  for (const [id, keys] of Object.entries(distributions)) {
    if (Array.isArray(keys) && keys.every((key) => typeof key === 'string')) owed.set(id, keys as string[]);
  }
  return owed;
}
