/**
 * ListObjectsV2, all pages. The first page goes out at once; where to cut the rest of the key space
 * into ranges listed in parallel may arrive later (from the manifest), and a usual site needs no cut.
 */
import { compareKeys, RANGE_MAX_KEYS } from '../core/keys.js';
import type { RemoteObject } from '../core/types.js';
import { mapLimit } from '../util/pool.js';
import { decodeUrlEncodedKey } from './encode.js';
import type { AwsResponse } from './http.js';
import { parseListPage } from './list-objects-xml.js';
import { normalizeEtag, type S3Caller } from './s3-call.js';

/** The objects under prefix, the key space cut at splitAfter into ranges (start after the previous cut, end at this one). */
export async function listObjects(
  s3: S3Caller,
  prefix: string,
  splitAfter: readonly string[] | Promise<readonly string[]>,
  concurrency: number,
): Promise<RemoteObject[]> {
  const cutsP = Promise.resolve(splitAfter).then((keys) =>
    [...new Set(keys.filter((key) => key.startsWith(prefix)))].sort(compareKeys),
  );
  // The first range starts at once; where it ends may come later.
  const firstRange = listRange(
    s3,
    prefix,
    undefined,
    boundLater(cutsP.then((cuts) => cuts[0])),
    requestPage(s3, prefix, {}),
  );
  firstRange.catch(() => undefined); // awaited below, unless the cuts fail first
  const cuts = await cutsP;
  const ranges = cuts.map((startAfter, i) => ({ startAfter, last: cuts[i + 1] }));
  const [first, rest] = await Promise.all([
    firstRange,
    mapLimit(ranges, concurrency, (range) => listRange(s3, prefix, range.startAfter, boundAt(range.last))),
  ]);
  const found = new Map<string, RemoteObject>();
  for (const objects of [first, ...rest]) {
    for (const object of objects) found.set(object.key, object);
  }
  return [...found.values()];
}

/** A range's last key (undefined: open), and whether it is known yet. */
interface Bound {
  known: boolean;
  last: string | undefined;
  readonly settled: Promise<string | undefined>;
}

function boundAt(last: string | undefined): Bound {
  return { known: true, last, settled: Promise.resolve(last) };
}

function boundLater(settled: Promise<string | undefined>): Bound {
  const bound: Bound = { known: false, last: undefined, settled };
  settled.then(
    (last) => {
      bound.last = last;
      bound.known = true;
    },
    () => undefined,
  );
  return bound;
}

interface PageQuery {
  readonly startAfter?: string | undefined;
  readonly token?: string | undefined;
  readonly maxKeys?: number | undefined;
}

function requestPage(s3: S3Caller, prefix: string, page: PageQuery): Promise<AwsResponse> {
  const query: Record<string, string> = { 'list-type': '2', 'encoding-type': 'url' };
  if (prefix !== '') query['prefix'] = prefix;
  if (page.maxKeys !== undefined) query['max-keys'] = String(page.maxKeys);
  if (page.token !== undefined) query['continuation-token'] = page.token;
  else if (page.startAfter !== undefined) query['start-after'] = page.startAfter;
  return s3.call({ action: 'ListObjectsV2', method: 'GET', query, idempotent: true });
}

/**
 * Keys in (startAfter, bound] under prefix, all pages; both ends open when undefined. pending: the
 * first page, when already asked for. While the bound is still unknown, the next page is asked for
 * before this one is read: a usual site needs it, and only a large one can find it was not needed.
 */
async function listRange(
  s3: S3Caller,
  prefix: string,
  startAfter: string | undefined,
  bound: Bound,
  pending: Promise<AwsResponse> = requestPage(s3, prefix, { startAfter, maxKeys: maxKeysFor(bound) }),
): Promise<RemoteObject[]> {
  const found: RemoteObject[] = [];
  const seenTokens = new Set<string>();
  for (;;) {
    const result = parseListPage((await pending).body);
    if (result === undefined)
      throw new Error(`S3 ListObjectsV2 on s3://${s3.bucket}: the answer is not a ListBucketResult`);
    const token = result.isTruncated === 'true' ? result.nextContinuationToken : undefined;
    if (result.isTruncated === 'true' && (token === undefined || token === '' || seenTokens.has(token))) {
      throw new Error(`S3 ListObjectsV2 on s3://${s3.bucket}: a truncated page came without a new continuation token`);
    }
    const prefetched = token !== undefined && !bound.known ? requestPage(s3, prefix, { token }) : undefined;
    prefetched?.catch(() => undefined);
    const last = await bound.settled;
    // Decode only when the server says it encoded: s3rver ignores encoding-type and sends raw keys.
    const urlEncoded = result.encodingType?.toLowerCase() === 'url';
    let pastRange = false;
    for (const entry of result.contents) {
      const rawKey = entry.key;
      if (rawKey === undefined) continue;
      const key = detached(urlEncoded ? decodeUrlEncodedKey(rawKey) : rawKey);
      if (last !== undefined && compareKeys(key, last) > 0) {
        pastRange = true; // the next range lists it
        continue;
      }
      const storageClass = entry.storageClass;
      found.push({
        key,
        etag: normalizeEtag(entry.etag),
        size: Number(entry.size ?? '0'),
        ...(storageClass === undefined || storageClass === '' ? {} : { storageClass }),
      });
    }
    if (pastRange || token === undefined) return found;
    seenTokens.add(token);
    pending = prefetched ?? requestPage(s3, prefix, { token, maxKeys: maxKeysFor(bound) });
  }
}

/**
 * The key as a string of its own. V8 keeps a substring as a view into the string it was cut from,
 * so every listed key, kept for the whole run, would keep its whole page alive: about 250 bytes per
 * key, 25 MB at 100,000 keys, measured.
 */
function detached(key: string): string {
  return ` ${key}`.slice(1);
}

/** A bounded range is cut to about a page: asking for no more spares the server keys we would drop. */
function maxKeysFor(bound: Bound): number | undefined {
  return bound.known && bound.last !== undefined ? RANGE_MAX_KEYS : undefined;
}
