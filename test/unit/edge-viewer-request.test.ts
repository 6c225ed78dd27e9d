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

  test('stays under the 10 KB CloudFront Functions size limit', () => {
    expect(statSync(VIEWER_FUNCTION_FILE).size).toBeLessThan(10 * 1024);
  });
});
