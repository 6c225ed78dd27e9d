/** The playground edge's cache rules and the viewer endpoint's request helpers, without any server. */
import {
  DEFAULT_TTL_SECONDS,
  EdgeCache,
  invalidates,
  MAX_TTL_SECONDS,
  ttlSeconds,
} from '../../playground/edge/cache.js';
import { bucketOf, formatQuery, parseQuery } from '../../playground/edge/viewer.js';

describe('ttlSeconds', () => {
  test.each<[number, string | undefined, number]>([
    [200, undefined, DEFAULT_TTL_SECONDS],
    [200, 'max-age=60', 60],
    [200, 'public, max-age=3600, s-maxage=120', 120],
    [200, 'S-MaxAge="30"', 30],
    [200, 'max-age=999999999', MAX_TTL_SECONDS],
    [200, 'no-cache', 0],
    [200, 'no-store, max-age=60', 0],
    [200, 'private, max-age=60', 0],
    [200, 'max-age=0', 0],
    [301, undefined, DEFAULT_TTL_SECONDS],
    [404, undefined, 10],
    [404, 'max-age=60', 60],
    [302, 'max-age=60', 0],
    [304, undefined, 0],
  ])('%i with Cache-Control %p is kept %i s', (status, cacheControl, ttl) => {
    expect(ttlSeconds(status, cacheControl)).toBe(ttl);
  });
});

describe('invalidates', () => {
  const none = new Set<string>();
  test.each<[string, string, boolean]>([
    ['/a.html', '/a.html', true],
    ['/a.html', '/a.html?v=1', false],
    ['/a.html*', '/a.html?v=1', true],
    ['/docs/*', '/docs/index.html', true],
    ['/docs/*', '/docsx/index.html', false],
    ['/*', '/anything?q=1', true],
    ['/A.html', '/a.html', false],
  ])('%s covers %s: %p', (item, key, covered) => {
    expect(invalidates(item, key, none)).toBe(covered);
  });

  test('a #tag covers what carries the tag, and takes * literally', () => {
    expect(invalidates('#news', '/a.html', new Set(['news', 'home']))).toBe(true);
    expect(invalidates('#new*', '/a.html', new Set(['news']))).toBe(false);
    expect(invalidates('#news', '/a.html', none)).toBe(false);
  });
});

describe('EdgeCache', () => {
  const response = (cacheControl?: string) => ({
    status: 200,
    headers: cacheControl === undefined ? {} : { 'cache-control': cacheControl },
    body: Buffer.from('x'),
  });

  test('keeps a response for its TTL, with its age, and drops what an invalidation covers', () => {
    let now = 1_000_000;
    const cache = new EdgeCache(() => now);
    cache.put('/a', response('max-age=10'), []);
    cache.put('/b', response('no-store'), []);
    cache.put('/c', response(), ['t']);
    now += 9_500;
    expect(cache.get('/a')?.age).toBe(9);
    expect(cache.get('/b')).toBeUndefined();
    now += 500;
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.invalidate(['#t'])).toBe(1);
    expect(cache.keys()).toEqual([]);
  });
});

describe('viewer helpers', () => {
  test('the query string goes through the function event and back unchanged', () => {
    const raw = 'a=1&b=x%20y&a=2&flag';
    expect(parseQuery(raw)).toEqual({
      a: { value: '1', multiValue: [{ value: '1' }, { value: '2' }] },
      b: { value: 'x%20y' },
      flag: { value: '' },
    });
    expect(formatQuery(parseQuery(raw))).toBe('a=1&a=2&b=x%20y&flag=');
    expect(formatQuery(parseQuery(''))).toBe('');
  });

  test.each([
    ['site.s3.us-east-1.amazonaws.com', 'site'],
    ['my.dotted.bucket.s3.eu-west-1.amazonaws.com', 'my.dotted.bucket'],
    ['site.s3-website-us-east-1.amazonaws.com', 'site'],
  ])('the bucket of %s is %s', (domain, bucket) => {
    expect(bucketOf(domain)).toBe(bucket);
  });

  test('an origin that is not a bucket is an error naming it', () => {
    expect(() => bucketOf('example.com')).toThrow(/example\.com is not an S3 bucket/);
  });
});
