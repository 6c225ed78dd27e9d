/**
 * The viewer-request CloudFront Function, edge/viewer-request.js, run as the exact file it is uploaded as: a module
 * in a bare vm context (no require, fetch or timers, as in cloudfront-js-2.0), importing a `cloudfront` module whose
 * kvs().get reads a Map and rejects as the real one does for a missing key, or for a store that fails.
 */
import { statSync } from 'node:fs';
import {
  fillInViewerFunction,
  loadViewerFunction,
  readViewerFunction,
  VIEWER_FUNCTION_FILE,
  type ViewerHandler,
  type ViewerRequest,
  type ViewerResponse,
} from '../../playground/edge/viewer-function.js';
import { parseRedirects } from '../../src/core/redirects.js';
import { LAYERED_RELEASES_MARKER, servesLayers } from '../../src/core/release-layers.js';
import { releaseRedirectKeys } from '../../src/core/release-redirects.js';

const source = readViewerFunction();

/** The store behind the fake module: its keys, or the error every read rejects with. */
type Store = { keys: Map<string, string>; failure?: Error };

function load(code: string, store: Store): Promise<ViewerHandler> {
  return loadViewerFunction(code, async (key) => {
    if (store.failure) throw store.failure;
    const value = store.keys.get(key);
    if (value === undefined) throw new Error('Key not found');
    return value;
  });
}

const live = (id: string): Store => ({ keys: new Map([['site:live', id]]) });
const request = (uri: string, querystring: ViewerRequest['querystring'] = {}): { request: ViewerRequest } => ({
  request: { uri, querystring },
});

describe('edge/viewer-request.js', () => {
  test.each([
    ['/', '/releases/r1/index.html'],
    ['/index.html', '/releases/r1/index.html'],
    ['/docs/', '/releases/r1/docs/index.html'],
    ['/docs', '/releases/r1/docs/index.html'],
    ['/assets/app.3f2a.js', '/releases/r1/assets/app.3f2a.js'],
    ['/v1.2/guide', '/releases/r1/v1.2/guide/index.html'],
    ['/caf%C3%A9/menu%20du%20jour.html', '/releases/r1/caf%C3%A9/menu%20du%20jour.html'],
    ['/a%2Fb', '/releases/r1/a%2Fb/index.html'],
  ])('%s is served from the live release as %s', async (uri, expected) => {
    const handler = await load(source, live('r1'));
    expect(await handler(request(uri))).toEqual({ uri: expected, querystring: {} });
  });

  test('the query string is left alone', async () => {
    const handler = await load(source, live('main-42-1'));
    const querystring = { v: { value: '3' }, q: { value: 'a b' } };
    const out = await handler(request('/search', { v: { value: '3' }, q: { value: 'a b' } }));
    expect(out).toEqual({ uri: '/releases/main-42-1/search/index.html', querystring });
  });

  test('the name and prefix the setup fills in pick the key and go before releases/', async () => {
    const filled = fillInViewerFunction(source, { name: 'blog', prefix: 'www/site' });
    const handler = await load(filled, { keys: new Map([['blog:live', 'r2']]) });
    expect(await handler(request('/docs/'))).toEqual({ uri: '/www/site/releases/r2/docs/index.html', querystring: {} });
    expect(() => fillInViewerFunction(source, { name: "x'; evil()", prefix: '' })).toThrow(/RELEASE_NAME/);
    expect(() => fillInViewerFunction('const RELEASE_NAME = 1;', { name: 'a', prefix: '' })).toThrow(/no line/);
  });

  test.each<[string, Store]>([
    ['no release yet (the key is missing)', { keys: new Map() }],
    ['the store fails', { keys: new Map([['site:live', 'r1']]), failure: new Error('KVS unavailable') }],
    ['the key holds no release id', live('../other')],
    ['the key holds ..', live('..')],
    ['the key is empty', live('')],
  ])('%s: a 503 that is not cached, never a wrong path', async (_why, store) => {
    const handler = await load(source, store);
    const out = (await handler(request('/index.html'))) as ViewerResponse;
    expect(out.statusCode).toBe(503);
    expect(out.headers?.['cache-control']).toEqual({ value: 'no-store' });
    expect(out.body?.data).toContain('site:live');
    expect(out).not.toHaveProperty('uri');
  });

  test('carries the marker the action checks before it deploys a layered release', () => {
    expect(servesLayers(source)).toBe(true);
    expect(servesLayers(source.replace(LAYERED_RELEASES_MARKER, '// an older function'))).toBe(false);
  });

  test('stays well under the 10 KB CloudFront Functions size limit', () => {
    expect(statSync(VIEWER_FUNCTION_FILE).size).toBeLessThan(6 * 1024);
  });
});

