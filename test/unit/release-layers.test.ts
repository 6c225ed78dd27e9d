import { headersDigest, headersFor } from '../../src/core/headers.js';
import type { ManifestEntry } from '../../src/core/manifest.js';
import { MAX_LAYER_KEYS, MAX_LAYER_SHARE } from '../../src/core/release-layers.js';
import { type LiveRelease, planRelease, releaseManifest } from '../../src/core/release-plan.js';
import type { ScannedFile } from '../../src/core/types.js';
import { file, md5, rules, sha256 } from '../support/plan-fixtures.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const headers = (rel: string) => headersFor(rel, rules);
/** The entry a release wrote for rel with content, with the headers this deploy gives rel unless told. */
const entry = (rel: string, content: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({
  etag: md5(content),
  size: Buffer.byteLength(content),
  md5: md5(content),
  sha256: sha256(content),
  headers: headersDigest(headers(rel)),
  ...extra,
});
const manifestOf = (files: Record<string, string>, extra: Partial<ManifestEntry> = {}) =>
  new Map(Object.entries(files).map(([rel, content]) => [rel, entry(rel, content, extra)]));
const siteOf = (files: Record<string, string>): ScannedFile[] =>
  Object.entries(files).map(([rel, content]) => file(rel, content));

/** A site of n files f<i>.txt = 'v1 <i>', and index.html. */
function site(n: number, change: (i: number) => string | undefined = () => undefined): Record<string, string> {
  const files: Record<string, string> = { 'index.html': '<h1>home</h1>' };
  for (let i = 0; i < n; i++) {
    const content = change(i);
    if (content !== '') files[`f${i}.txt`] = content ?? `v1 ${i}`;
  }
  return files;
}

const plan = (files: ScannedFile[], live: LiveRelease | undefined, options: { graceMs?: number; id?: string } = {}) =>
  planRelease({
    files,
    prefix: 'www/',
    id: options.id ?? 'r2',
    live,
    headersFor: headers,
    graceMs: options.graceMs ?? 0,
    now: NOW,
    layers: { name: 'site' },
  });

test('1% changed on a full live release: a layered release with one upload, one key and no copy', () => {
  const before = site(99);
  const r1: LiveRelease = { id: 'r1', manifest: manifestOf(before) };
  const result = plan(siteOf(site(99, (i) => (i === 7 ? 'v2 7' : undefined))), r1);
  expect(result.uploads.map((step) => [step.key, step.reason])).toEqual([
    ['www/releases/r2/f7.txt', 'content changed'],
  ]);
  expect(result.copies).toEqual([]);
  expect(result.layers?.base).toBe('r1');
  expect(Object.fromEntries(result.layers?.keys ?? [])).toEqual({ 'site:b:r2': 'r1', 'site:f:r2:/f7.txt': 'r2' });
  expect(result.layers?.served.get('f8.txt')).toEqual({ ...entry('f8.txt', 'v1 8'), folder: 'r1' });
  const written = releaseManifest(
    result,
    [{ key: 'www/releases/r2/f7.txt', file: file('f7.txt', 'v2 7'), headers: headers('f7.txt') }],
    new Map([['www/releases/r2/f7.txt', md5('v2 7')]]),
  );
  expect(written.size).toBe(100);
  expect(written.get('f7.txt')?.folder).toBeUndefined();
  expect(written.get('index.html')?.folder).toBe('r1');
});

test("cumulative: r3 on the layered r2 keeps r2's changes (value r2, no copy), its base stays r1", () => {
  const base = manifestOf(site(99));
  const r2: LiveRelease = {
    id: 'r2',
    manifest: new Map([
      ...[...manifestOf(site(99))].map(([rel, e]) => [rel, { ...e, folder: 'r1' }] as const),
      ['f7.txt', entry('f7.txt', 'v2 7')],
    ]),
    base: { id: 'r1', manifest: base },
  };
  const result = plan(siteOf(site(99, (i) => (i === 7 ? 'v2 7' : i === 8 ? 'v3 8' : undefined))), r2, { id: 'r3' });
  expect(result.uploads.map((step) => step.key)).toEqual(['www/releases/r3/f8.txt']);
  expect(result.copies).toEqual([]);
  expect(Object.fromEntries(result.layers?.keys ?? [])).toEqual({
    'site:b:r3': 'r1',
    'site:f:r3:/f7.txt': 'r2',
    'site:f:r3:/f8.txt': 'r3',
  });
  expect(result.layers?.served.get('f7.txt')?.folder).toBe('r2');
});

test('a file changed back to the base content needs no key; a path removed in an earlier layer keeps its tombstone', () => {
  const base = manifestOf(site(99));
  const r2: LiveRelease = {
    id: 'r2',
    // r2 changed f1 and removed f2 (so its manifest lacks f2).
    manifest: new Map(
      [...manifestOf(site(99, (i) => (i === 1 ? 'v2 1' : i === 2 ? '' : undefined)))].map(([rel, e]) => [
        rel,
        rel === 'f1.txt' ? e : { ...e, folder: 'r1' },
      ]),
    ),
    base: { id: 'r1', manifest: base },
  };
  const result = plan(siteOf(site(99, (i) => (i === 2 ? '' : undefined))), r2, { id: 'r3' });
  expect(result.uploads).toEqual([]);
  expect(Object.fromEntries(result.layers?.keys ?? [])).toEqual({ 'site:b:r3': 'r1', 'site:f:r3:/f2.txt': 'r3' });
});

test('headers changed only: copied from the folder that serves it, with the new headers, and keyed to the release', () => {
  const before = site(99);
  const r1: LiveRelease = {
    id: 'r1',
    manifest: new Map([...manifestOf(before), ['f3.txt', entry('f3.txt', 'v1 3', { headers: 'old' })]]),
  };
  const result = plan(siteOf(before), r1);
  expect(result.uploads).toEqual([]);
  expect(result.copies).toEqual([
    {
      key: 'www/releases/r2/f3.txt',
      sourceKey: 'www/releases/r1/f3.txt',
      rel: 'f3.txt',
      headers: headers('f3.txt'),
      entry: entry('f3.txt', 'v1 3', { headers: 'old' }),
    },
  ]);
  expect(result.layers?.keys.get('site:f:r2:/f3.txt')).toBe('r2');
});

describe('removed paths', () => {
  const before = { ...site(99), 'chunk.js': 'old chunk', 'old.html': '<p>old' };
  const r1: LiveRelease = { id: 'r1', manifest: manifestOf(before) };

  test('inside delete-grace a chunk stays served from where it was (no key) and in the manifest; a page goes at once', () => {
    const result = plan(siteOf(site(99)), r1, { graceMs: HOUR });
    expect(Object.fromEntries(result.layers?.keys ?? [])).toEqual({ 'site:b:r2': 'r1', 'site:f:r2:/old.html': 'r2' });
    expect(result.layers?.served.get('chunk.js')).toEqual({
      ...entry('chunk.js', 'old chunk'),
      removedSince: new Date(NOW).toISOString(),
      folder: 'r1',
    });
  });

  test('once delete-grace is over it gets a tombstone (the release itself)', () => {
    const gone = {
      id: 'r1',
      manifest: new Map([
        ...r1.manifest,
        ['chunk.js', entry('chunk.js', 'old chunk', { removedSince: new Date(NOW - 2 * HOUR).toISOString() })],
      ]),
    };
    const result = plan(siteOf(site(99)), gone, { graceMs: HOUR });
    expect(result.layers?.keys.get('site:f:r2:/chunk.js')).toBe('r2');
    expect(result.layers?.served.has('chunk.js')).toBe(false);
  });

  test("a chunk an earlier layer wrote keeps its key to that layer's folder inside delete-grace", () => {
    const r2: LiveRelease = {
      id: 'r2',
      manifest: new Map([...manifestOf(site(99), { folder: 'r1' }), ['lazy.js', entry('lazy.js', 'lazy')]]),
      base: { id: 'r1', manifest: manifestOf(site(99)) },
    };
    const result = plan(siteOf(site(99)), r2, { graceMs: HOUR, id: 'r3' });
    expect(result.layers?.keys.get('site:f:r3:/lazy.js')).toBe('r2');
    expect(result.layers?.served.get('lazy.js')?.folder).toBe('r2');
  });
});

describe('layered or full', () => {
  test.each([
    // files, changed: the limit is min(1000, 20% of the files).
    [100, 20, true],
    [100, 21, false],
    [6000, 1000, true],
    [6000, 1001, false],
  ])('%i files, %i changed: layered %s', (n, changed, layered) => {
    const r1: LiveRelease = { id: 'r1', manifest: manifestOf(site(n - 1)) };
    const result = plan(siteOf(site(n - 1, (i) => (i < changed ? `v2 ${i}` : undefined))), r1);
    expect(result.layers !== undefined).toBe(layered);
    if (layered) {
      expect(result.layers?.pathKeys).toBe(changed);
      expect(result.copies).toEqual([]);
    } else {
      expect(result.fullBecause).toContain(`${changed} path key(s)`);
      expect(result.fullBecause).toContain(String(Math.min(MAX_LAYER_KEYS, n * MAX_LAYER_SHARE)));
      expect(result.copies).toHaveLength(n - changed);
    }
  });

  test('a key longer than the store allows gives a full release', () => {
    const long = `${'d/'.repeat(250)}x.txt`;
    const before = { ...site(99), [long]: 'a' };
    const result = plan(siteOf({ ...before, [long]: 'b' }), { id: 'r1', manifest: manifestOf(before) });
    expect(result.layers).toBeUndefined();
    expect(result.fullBecause).toMatch(/characters; the store allows 512/);
    expect(result.uploads.map((step) => step.file.rel)).toEqual([long]);
  });

  test('no live release, or layers not allowed: full', () => {
    expect(plan(siteOf(site(9)), undefined).layers).toBeUndefined();
    const r1: LiveRelease = { id: 'r1', manifest: manifestOf(site(99)) };
    const full = planRelease({
      files: siteOf(site(99)),
      prefix: '',
      id: 'r2',
      live: r1,
      headersFor: headers,
      graceMs: 0,
      now: NOW,
    });
    expect(full.layers).toBeUndefined();
    expect(full.fullBecause).toBeUndefined();
    expect(full.copies).toHaveLength(100);
  });

  test('a full release on a layered live release copies each file from the folder that serves it', () => {
    const r2: LiveRelease = {
      id: 'r2',
      manifest: new Map([
        ['a.txt', entry('a.txt', 'a', { folder: 'r1' })],
        ['b.txt', entry('b.txt', 'b')],
      ]),
      base: { id: 'r1', manifest: new Map([['a.txt', entry('a.txt', 'a')]]) },
    };
    const result = planRelease({
      files: siteOf({ 'a.txt': 'a', 'b.txt': 'b' }),
      prefix: '',
      id: 'r3',
      live: r2,
      headersFor: headers,
      graceMs: 0,
      now: NOW,
    });
    expect(result.copies.map((copy) => copy.sourceKey)).toEqual(['releases/r1/a.txt', 'releases/r2/b.txt']);
  });
});
