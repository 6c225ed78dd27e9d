import { applyHeaderRules, parseHeaderRules } from '../../src/core/header-rules.js';
import { headersDigest, headersFor } from '../../src/core/headers.js';
import { parseGlobRules } from '../../src/core/rules.js';

describe('parseHeaderRules', () => {
  test('one rule per line; names case-insensitive; comments and blank lines skipped; a value may hold colons', () => {
    const rules = parseHeaderRules(
      '# types the extension does not tell\n**/*.wasm: Content-Type: application/wasm\n\nold.html: x-amz-website-redirect-location: https://example.com/new\n' +
        'downloads/**: content-disposition: attachment\nde/**: Content-Language: de\n**: X-Amz-Meta-Owner: web\n',
    );
    expect(rules.map(({ glob, line, header, target, value }) => ({ glob, line, header, target, value }))).toEqual([
      {
        glob: '**/*.wasm',
        line: 2,
        header: 'Content-Type',
        target: { field: 'contentType' },
        value: 'application/wasm',
      },
      {
        glob: 'old.html',
        line: 4,
        header: 'x-amz-website-redirect-location',
        target: { field: 'websiteRedirectLocation' },
        value: 'https://example.com/new',
      },
      {
        glob: 'downloads/**',
        line: 5,
        header: 'content-disposition',
        target: { field: 'contentDisposition' },
        value: 'attachment',
      },
      { glob: 'de/**', line: 6, header: 'Content-Language', target: { field: 'contentLanguage' }, value: 'de' },
      { glob: '**', line: 7, header: 'X-Amz-Meta-Owner', target: { metadata: 'owner' }, value: 'web' },
    ]);
  });

  test.each([
    ['**/*.js: Content-Encoding: gzip', { field: 'contentEncoding' }],
    ['**: Expires: Wed, 21 Oct 2026 07:28:00 GMT', { field: 'expires' }],
    ['**: Cache-Control: no-store', { field: 'cacheControl' }],
    ['old: x-amz-website-redirect-location: /new/', { field: 'websiteRedirectLocation' }],
  ])('accepts %j', (text, target) => {
    expect(parseHeaderRules(text)[0]?.target).toEqual(target);
  });

  test.each([
    ['**/*.html: no-cache', /line 1: .*expected "GLOB: Header-Name: value"/],
    ['**: Content-Type:', /line 1: .*expected "GLOB: Header-Name: value"/],
    [
      'ok: Content-Language: en\n**: Set-Cookie: a=b',
      /line 2: "Set-Cookie" is not a header this input can set; allowed: Content-Type, .*x-amz-meta-\*/,
    ],
    ['**: Access-Control-Allow-Origin: *', /"Access-Control-Allow-Origin" is not a header/],
    ['**: Content-Length: 3', /"Content-Length" is not a header/],
    ['**: x-amz-acl: public-read', /"x-amz-acl" is not a header/],
    ['**: x-amz-meta-: x', /a metadata name is letters, digits and dashes/],
    ['**: x-amz-meta-a_b: x', /a metadata name is letters, digits and dashes/],
    ['**: Expires: tomorrow', /line 1: Expires "tomorrow" is not an HTTP date/],
    ['**: Content-Type: json', /line 1: Content-Type "json" is not a media type/],
    ['old: x-amz-website-redirect-location: new.html', /must start with \/, http:\/\/ or https:\/\//],
    ['/abs/**: Content-Language: en', /relative to source-dir/],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => parseHeaderRules(text)).toThrow(message);
  });
});

describe('applyHeaderRules (through headersFor)', () => {
  const cacheControl = parseGlobRules('**/*.html: no-cache\n**: public, max-age=60');
  const headers = parseHeaderRules(
    [
      'LICENSE: Content-Type: text/plain; charset=utf-8',
      '.well-known/apple-app-site-association: Content-Type: application/json',
      '**/*.wasm: Content-Type: application/wasm',
      '**/*.js.gz: Content-Encoding: gzip',
      '**/*.js.gz: Content-Type: text/javascript; charset=utf-8',
      'sw.js: Cache-Control: no-store',
      'files/**: Content-Disposition: attachment',
      'files/readme.txt: Content-Disposition: inline',
      'files/**: x-amz-meta-owner: docs',
    ].join('\n'),
  );
  const rules = { cacheControl, metadata: { 'deployed-by': 'ci' }, headers };

  test.each([
    ['LICENSE', { contentType: 'text/plain; charset=utf-8', cacheControl: 'public, max-age=60' }],
    ['.well-known/apple-app-site-association', { contentType: 'application/json' }],
    ['pkg/app.wasm', { contentType: 'application/wasm' }],
    ['app.js.gz', { contentType: 'text/javascript; charset=utf-8', contentEncoding: 'gzip' }],
    // cache-control is applied first; a Cache-Control rule of headers wins over it.
    ['sw.js', { cacheControl: 'no-store' }],
    ['index.html', { contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache' }],
    // Every matching rule applies; the later line wins for the same header.
    ['files/a.pdf', { contentDisposition: 'attachment', metadata: { 'deployed-by': 'ci', owner: 'docs' } }],
    ['files/readme.txt', { contentDisposition: 'inline' }],
  ])('%s gets %j', (rel, expected) => {
    expect(headersFor(rel, rules)).toMatchObject(expected);
  });

  test('a file no rule matches gets exactly what it got without the input', () => {
    const without = headersFor('img/logo.svg', { cacheControl, metadata: { 'deployed-by': 'ci' } });
    expect(headersFor('img/logo.svg', rules)).toEqual(without);
    expect(applyHeaderRules(without, headers, 'img/logo.svg')).toBe(without);
  });
});

describe('headersDigest with the new headers', () => {
  const base = { contentType: 'application/octet-stream', metadata: {} };

  test('an object without them keeps the digest recorded before they existed (no mass re-upload)', () => {
    // What the release before these headers computed for the same headers (src/core/headers.ts at d5fced0).
    expect(headersDigest(base)).toBe('25e05fa27e09f822');
  });

  test.each([
    { contentDisposition: 'attachment' },
    { contentLanguage: 'de' },
    { contentEncoding: 'gzip' },
    { expires: 'Wed, 21 Oct 2026 07:28:00 GMT' },
    { websiteRedirectLocation: '/new/' },
  ])('changes with %j, and each differently', (change) => {
    expect(headersDigest({ ...base, ...change })).not.toBe(headersDigest(base));
  });

  test('the same value under two headers is two digests', () => {
    expect(headersDigest({ ...base, contentLanguage: 'x' })).not.toBe(headersDigest({ ...base, contentEncoding: 'x' }));
  });
});
