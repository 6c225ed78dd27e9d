import {
  decodeManifest,
  decodeReleaseBase,
  decodeReleasedAt,
  decodeReleaseRecord,
  encodeManifest,
} from '../../src/core/manifest.js';
import { releasesToPrune } from '../../src/core/release-prune.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const at = (hoursAgo: number) => NOW - hoursAgo * HOUR;
const releases = [
  { id: 'r1', releasedAt: at(50) },
  { id: 'r2', releasedAt: at(40) },
  { id: 'broken', releasedAt: undefined },
  { id: 'r3', releasedAt: at(30) },
  { id: 'r4', releasedAt: at(1) },
  { id: 'r5', releasedAt: at(0) },
];
const rules = { keep: 2, live: 'r5', previous: 'r4', graceMs: 0, now: NOW };

test.each<[string, Partial<typeof rules>, string[]]>([
  ['beyond the newest keep, oldest first', {}, ['r1', 'r2', 'r3']],
  ['0 keeps all', { keep: 0 }, []],
  ['keep larger than the releases', { keep: 10 }, []],
  ['never the live or the previous one, even beyond keep', { keep: 1, live: 'r1', previous: 'r2' }, ['r3', 'r4']],
  ['never one younger than delete-grace', { graceMs: 35 * HOUR }, ['r1', 'r2']],
])('%s', (_name, overrides, expected) => {
  expect(releasesToPrune(releases, { ...rules, ...overrides })).toEqual(expected);
});

test('a release manifest carries releasedAt beside its entries; other manifests have none', () => {
  const entries = new Map([['a.js', { etag: 'e', size: 1, md5: 'm', headers: 'h' }]]);
  const body = encodeManifest(entries, { releasedAt: '2026-12-02T09:00:00.000Z' });
  expect(decodeReleasedAt(body)).toBe(Date.parse('2026-12-02T09:00:00Z'));
  expect(decodeManifest(body)).toEqual(entries);
  expect(decodeReleasedAt(encodeManifest(entries))).toBeUndefined();
  expect(decodeReleasedAt(Buffer.from('not json'))).toBeUndefined();
  expect(decodeReleasedAt(undefined)).toBeUndefined();
});

test('a folder a kept release serves from is kept, through the layers that keep it; the rest goes', () => {
  const layered = (folders: string[]) => ({ layered: { folders } });
  const history = [
    { id: 'r1', releasedAt: at(50) },
    { id: 'r2', releasedAt: at(40), ...layered(['r1']) },
    { id: 'r3', releasedAt: at(30), ...layered(['r1', 'r2']) },
    { id: 'r4', releasedAt: at(20) },
    { id: 'r5', releasedAt: at(1), ...layered(['r4']) },
    { id: 'r6', releasedAt: at(0), ...layered(['r1', 'r3']) },
  ];
  // live r6 serves from r1 and r3, and r3 from r2: only r4 and r5 go (r5 uses r4, but nothing kept uses r5).
  expect(releasesToPrune(history, { ...rules, keep: 1, live: 'r6', previous: undefined })).toEqual(['r4', 'r5']);
  // previous r5 keeps r4.
  expect(releasesToPrune(history, { ...rules, keep: 1, live: 'r6', previous: 'r5' })).toEqual([]);
});

test("a layered release manifest carries its base, its path keys and its entries' folders", () => {
  const entries = new Map([
    ['a.js', { etag: 'e', size: 1, md5: 'm', headers: 'h', folder: 'r1' }],
    ['b.js', { etag: 'e', size: 1, md5: 'm', headers: 'h', folder: 'r2' }],
    ['c.js', { etag: 'e', size: 1, md5: 'm', headers: 'h' }],
  ]);
  const body = encodeManifest(entries, { releasedAt: '2026-12-02T09:00:00.000Z', base: 'r1', layerPaths: 2 });
  expect(decodeManifest(body)).toEqual(entries);
  expect(decodeReleaseBase(body)).toBe('r1');
  expect(decodeReleaseRecord(body)).toEqual({
    releasedAt: Date.parse('2026-12-02T09:00:00Z'),
    layered: { base: 'r1', paths: 2, folders: ['r1', 'r2'] },
  });
  expect(decodeReleaseRecord(encodeManifest(new Map([['c.js', entries.get('c.js')!]])))).toEqual({
    releasedAt: undefined,
  });
});
