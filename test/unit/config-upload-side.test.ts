import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const minimal = { bucket: 'my-site', 'source-dir': 'public' };
const config = (inputs: Record<string, string>) => readConfig((name) => ({ ...minimal, ...inputs })[name] ?? '', env);

describe('headers, allow-immutable-changes, upload-last', () => {
  test('parsed onto the sync config; absent when empty, so a deploy without them is unchanged', () => {
    const with_ = config({
      headers: '**/*.wasm: Content-Type: application/wasm',
      'upload-last': 'sw.js\nsitemap.xml',
      'allow-immutable-changes': 'true',
    });
    expect(with_.deploy?.headerRules.headers).toMatchObject([
      { glob: '**/*.wasm', header: 'Content-Type', value: 'application/wasm' },
    ]);
    expect(with_.deploy?.uploadLast?.map((glob) => glob.glob)).toEqual(['sw.js', 'sitemap.xml']);
    expect(with_.deploy?.allowImmutableChanges).toBe(true);
    const without = config({});
    expect(without.deploy?.headerRules).toEqual({ cacheControl: [], metadata: {} });
    expect(without.deploy?.uploadLast).toBeUndefined();
    expect(without.deploy?.allowImmutableChanges).toBe(false);
  });

  test.each([
    [
      'headers',
      '**: Content-Language: en\n**: Server: x',
      /Input "headers": line 2: "Server" is not a header this input can set/,
    ],
    [
      'headers',
      '**: x-amz-meta-owner: Zoë',
      /Input "headers": line 1 \("\*\*: x-amz-meta-owner: Zoë"\): "ë" \(U\+00EB\) cannot be sent in an HTTP header/,
    ],
    [
      'headers',
      'a.txt: Content-Disposition: attachment; filename="r\u00e9sum\u00e9.pdf"',
      /Input "headers": line 1 .*"é" \(U\+00E9\)/,
    ],
    ['headers', '**/*.html no-cache', /Input "headers": line 1: .*expected "GLOB: Header-Name: value"/],
    [
      'upload-last',
      'sw.js\n../outside.js',
      /Input "upload-last": line 2: the glob "..\/outside.js" must be relative to source-dir/,
    ],
    ['allow-immutable-changes', 'maybe', /Input "allow-immutable-changes": expected true or false/],
  ])('%s %j is refused naming the input and line', (input, value, message) => {
    expect(() => config({ [input]: value })).toThrow(message);
  });
});

describe('redirects-file', () => {
  test('a path inside source-dir, keyed with index-document; absent when empty', () => {
    expect(config({ 'redirects-file': './_redirects' }).deploy?.redirects).toEqual({
      file: '_redirects',
      indexDocument: 'index.html',
    });
    expect(config({ 'redirects-file': 'cfg/_redirects', 'index-document': 'default.htm' }).deploy?.redirects).toEqual({
      file: 'cfg/_redirects',
      indexDocument: 'default.htm',
    });
    expect(config({}).deploy?.redirects).toBeUndefined();
  });

  test.each(['/etc/_redirects', '../_redirects', 'a//b', 'a/./b'])('"%s" is refused naming the input', (value) => {
    expect(() => config({ 'redirects-file': value })).toThrow(
      `Input "redirects-file": "${value}" must be a file path relative to source-dir, e.g. _redirects`,
    );
  });
});
