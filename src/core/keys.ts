/** S3 key arithmetic under a prefix. */

const MAX_KEY_BYTES = 1024;

/**
 * S3's order: UTF-8 bytes, which is code point order. UTF-16 code units already sort that way except
 * that surrogates (code points past U+FFFF) must come after U+E000..U+FFFF; shifting the two groups
 * fixes that without encoding either string.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return inCodePointOrder(x) - inCodePointOrder(y);
  }
  return a.length - b.length;
}

function inCodePointOrder(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** 'www', '/www/', 'www//' → 'www/'; '' or '/' → ''. */
export function normalizePrefix(prefix: string): string {
  // Browsers read a \ in a URL's path as /: S3 would keep it in the key, and no page under it could be reached.
  if (prefix.includes('\\')) {
    throw new Error(
      `prefix "${prefix}" holds a backslash: browsers turn it into / in a URL, so no page under it could be reached. ` +
        `Separate folders with / (docs/v2).`,
    );
  }
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

/** A ListObjectsV2 page holds at most 1000 keys, whatever max-keys asks for. */
export const RANGE_MAX_KEYS = 1000;

/**
 * Up to this many keys the listing goes page after page: one request in flight costs the server
 * least, and a few pages take less than hashing the same files. Above it, ranges in parallel.
 */
export const SEQUENTIAL_LIST_MAX_KEYS = 10_000;

/** A range a little smaller than a page usually ends inside its one page, even after a few new files. */
const KEYS_PER_RANGE = 960;

/**
 * Where to cut the listing of a prefix into ranges of about a page each, so the pages can be
 * fetched in parallel: every KEYS_PER_RANGE-th of the keys expected (in S3's order), which mostly
 * exist remotely. None for a listing of at most SEQUENTIAL_LIST_MAX_KEYS keys, and then no sort:
 * the listing's next page waits for this.
 */
export function listSplitPoints(keys: readonly string[]): string[] {
  if (keys.length <= SEQUENTIAL_LIST_MAX_KEYS) return [];
  const sortedKeys = [...keys].sort(compareKeys);
  const points: string[] = [];
  for (let i = KEYS_PER_RANGE - 1; i < sortedKeys.length - 1; i += KEYS_PER_RANGE) points.push(sortedKeys[i]!);
  return points;
}
