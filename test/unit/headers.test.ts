import { contentTypeFor, headersDigest, headersFor } from '../../src/core/headers.js';
import { firstMatch, parseGlobRules } from '../../src/core/rules.js';

describe('contentTypeFor', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/style.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.mjs', 'text/javascript; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['app.js.map', 'application/json; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['logo.svg', 'image/svg+xml; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['photo.JPG', 'image/jpeg'],
    ['img.avif', 'image/avif'],
    ['app.wasm', 'application/wasm'],
    ['font.woff2', 'font/woff2'],
    ['video.mp4', 'video/mp4'],
    ['LICENSE', 'application/octet-stream'],
    ['blob.unknownext', 'application/octet-stream'],
    ['日本語/ページ.html', 'text/html; charset=utf-8'],
  ])('%s → %s', (rel, type) => {
    expect(contentTypeFor(rel)).toBe(type);
  });
});

describe('cache-control rules', () => {
  const rules = parseGlobRules(
    '# fingerprinted assets\n**/*.html: no-cache\n\nassets/**: public, max-age=31536000, immutable\n*: max-age=60\n',
  );

  test.each([
    ['index.html', 'no-cache'],
    ['docs/deep/page.html', 'no-cache'],
    ['assets/app.3f2a.js', 'public, max-age=31536000, immutable'],
    ['assets/page.html', 'no-cache'],
    ['robots.txt', 'max-age=60'],
    ['img/logo.png', undefined],
    ['.well-known/security.txt', undefined],
  ])('%s → %s (first match wins, no match means no header)', (rel, value) => {
    expect(firstMatch(rules, rel)).toBe(value);
    const headers = headersFor(rel, { cacheControl: rules, metadata: {} });
    expect(headers.cacheControl).toBe(value);
    expect('cacheControl' in headers).toBe(value !== undefined);
  });

  test.each([
    ['no-colon-here', 'line 1'],
    ['**/*.html:', 'line 1'],
    ['ok: 1\n: no-cache', 'line 2'],
    ['/abs/*.html: no-cache', 'relative to source-dir'],
    ['../up/*.html: no-cache', 'relative to source-dir'],
  ])('rejects %j naming %s', (text, fragment) => {
    expect(() => parseGlobRules(text)).toThrow(fragment);
  });
});

describe('headersDigest', () => {
  const base = { contentType: 'text/html; charset=utf-8', metadata: { a: '1', b: '2' } };

  test('ignores metadata order', () => {
    expect(headersDigest(base)).toBe(headersDigest({ ...base, metadata: { b: '2', a: '1' } }));
  });

  test.each([
    { contentType: 'text/plain' },
    { cacheControl: 'no-cache' },
    { acl: 'public-read' as const },
    { storageClass: 'STANDARD_IA' as const },
    { metadata: { a: '1', b: '3' } },
  ])('changes with %j', (change) => {
    expect(headersDigest({ ...base, ...change })).not.toBe(headersDigest(base));
  });
});
