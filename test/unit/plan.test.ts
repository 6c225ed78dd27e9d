import { createHash } from 'node:crypto';
import { headersDigest, headersFor, type HeaderRules } from '../../src/core/headers.js';
import { decodeManifest, encodeManifest, MANIFEST_NAME, type Manifest } from '../../src/core/manifest.js';
import { checkDeleteLimit, nextManifest, planSync, type Plan, type PlanInput } from '../../src/core/plan.js';
import { parseGlobRules } from '../../src/core/rules.js';
import type { LocalFile, RemoteObject } from '../../src/core/types.js';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
const file = (rel: string, content: string): LocalFile => ({
  rel,
  absPath: `/site/${rel}`,
  size: Buffer.byteLength(content),
  md5: md5(content),
});
const stored = (key: string, content: string, etag = md5(content)): RemoteObject => ({
  key,
  etag,
  size: Buffer.byteLength(content),
});
const rules: HeaderRules = { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} };
const headers = (rel: string) => headersFor(rel, rules);
const entry = (content: string, rel: string, etag = md5(content), rulesUsed = rules) => ({
  etag,
  size: Buffer.byteLength(content),
  md5: md5(content),
  headers: headersDigest(headersFor(rel, rulesUsed)),
});

function plan(overrides: Partial<PlanInput>): Plan {
  return planSync({
    files: [],
    remote: [],
    manifest: new Map(),
    prefix: 'www/',
    headersFor: headers,
    deleteRemoved: true,
    ...overrides,
  });
}
const reasons = (result: Plan) => Object.fromEntries(result.uploads.map((step) => [step.key, step.reason]));

describe('planSync decides by content, never by mtime', () => {
  test('an unchanged site whose manifest vouches for every object uploads nothing', () => {
    const files = [file('index.html', '<h1>'), file('a.css', 'body{}')];
    const manifest = new Map([
      ['index.html', entry('<h1>', 'index.html')],
      ['a.css', entry('body{}', 'a.css')],
    ]);
    const result = plan({ files, remote: [stored('www/index.html', '<h1>'), stored('www/a.css', 'body{}')], manifest });
    expect(result.uploads).toEqual([]);
    expect(result.skips.map((step) => step.key).sort()).toEqual(['www/a.css', 'www/index.html']);
    expect(result.deletes).toEqual([]);
  });

  test.each<[string, Partial<PlanInput>, string]>([
    ['missing remotely', { remote: [] }, 'new'],
    ['same size, other bytes', { remote: [stored('www/a.css', 'BODY{}')] }, 'content changed'],
    ['other size', { remote: [stored('www/a.css', 'body{ }')] }, 'content changed'],
    [
      'same bytes, but uploaded with other headers',
      {
        remote: [stored('www/a.css', 'body{}')],
        manifest: new Map([['a.css', { ...entry('body{}', 'a.css'), headers: 'older-rule' }]]),
      },
      'headers changed',
    ],
    ['same bytes, not in the manifest (headers unknown)', { remote: [stored('www/a.css', 'body{}')] }, 'headers unknown'],
    [
      'manifest entry no longer matches the listing (changed by someone else)',
      {
        remote: [stored('www/a.css', 'body{}', 'ffffffffffffffffffffffffffffffff')],
        manifest: new Map([['a.css', entry('body{}', 'a.css')]]),
      },
      'content changed',
    ],
    [
      'multipart object not vouched for by the manifest',
      { remote: [stored('www/a.css', 'body{}', 'abc123-2')] },
      'headers unknown',
    ],
  ])('%s', (_title, overrides, reason) => {
    const result = plan({ files: [file('a.css', 'body{}')], ...overrides });
    expect(reasons(result)).toEqual({ 'www/a.css': reason });
  });

  test('a multipart object vouched for by the manifest is compared by its recorded MD5', () => {
    const remote = [stored('www/big.zip', 'zipzip', 'deadbeef-3')];
    const manifest = new Map([['big.zip', entry('zipzip', 'big.zip', 'deadbeef-3')]]);
    expect(plan({ files: [file('big.zip', 'zipzip')], remote, manifest }).uploads).toEqual([]);
    expect(reasons(plan({ files: [file('big.zip', 'zapzap')], remote, manifest }))).toEqual({
      'www/big.zip': 'content changed',
    });
  });
});

