import { headersDigest, headersFor } from '../../src/core/headers.js';
import type { ManifestEntry } from '../../src/core/manifest.js';
import { PlanError } from '../../src/core/plan.js';
import { planRelease, releaseManifest, releaseMd5sNeeded } from '../../src/core/release-plan.js';
import type { ScannedFile } from '../../src/core/types.js';
import { file, md5, rules, sha256 } from '../support/plan-fixtures.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const headers = (rel: string) => headersFor(rel, rules);
const entry = (content: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({
  etag: md5(content),
  size: Buffer.byteLength(content),
  md5: md5(content),
  sha256: sha256(content),
  headers: 'old',
  ...extra,
});
const plan = (files: ScannedFile[], live: Record<string, ManifestEntry> | undefined, graceMs = 0) =>
  planRelease({
    files,
    prefix: 'www/',
    id: 'r2',
    live: live && { id: 'r1', manifest: new Map(Object.entries(live)) },
    headersFor: headers,
    graceMs,
    now: NOW,
  });

test('the first release uploads every file under its own prefix', () => {
  const result = plan([file('index.html', '<h1>'), file('a.js', 'a')], undefined);
  expect(result.copies).toEqual([]);
  expect(result.uploads.map((step) => [step.key, step.reason])).toEqual([
    ['www/releases/r2/index.html', 'new'],
    ['www/releases/r2/a.js', 'new'],
  ]);
});

test.each<[string, ManifestEntry | undefined, 'copy' | 'new' | 'content changed']>([
  ['same SHA-256 and size: copied from the live release', entry('same'), 'copy'],
  ['other content', entry('before'), 'content changed'],
  [
    'an entry without SHA-256 (nothing vouches for it)',
    (({ sha256: _, ...rest }) => rest)(entry('same')),
    'content changed',
  ],
  ['same SHA-256, other size', entry('same', { size: 99 }), 'content changed'],
  ['no entry', undefined, 'new'],
])('%s', (_name, liveEntry, expected) => {
  const result = plan([file('app.js', 'same')], liveEntry === undefined ? {} : { 'app.js': liveEntry });
  if (expected === 'copy') {
    expect(result.uploads).toEqual([]);
    expect(result.copies).toEqual([
      {
        key: 'www/releases/r2/app.js',
        sourceKey: 'www/releases/r1/app.js',
        rel: 'app.js',
        headers: headers('app.js'),
        entry: liveEntry,
      },
    ]);
  } else {
    expect(result.copies).toEqual([]);
    expect(result.uploads.map((step) => step.reason)).toEqual([expected]);
  }
});

test('removed files: non-HTML inside delete-grace is copied forward with removedSince; HTML and expired go', () => {
  const live = {
    'old.html': entry('page'),
    'chunk.1.js': entry('chunk'),
    'gone.js': entry('gone', { removedSince: new Date(NOW - 3 * HOUR).toISOString() }),
  };
  const result = plan([], live, 2 * HOUR);
  expect(result.copies.map((copy) => [copy.key, copy.removedSince])).toEqual([
    ['www/releases/r2/chunk.1.js', new Date(NOW).toISOString()],
  ]);
  expect(plan([], live, 0).copies).toEqual([]);
});

test('the manifest: copies keep the content digests with the new headers and ETag; uploads their own', () => {
  const kept = file('a.js', 'a');
  const { md5: _, ...changed } = file('b.js', 'new b');
  const result = plan([kept, changed], { 'a.js': entry('a'), 'b.js': entry('old b') });
  expect(releaseMd5sNeeded(result).map((f) => f.rel)).toEqual(['b.js']);
  const upload = result.uploads[0]!;
  const uploaded = [{ key: upload.key, file: { ...upload.file, md5: md5('new b') }, headers: upload.headers }];
  const etags = new Map([
    ['www/releases/r2/a.js', 'etag-a'],
    ['www/releases/r2/b.js', 'etag-b'],
  ]);
  const manifest = releaseManifest(result, uploaded, etags);
  expect(Object.fromEntries(manifest)).toEqual({
    'a.js': { etag: 'etag-a', size: 1, md5: md5('a'), sha256: sha256('a'), headers: headersDigest(headers('a.js')) },
    'b.js': {
      etag: 'etag-b',
      size: 5,
      md5: md5('new b'),
      sha256: sha256('new b'),
      headers: headersDigest(headers('b.js')),
    },
  });
  expect(() => releaseManifest(result, [], etags)).not.toThrow();
  expect(() => releaseManifest(result, uploaded, new Map())).toThrow(/no ETag recorded for www\/releases\/r2\/a.js/);
});

test("a file named like the action's record is refused", () => {
  expect(() => plan([file('docs/.s3-cloudfront-deploy.json', '{}')], undefined)).toThrow(PlanError);
});
