/**
 * The viewer endpoint of the playground's edge in release mode: edge/viewer-request.js reads the pointer from the
 * KeyValueStore stand-in's model, the cache keeps what Cache-Control allows, invalidations empty it, the origin is
 * the local S3 as a website endpoint. Releases are put with plain PutObject, the pointer is switched with the
 * KeyValueStore API and invalidations are created with the CloudFront API, all signed as AWS would check them.
 */
import { EDGE_SITE, type EdgeFixture, startEdgeFixture } from '../support/edge.js';

const HTML = { contentType: 'text/html; charset=utf-8', metadata: {} };
const IMMUTABLE = { contentType: 'text/javascript; charset=utf-8', cacheControl: 'max-age=31536000', metadata: {} };

let fixture: EdgeFixture;
let clock = Date.UTC(2026, 0, 1);

beforeAll(async () => {
  fixture = await startEdgeFixture({
    keys: { [`${EDGE_SITE}:live`]: 'r1' },
    cacheTagHeader: 'x-amz-meta-cache-tag',
    now: () => clock,
  });
  await fixture.putRelease('r1', {
    'index.html': '<h1>release one</h1>',
    'docs/index.html': '<h1>docs one</h1>',
    'app.js': { body: 'one()', headers: IMMUTABLE },
    'fresh.html': { body: 'always fresh', headers: { ...HTML, cacheControl: 'no-cache' } },
    'minute.html': { body: 'one minute', headers: { ...HTML, cacheControl: 'max-age=3600, s-maxage=60' } },
    'old-page.html': { body: '', headers: { ...HTML, websiteRedirectLocation: '/docs/' } },
    'tagged.html': { body: 'tagged one', headers: { ...HTML, metadata: { 'cache-tag': 'news,home' } } },
  });
  await fixture.putRelease('r2', {
    'index.html': '<h1>release two</h1>',
    'app.js': { body: 'two()', headers: IMMUTABLE },
  });
});

afterAll(async () => {
  await fixture?.stop();
});

async function get(path: string): Promise<{ status: number; cache: string | null; body: string; headers: Headers }> {
  const response = await fetch(fixture.url(path), { redirect: 'manual' });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: await response.text(),
    headers: response.headers,
  };
}

test('the live release r1 is served from releases/r1/, a miss first and then a hit from the cache', async () => {
  const first = await get('/');
  expect(first).toMatchObject({ status: 200, cache: 'Miss from cloudfront', body: '<h1>release one</h1>' });
  expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
  // The function runs before the cache: / and /index.html are one cache key.
  expect(await get('/index.html')).toMatchObject({ status: 200, cache: 'Hit from cloudfront' });
  clock += 5_000;
  const again = await get('/');
  expect(again).toMatchObject({ status: 200, cache: 'Hit from cloudfront', body: '<h1>release one</h1>' });
  expect(again.headers.get('age')).toBe('5');
  expect(fixture.edge.viewer.cache.keys()).toEqual(expect.arrayContaining(['/releases/r1/index.html']));
});

test('clean URLs: /docs and /docs/ are docs/index.html of the live release', async () => {
  expect(await get('/docs/')).toMatchObject({ status: 200, body: '<h1>docs one</h1>' });
  expect(await get('/docs')).toMatchObject({ status: 200, body: '<h1>docs one</h1>', cache: 'Hit from cloudfront' });
});

test('the query string is part of the cache key', async () => {
  expect(await get('/app.js?v=1')).toMatchObject({ body: 'one()', cache: 'Miss from cloudfront' });
  expect(await get('/app.js?v=1')).toMatchObject({ cache: 'Hit from cloudfront' });
  expect(await get('/app.js?v=2')).toMatchObject({ cache: 'Miss from cloudfront' });
});