describe('order and deletes', () => {
  test('assets go first (largest first), then HTML', () => {
    const files = [file('index.html', 'x'), file('a.js', 'xx'), file('b/page.html', 'xxx'), file('img.png', 'xxxx')];
    expect(plan({ files }).uploads.map((step) => step.key)).toEqual([
      'www/img.png',
      'www/a.js',
      'www/b/page.html',
      'www/index.html',
    ]);
  });

  test('deletes only under the prefix, never the manifest or folder markers, in key order', () => {
    const remote = [
      stored('www/z.html', 'z'),
      stored('www/keep.html', 'k'),
      stored('www/a b.html', 'a'),
      stored(`www/${MANIFEST_NAME}`, '{}'),
      stored('www/folder/', ''),
      stored('www-other/x.html', 'x'),
      stored('other/x.html', 'x'),
    ];
    const result = plan({ files: [file('keep.html', 'k')], remote });
    expect(result.deletes.map((step) => step.key)).toEqual(['www/a b.html', 'www/z.html']);
    expect(plan({ files: [file('keep.html', 'k')], remote, deleteRemoved: false }).deletes).toEqual([]);
  });

  test('with an empty prefix the whole bucket is the site', () => {
    const result = plan({ prefix: '', files: [file('a.html', 'a')], remote: [stored('b.html', 'b')] });
    expect(result.deletes.map((step) => step.key)).toEqual(['b.html']);
  });

  test('max-deletes stops the deploy before anything is written; -1 means no limit', () => {
    const remote = ['1', '2', '3'].map((name) => stored(`www/${name}.html`, name));
    const result = plan({ files: [file('keep.html', 'k')], remote });
    expect(() => checkDeleteLimit(result, 2, 's3://b/www/')).toThrow(/delete 3 objects under s3:\/\/b\/www\/, more than max-deletes \(2\)/);
    expect(() => checkDeleteLimit(result, 3, 's3://b/www/')).not.toThrow();
    expect(() => checkDeleteLimit(result, -1, 's3://b/www/')).not.toThrow();
  });

  test('a local file named like the manifest is refused', () => {
    expect(() => plan({ files: [file(MANIFEST_NAME, '{}')] })).toThrow('exclude that file');
  });
});

describe('nextManifest', () => {
  const files = [file('a.css', 'A'), file('b.css', 'B'), file('c.css', 'C')];
  const previous: Manifest = new Map([
    ['b.css', { ...entry('old', 'b.css') }],
    ['gone.css', entry('gone', 'gone.css')],
    ['vanished.css', entry('vanished', 'vanished.css')],
  ]);
  const remote = [stored('www/b.css', 'old'), stored('www/c.css', 'C'), stored('www/gone.css', 'gone')];
  const result = plan({ files, remote, manifest: previous });

  test('records uploads and skips, keeps the old entry of a failed upload, drops deleted and vanished keys', () => {
    expect(reasons(result)).toEqual({ 'www/a.css': 'new', 'www/b.css': 'content changed', 'www/c.css': 'headers unknown' });
    const next = nextManifest({
      plan: result,
      previous,
      remote,
      prefix: 'www/',
      uploaded: new Map([
        ['www/a.css', md5('A')],
        ['www/c.css', md5('C')],
      ]), // b.css failed
      deleted: new Set(['www/gone.css']),
    });
    expect([...next.keys()].sort()).toEqual(['a.css', 'b.css', 'c.css']);
    expect(next.get('a.css')).toEqual(entry('A', 'a.css'));
    expect(next.get('b.css')).toEqual(previous.get('b.css'));

    // The next run trusts what this one recorded.
    const rerun = plan({
      files,
      remote: [stored('www/a.css', 'A'), stored('www/b.css', 'old'), stored('www/c.css', 'C')],
      manifest: decodeManifest(encodeManifest(next)),
    });
    expect(reasons(rerun)).toEqual({ 'www/b.css': 'content changed' });
  });
});

describe('manifest encoding', () => {
  test('round-trips and treats garbage as empty', () => {
    const manifest: Manifest = new Map([['日本語/a b.html', entry('x', 'a.html')]]);
    expect(decodeManifest(encodeManifest(manifest))).toEqual(manifest);
    for (const body of [undefined, Buffer.from('not json'), Buffer.from('{"version":99,"objects":{}}'), Buffer.from('[]')]) {
      expect(decodeManifest(body).size).toBe(0);
    }
    const partlyBad = Buffer.from(JSON.stringify({ version: 1, objects: { ok: entry('x', 'ok'), bad: { etag: 1 } } }));
    expect([...decodeManifest(partlyBad).keys()]).toEqual(['ok']);
  });
});
