/** S3 key arithmetic under a prefix. */

export const MAX_KEY_BYTES = 1024;

/** S3's order: UTF-8 bytes (not JavaScript's UTF-16 order). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** 'www', '/www/', 'www//' → 'www/'; '' or '/' → ''. */
export function normalizePrefix(prefix: string): string {
  const parts = prefix.split('/').filter((part) => part !== '');
  if (parts.some((part) => part === '.' || part === '..')) {
    throw new Error(`prefix "${prefix}" must not contain "." or ".." segments`);
  }
  return parts.length === 0 ? '' : `${parts.join('/')}/`;
}

export function keyFor(prefix: string, rel: string): string {
  return prefix + rel;
}

/** The part of key below prefix, or undefined when the key is not under it. */
export function relFor(prefix: string, key: string): string | undefined {
  return key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
}

/** Keys S3 would refuse, with the reason, before anything is uploaded. */
export function invalidKeys(keys: readonly string[]): { key: string; reason: string }[] {
  const problems: { key: string; reason: string }[] = [];
  for (const key of keys) {
    const bytes = Buffer.byteLength(key, 'utf8');
    if (bytes > MAX_KEY_BYTES) problems.push({ key, reason: `${bytes} bytes long; S3 allows ${MAX_KEY_BYTES}` });
  }
  return problems;
}

/**
 * A ListObjectsV2 page holds up to 1000 keys. A range a little smaller than a page usually ends
 * inside its first page, so it costs one request: the page then already shows a key past the range.
 */
const KEYS_PER_RANGE = 800;

/**
 * Where to cut the listing of a prefix into ranges of under a page each, so the pages can be
 * fetched in parallel: evenly spaced local keys (in S3's order), whose remote counterparts usually
 * match. At most maxRanges ranges.
 */
export function listSplitPoints(sortedKeys: readonly string[], maxRanges = 8): string[] {
  const ranges = Math.min(maxRanges, Math.ceil(sortedKeys.length / KEYS_PER_RANGE));
  const points: string[] = [];
  for (let i = 1; i < ranges; i++) points.push(sortedKeys[Math.floor((i * sortedKeys.length) / ranges) - 1]!);
  return points;
}