describe("edge/viewer-request.js answering the live release's redirects", () => {
  const FILE = [
    '/old/ /new/',
    '/gone.html https://example.com/gone 302',
    '/caf%C3%A9 /cafe 308',
    '/blog/* /news/:splat 301',
    '/blog/2019/* /archive/2019/:splat 307',
    '/docs* /manual/:splat',
    '/shop/* https://shop.example.com/',
  ].join('\n');
  const storeOf = (id: string, text: string, files: string[] = []): Map<string, string> =>
    releaseRedirectKeys(parseRedirects(text), { name: 'site', id, files: new Set(files) }).puts as Map<string, string>;
  const redirected = (status: number, location: string) =>
    expect.objectContaining({ statusCode: status, headers: { location: { value: location } } });

  test.each([
    ['/old/', 301, '/new/'],
    ['/gone.html', 302, 'https://example.com/gone'],
    ['/caf%C3%A9', 308, '/cafe'],
    ['/blog/', 301, '/news/'],
    ['/blog/a/b.html', 301, '/news/a/b.html'],
    ['/blog/2019/x', 307, '/archive/2019/x'],
    ['/blog/2020/x', 301, '/news/2020/x'],
    ['/docs', 301, '/manual/'],
    ['/docs-v1/intro', 301, '/manual/-v1/intro'],
    ['/shop/any/thing', 301, 'https://shop.example.com/'],
    ['/blog/%C3%A9t%C3%A9', 301, '/news/%C3%A9t%C3%A9'],
  ])('%s answers %s to %s', async (uri, status, location) => {
    const keys = storeOf('r1', FILE);
    keys.set('site:live', 'r1');
    const handler = await load(source, { keys });
    expect(await handler(request(uri))).toEqual(redirected(status, location));
  });

  test.each(['/old', '/new/', '/blo', '/index.html', '/gone.htm'])(
    '%s is no rule: served from the release',
    async (uri) => {
      const keys = storeOf('r1', FILE);
      keys.set('site:live', 'r1');
      const handler = await load(source, { keys });
      expect(await handler(request(uri))).toEqual({ uri: expect.stringMatching(/^\/releases\/r1\//), querystring: {} });
    },
  );

  test("only the live release's rules apply: a switch or a rollback changes them with the pointer", async () => {
    const keys = new Map([...storeOf('r1', '/a /one'), ...storeOf('r2', '/b /two')]);
    keys.set('site:live', 'r2');
    const handler = await load(source, { keys });
    expect(await handler(request('/b'))).toEqual(redirected(301, '/two'));
    expect(await handler(request('/a'))).toEqual({ uri: '/releases/r2/a/index.html', querystring: {} });
    keys.set('site:live', 'r1');
    expect(await handler(request('/a'))).toEqual(redirected(301, '/one'));
    expect(await handler(request('/b'))).toEqual({ uri: '/releases/r1/b/index.html', querystring: {} });
  });
});

describe('edge/viewer-request.js serving a layered release', () => {
  // r1 full (the base); r2 layered on r1 wrote app.js and removed old.js; r3 layered on r1 wrote docs/index.html and
  // keeps r2's app.js (cumulative), and café.html comes from r3.
  const keys = (liveId: string) =>
    new Map([
      ['site:live', liveId],
      ['site:b:r2', 'r1'],
      ['site:f:r2:/app.js', 'r2'],
      ['site:f:r2:/old.js', 'r2'],
      ['site:b:r3', 'r1'],
      ['site:f:r3:/app.js', 'r2'],
      ['site:f:r3:/old.js', 'r3'],
      ['site:f:r3:/docs/index.html', 'r3'],
      ['site:f:r3:/café menu.html', 'r3'],
    ]);

  test.each([
    ['/index.html', '/releases/r1/index.html', 'from the base'],
    ['/', '/releases/r1/index.html', 'from the base, clean URL'],
    ['/docs/', '/releases/r3/docs/index.html', 'written by the live release'],
    ['/docs', '/releases/r3/docs/index.html', 'written by the live release, clean URL'],
    ['/app.js', '/releases/r2/app.js', 'from an earlier layer'],
    ['/old.js', '/releases/r3/old.js', 'a tombstone: its own folder, which lacks it'],
    ['/caf%C3%A9%20menu.html', '/releases/r3/caf%C3%A9%20menu.html', 'looked up decoded, served encoded'],
  ])('%s is served as %s (%s)', async (uri, expected) => {
    const handler = await load(source, { keys: keys('r3') });
    expect(await handler(request(uri))).toEqual({ uri: expected, querystring: {} });
  });

  test('a full release (no base key) serves every path from its own folder, whatever other releases keep', async () => {
    const handler = await load(source, { keys: keys('r1') });
    expect(await handler(request('/app.js'))).toEqual({ uri: '/releases/r1/app.js', querystring: {} });
    expect(await handler(request('/docs/'))).toEqual({ uri: '/releases/r1/docs/index.html', querystring: {} });
  });

  test('rolling back to r2 switches the layers with the pointer', async () => {
    const handler = await load(source, { keys: keys('r2') });
    expect(await handler(request('/docs/'))).toEqual({ uri: '/releases/r1/docs/index.html', querystring: {} });
    expect(await handler(request('/old.js'))).toEqual({ uri: '/releases/r2/old.js', querystring: {} });
  });

  test.each([
    ['site:b:r3', '../x', '/index.html'],
    ['site:f:r3:/app.js', '..', '/app.js'],
  ])(
    'a folder value that is no release id (%s = %s) is a 503 for %s, never a path outside the releases',
    async (key, value, uri) => {
      const store = keys('r3');
      store.set(key, value);
      const handler = await load(source, { keys: store });
      const out = (await handler(request(uri))) as ViewerResponse;
      expect(out.statusCode).toBe(503);
      expect(out).not.toHaveProperty('uri');
    },
  );
});
