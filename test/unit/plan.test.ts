import { headersDigest, headersFor } from '../../src/core/headers.js';
import { decodeManifest, encodeManifest, MANIFEST_NAME, type Manifest } from '../../src/core/manifest.js';
import {
  checkDeleteLimit,
  md5sNeeded,
  md5sNeededAnyway,
  nextManifest,
  type Plan,
  type PlanInput,
  planDeploy,
  withMd5,
} from '../../src/core/plan.js';
import type { ScannedFile } from '../../src/core/types.js';
import { file, md5, rules, sha256, stored } from '../support/plan-fixtures.js';

const headers = (rel: string) => headersFor(rel, rules);
const entry = (content: string, rel: string, etag = md5(content), rulesUsed = rules) => ({
  etag,
  size: Buffer.byteLength(content),
  md5: md5(content),
  sha256: sha256(content),
  headers: headersDigest(headersFor(rel, rulesUsed)),
});
/** An entry as written before sha256 was recorded. */
const entryV1 = (...args: Parameters<typeof entry>) => {
  const { sha256: _, ...rest } = entry(...args);
  return rest;
};
const MANIFEST_VERSIONS = [
  ['with sha256', entry],
  ['from before sha256', entryV1],
] as const;

function plan(overrides: Partial<PlanInput>): Plan {
  return planDeploy({
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

describe.each(MANIFEST_VERSIONS)('planDeploy decides by content, never by mtime (manifest %s)', (_version, entry) => {
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

  test.each<[string, () => Partial<PlanInput>, string]>([
    ['missing remotely', () => ({ remote: [] }), 'new'],
    ['same size, other bytes', () => ({ remote: [stored('www/a.css', 'BODY{}')] }), 'content changed'],
    ['other size', () => ({ remote: [stored('www/a.css', 'body{ }')] }), 'content changed'],
    [
      'same size, other bytes, the manifest vouching for the old ones',
      () => ({
        remote: [stored('www/a.css', 'BODY{}')],
        manifest: new Map([['a.css', entry('BODY{}', 'a.css')]]),
      }),
      'content changed',
    ],
    [
      'same bytes, but uploaded with other headers',
      () => ({
        remote: [stored('www/a.css', 'body{}')],
        manifest: new Map([['a.css', { ...entry('body{}', 'a.css'), headers: 'older-rule' }]]),
      }),
      'headers changed',
    ],
    [
      'same bytes, not in the manifest (headers unknown)',
      () => ({ remote: [stored('www/a.css', 'body{}')] }),
      'headers unknown',
    ],
    [
      'manifest entry no longer matches the listing (changed by someone else)',
      () => ({
        remote: [stored('www/a.css', 'body{}', 'ffffffffffffffffffffffffffffffff')],
        manifest: new Map([['a.css', entry('body{}', 'a.css')]]),
      }),
      'content changed',
    ],
    [
      'multipart object not vouched for by the manifest',
      () => ({ remote: [stored('www/a.css', 'body{}', 'abc123-2')] }),
      'headers unknown',
    ],
  ])('%s', (_title, overrides, reason) => {
    const result = plan({ files: [file('a.css', 'body{}')], ...overrides() });
    expect(reasons(result)).toEqual({ 'www/a.css': reason });
  });

  test('a multipart object vouched for by the manifest is compared by its recorded digest', () => {
    const remote = [stored('www/big.zip', 'zipzip', 'deadbeef-3')];
    const manifest = new Map([['big.zip', entry('zipzip', 'big.zip', 'deadbeef-3')]]);
    expect(plan({ files: [file('big.zip', 'zipzip')], remote, manifest }).uploads).toEqual([]);
    expect(reasons(plan({ files: [file('big.zip', 'zapzap')], remote, manifest }))).toEqual({
      'www/big.zip': 'content changed',
    });
  });
});

describe('planDeploy compares by SHA-256 where the entry has one', () => {
  test('a trusted entry whose SHA-256 differs is a change even if its MD5 were equal (and the reverse)', () => {
    const remote = [stored('www/a.css', 'body{}')];
    const bySha = new Map([['a.css', { ...entry('body{}', 'a.css'), sha256: sha256('other') }]]);
    expect(reasons(plan({ files: [file('a.css', 'body{}')], remote, manifest: bySha }))).toEqual({
      'www/a.css': 'content changed',
    });
    const md5Stale = new Map([['a.css', { ...entry('body{}', 'a.css'), md5: md5('other') }]]);
    expect(plan({ files: [file('a.css', 'body{}')], remote, manifest: md5Stale }).uploads).toEqual([]);
  });
});

describe('md5sNeeded and withMd5: MD5 only where the manifest cannot vouch', () => {
  const scanned = (rel: string, content: string): ScannedFile => {
    const { md5: _, ...rest } = file(rel, content);
    return rest;
  };
  const site = [
    scanned('same.css', 'S'), // trusted entry, same sha256: the entry's MD5
    scanned('edited.css', 'E2'), // trusted entry, other sha256: hashed (uploaded)
    scanned('new.css', 'N'), // not listed: hashed (uploaded)
    scanned('foreign.css', 'F'), // listed, no entry: hashed (compared with the ETag)
    scanned('old.css', 'O'), // entry from before sha256: hashed (compared by MD5, once)
    scanned('changed-by-others.css', 'C'), // entry no longer matches the listing: hashed
    scanned('multipart.bin', 'M'), // trusted multipart entry, same sha256: the entry's MD5
  ];
  const remote = [
    stored('www/same.css', 'S'),
    stored('www/edited.css', 'E1'),
    stored('www/foreign.css', 'F'),
    stored('www/old.css', 'O'),
    stored('www/changed-by-others.css', 'C', 'ffffffffffffffffffffffffffffffff'),
    stored('www/multipart.bin', 'M', 'abc-2'),
  ];
  const manifest: Manifest = new Map([
    ['same.css', entry('S', 'same.css')],
    ['edited.css', entry('E1', 'edited.css')],
    ['old.css', entryV1('O', 'old.css')],
    ['changed-by-others.css', entry('C', 'changed-by-others.css')],
    ['multipart.bin', entry('M', 'multipart.bin', 'abc-2')],
  ]);
  const known = { remote, manifest, prefix: 'www/' };
  const contentOf = (f: ScannedFile) => (f.rel === 'edited.css' ? 'E2' : f.rel[0]!.toUpperCase());

  test('hashes exactly the files it must, and every MD5 is right', () => {
    const needed = md5sNeeded(site, known);
    expect(needed.map((f) => f.rel)).toEqual([
      'edited.css',
      'new.css',
      'foreign.css',
      'old.css',
      'changed-by-others.css',
    ]);
    const files = withMd5(
      site,
      known,
      needed.map((f) => md5(contentOf(f))),
    );
    expect(files.map((f) => [f.rel, f.md5])).toEqual(site.map((f) => [f.rel, md5(contentOf(f))]));
    expect(files.map((f) => f.sha256)).toEqual(site.map((f) => f.sha256));
  });

  test('before the listing: the files no entry can vouch for, all of which md5sNeeded names too', () => {
    const anyway = md5sNeededAnyway(site, manifest);
    // changed-by-others.css is left for the listing: only it shows the entry no longer holds.
    expect(anyway.map((f) => f.rel)).toEqual(['edited.css', 'new.css', 'foreign.css', 'old.css']);
    expect(anyway.every((f) => md5sNeeded(site, known).includes(f))).toBe(true);
    expect(md5sNeededAnyway([{ ...scanned('new.css', 'N'), md5: md5('N') }], manifest)).toEqual([]);
  });

  test('an MD5 the scan already computed is used as it is', () => {
    const hashedByScan = { ...scanned('new.css', 'N'), md5: md5('N') };
    expect(md5sNeeded([hashedByScan], known)).toEqual([]);
    expect(withMd5([hashedByScan], known, [])[0]?.md5).toBe(md5('N'));
  });

  test('a no-op deploy with a current manifest hashes nothing twice', () => {
    const files = [scanned('same.css', 'S'), scanned('multipart.bin', 'M')];
    expect(md5sNeeded(files, known)).toEqual([]);
    expect(withMd5(files, known, []).map((f) => f.md5)).toEqual([md5('S'), md5('M')]);
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
    expect(() => checkDeleteLimit(result, 2, 's3://b/www/')).toThrow(
      /delete 3 objects under s3:\/\/b\/www\/, more than max-deletes \(2\)/,
    );
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
    expect(reasons(result)).toEqual({
      'www/a.css': 'new',
      'www/b.css': 'content changed',
      'www/c.css': 'headers unknown',
    });
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

  test('a no-op keeps the very entries it read, not equal copies (memory at 100,000 files)', () => {
    const read: Manifest = new Map([['c.css', entry('C', 'c.css')]]);
    const noop = plan({ files: [file('c.css', 'C')], remote: [stored('www/c.css', 'C')], manifest: read });
    expect(noop.uploads).toEqual([]);
    const outcome = {
      plan: noop,
      remote: [stored('www/c.css', 'C')],
      prefix: 'www/',
      uploaded: new Map(),
      deleted: new Set<string>(),
    };
    expect(nextManifest({ ...outcome, previous: read }).get('c.css')).toBe(read.get('c.css'));
    // An entry that differs (here: the headers digest) is replaced, not kept.
    const stale: Manifest = new Map([['c.css', { ...entry('C', 'c.css'), headers: 'other' }]]);
    const next = nextManifest({ ...outcome, previous: stale }).get('c.css');
    expect(next).not.toBe(stale.get('c.css'));
    expect(next).toEqual(entry('C', 'c.css'));
  });

  test('a manifest from before sha256 is migrated once: skipped files keep their MD5 and gain their SHA-256', () => {
    const old: Manifest = new Map([['c.css', entryV1('C', 'c.css')]]);
    const skipRun = plan({ files: [file('c.css', 'C')], remote: [stored('www/c.css', 'C')], manifest: old });
    expect(skipRun.uploads).toEqual([]);
    const next = nextManifest({
      plan: skipRun,
      previous: old,
      remote: [stored('www/c.css', 'C')],
      prefix: 'www/',
      uploaded: new Map(),
      deleted: new Set(),
    });
    expect(next.get('c.css')).toEqual(entry('C', 'c.css'));
  });
});
