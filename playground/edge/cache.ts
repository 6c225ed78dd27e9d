/**
 * The edge cache of the viewer endpoint: responses by cache key (the URI after the viewer-request function, plus the
 * query string), kept as long as the origin's Cache-Control allows, emptied by invalidations.
 *
 * The TTLs are those of a cache policy like CloudFront's managed CachingOptimized, with its minimum TTL at 0 so that
 * the origin can opt out: s-maxage, else max-age, capped at the maximum TTL of one year; no Cache-Control at all gets
 * the default TTL of one day; no-store, no-cache and private are not cached. An origin error (4xx/5xx) without a
 * max-age is kept for 10 seconds, CloudFront's default error caching minimum TTL; redirects other than 301 are not
 * kept.
 */

export const DEFAULT_TTL_SECONDS = 86_400;
export const MAX_TTL_SECONDS = 31_536_000;
export const ERROR_TTL_SECONDS = 10;

export interface CachedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

interface Entry {
  readonly response: CachedResponse;
  readonly storedAt: number;
  readonly expiresAt: number;
  /** The cache tags the origin named in the distribution's tag header (CacheTagConfig). */
  readonly tags: ReadonlySet<string>;
}

// The statuses CloudFront caches: the cacheable ones by their headers, the errors for ERROR_TTL_SECONDS by default.
const CACHEABLE = new Set([200, 203, 300, 301, 410]);
const CACHED_ERRORS = new Set([400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504]);

/** Seconds this response may be cached, 0 = not at all. */
export function ttlSeconds(status: number, cacheControl: string | undefined): number {
  if (!CACHEABLE.has(status) && !CACHED_ERRORS.has(status)) return 0;
  const directives = new Map<string, string | undefined>();
  for (const part of (cacheControl ?? '').split(',')) {
    const [name, value] = part.trim().split('=', 2) as [string, string | undefined];
    if (name !== '') directives.set(name.toLowerCase(), value?.replace(/^"|"$/g, ''));
  }
  if (['no-store', 'no-cache', 'private'].some((name) => directives.has(name))) return 0;
  const seconds = (name: string): number | undefined => {
    const value = directives.get(name);
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const declared = seconds('s-maxage') ?? seconds('max-age');
  if (declared !== undefined) return Math.min(declared, MAX_TTL_SECONDS);
  return CACHED_ERRORS.has(status) ? ERROR_TTL_SECONDS : DEFAULT_TTL_SECONDS;
}

/** Whether an invalidation item ('/path', '/dir/*', '*' wildcards at the end, or '#tag') covers this entry. */
export function invalidates(item: string, key: string, tags: ReadonlySet<string>): boolean {
  if (item.startsWith('#')) return tags.has(item.slice(1));
  return item.endsWith('*') ? key.startsWith(item.slice(0, -1)) : key === item;
}

export class EdgeCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /** The response while it is fresh, with its age in seconds. */
  get(key: string): { response: CachedResponse; age: number } | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    const now = this.now();
    if (now >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return { response: entry.response, age: Math.floor((now - entry.storedAt) / 1000) };
  }

  /** Keeps the response if its Cache-Control lets it be cached. */
  put(key: string, response: CachedResponse, tags: readonly string[]): void {
    const ttl = ttlSeconds(response.status, response.headers['cache-control']);
    if (ttl <= 0) return;
    const storedAt = this.now();
    this.entries.set(key, { response, storedAt, expiresAt: storedAt + ttl * 1000, tags: new Set(tags) });
  }

  /** Drops every entry an invalidation's items cover; returns how many. */
  invalidate(items: readonly string[]): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (items.some((item) => invalidates(item, key, entry.tags))) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}