test('Cache-Control decides: no-cache is never kept, s-maxage wins over max-age', async () => {
  expect(await get('/fresh.html')).toMatchObject({ body: 'always fresh', cache: 'Miss from cloudfront' });
  expect(await get('/fresh.html')).toMatchObject({ cache: 'Miss from cloudfront' });
  expect(await get('/minute.html')).toMatchObject({ cache: 'Miss from cloudfront' });
  clock += 59_000;
  expect(await get('/minute.html')).toMatchObject({ cache: 'Hit from cloudfront' });
  clock += 1_000;
  expect(await get('/minute.html')).toMatchObject({ cache: 'Miss from cloudfront' });
});

test('an object stored with a website redirect answers 301, as a website origin does', async () => {
  const moved = await get('/old-page.html');
  expect(moved.status).toBe(301);
  expect(moved.headers.get('location')).toBe('/docs/');
});

test('switching the pointer over the KeyValueStore API serves r2 at once, with no invalidation', async () => {
  await get('/app.js');
  expect(await get('/app.js')).toMatchObject({ body: 'one()', cache: 'Hit from cloudfront' });
  await fixture.setLive('r2');
  expect(await get('/')).toMatchObject({ status: 200, body: '<h1>release two</h1>', cache: 'Miss from cloudfront' });
  expect(await get('/app.js')).toMatchObject({ body: 'two()', cache: 'Miss from cloudfront' });
  expect(fixture.edge.cloudfront.state.snapshot().distributions).toMatchObject({
    E2EDGETEST0001: { invalidations: [] },
  });
  // r1 is still warm: switching back (a rollback) is served from the cache.
  await fixture.setLive('r1');
  expect(await get('/app.js')).toMatchObject({ body: 'one()', cache: 'Hit from cloudfront' });
  await fixture.setLive('r2');
});

test('an invalidation empties the paths it names (as the cache keys them), and no others', async () => {
  await fixture.setLive('r1');
  await get('/');
  await get('/docs/');
  expect(await get('/')).toMatchObject({ cache: 'Hit from cloudfront' });
  await fixture.cdn.createInvalidation('E2EDGETEST0001', ['/releases/r1/index.html'], 'one-path');
  expect(await get('/')).toMatchObject({ cache: 'Miss from cloudfront' });
  expect(await get('/docs/')).toMatchObject({ cache: 'Hit from cloudfront' });
  await fixture.cdn.createInvalidation('E2EDGETEST0001', ['/releases/r1/*'], 'wildcard');
  expect(await get('/docs/')).toMatchObject({ cache: 'Miss from cloudfront' });
});

test('a #tag invalidation empties what the origin tagged in the CacheTagConfig header', async () => {
  await fixture.setLive('r1');
  await get('/tagged.html');
  await get('/docs/');
  expect(await get('/tagged.html')).toMatchObject({ body: 'tagged one', cache: 'Hit from cloudfront' });
  await fixture.cdn.createInvalidation('E2EDGETEST0001', ['#news'], 'tag');
  expect(await get('/tagged.html')).toMatchObject({ cache: 'Miss from cloudfront' });
  expect(await get('/docs/')).toMatchObject({ cache: 'Hit from cloudfront' });
});

test('no live pointer: the function answers 503, not cached, and nothing is read from the origin', async () => {
  const before = fixture.edge.viewer.cache.keys();
  await fixture.kvs.update(await fixture.kvs.version(), { deletes: [`${EDGE_SITE}:live`] });
  const down = await get('/');
  expect(down).toMatchObject({ status: 503, cache: 'FunctionGeneratedResponse from cloudfront' });
  expect(down.headers.get('cache-control')).toBe('no-store');
  expect(down.body).toContain(`${EDGE_SITE}:live`);
  expect(fixture.edge.viewer.cache.keys()).toEqual(before);
  await fixture.setLive('r2');
  expect(await get('/')).toMatchObject({ status: 200, body: '<h1>release two</h1>' });
});

test('a path the live release lacks is a 404 from the origin', async () => {
  await fixture.setLive('r2');
  expect(await get('/docs/')).toMatchObject({ status: 404 });
});

test('only GET and HEAD are allowed, as in a default cache behaviour', async () => {
  const response = await fetch(fixture.url('/'), { method: 'POST', body: 'x' });
  expect(response.status).toBe(403);
  const head = await fetch(fixture.url('/'), { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe('');
});
