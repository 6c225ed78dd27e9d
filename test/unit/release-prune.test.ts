import { decodeManifest, decodeReleasedAt, encodeManifest } from '../../src/core/manifest.js';
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
