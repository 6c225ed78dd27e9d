/**
 * delete-grace with a pinned clock: removed → kept → deleted, a file that comes back, HTML at once,
 * and removedSince's place in the manifest.
 */
import { formatUtc, graceDecision, parseGrace } from '../../src/core/grace.js';
import { headersFor } from '../../src/core/headers.js';
import { decodeManifest, encodeManifest, type Manifest, sameManifest } from '../../src/core/manifest.js';
import { nextManifest, planDeploy } from '../../src/core/plan.js';
import type { RemovalRules } from '../../src/core/removal.js';
import { planLines } from '../../src/core/wording.js';
import { file, md5, rules, stored } from '../support/plan-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-23T10:00:00.000Z');

describe('parseGrace', () => {
  test.each<[string, number | undefined]>([
    ['0', 0],
    ['30m', 30 * 60_000],
    ['1h', HOUR],
    ['7d', 7 * 24 * HOUR],
    ['', undefined],
    ['1', undefined],
    ['1w', undefined],
    ['1.5h', undefined],
    ['-1h', undefined],
    ['1h30m', undefined],
    ['7 d', undefined],
  ])('%j → %j', (text, ms) => {
    expect(parseGrace(text)).toBe(ms);
  });
});

describe('graceDecision with a pinned clock', () => {
  const entry = (removedSince?: string) => ({
    etag: 'e',
    size: 1,
    md5: 'e',
    headers: 'h',
    ...(removedSince && { removedSince }),
  });
  test.each([
    ['no grace: deleted at once', 'a.js', undefined, T0, 0, { delete: true, reason: 'removed locally' }],
    [
      'HTML: deleted at once, whatever the grace',
      'docs/index.html',
      undefined,
      T0,
      HOUR,
      { delete: true, reason: 'removed locally' },
    ],
    [
      'first seen gone: kept, the grace starts now',
      'a.js',
      entry(),
      T0,
      HOUR,
      { delete: false, removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
    ],
    [
      'not in the manifest: kept all the same',
      'a.js',
      undefined,
      T0,
      HOUR,
      { delete: false, removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
    ],
    [
      'one minute before the end: kept, the same until',
      'a.js',
      entry('2026-11-23T10:00:00.000Z'),
      T0 + HOUR - 60_000,
      HOUR,
      { delete: false, removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
    ],
    [
      'at the end: deleted',
      'a.js',
      entry('2026-11-23T10:00:00.000Z'),
      T0 + HOUR,
      HOUR,
      { delete: true, reason: 'grace ended' },
    ],
    [
      'a recorded time in the future counts from now',
      'a.js',
      entry('2027-01-01T00:00:00.000Z'),
      T0,
      HOUR,
      { delete: false, removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
    ],
    [
      'a shorter grace than before applies to the recorded time',
      'a.js',
      entry('2026-11-23T09:00:00.000Z'),
      T0,
      30 * 60_000,
      { delete: true, reason: 'grace ended' },
    ],
  ] as const)('%s', (_title, key, recorded, now, graceMs, decision) => {
    expect(graceDecision(key, recorded, now, graceMs)).toEqual(decision);
  });
});

describe('delete-grace across deploys (planDeploy → nextManifest → the next planDeploy)', () => {
  const prefix = 'www/';
  /** One deploy against a bucket held as key → content: plans, "runs" (applies uploads and deletes), records the manifest. */
  function deployAt(
    now: number,
    site: Record<string, string>,
    bucket: Map<string, string>,
    manifest: Manifest,
    graceMs = HOUR,
  ) {
    const files = Object.entries(site).map(([rel, content]) => file(rel, content));
    const remote = [...bucket].map(([key, content]) => stored(key, content));
    const removal: RemovalRules = { preserve: [], graceMs, now };
    const plan = planDeploy({
      files,
      remote,
      manifest,
      prefix,
      headersFor: (rel) => headersFor(rel, rules),
      deleteRemoved: true,
      removal,
    });
    const uploaded = new Map(plan.uploads.map((step) => [step.key, md5(site[step.file.rel]!)]));
    for (const step of plan.uploads) bucket.set(step.key, site[step.file.rel]!);
    for (const step of plan.deletes) bucket.delete(step.key);
    const next = nextManifest({
      plan,
      previous: manifest,
      remote,
      prefix,
      uploaded,
      deleted: new Set(plan.deletes.map((s) => s.key)),
    });
    return { plan, manifest: decodeManifest(encodeManifest(next)) };
  }
  const v1 = {
    'index.html': '<script src=assets/app.3f9a1c.js>',
    'assets/app.3f9a1c.js': 'old chunk',
    'old.html': 'page',
  };
  const v2 = { 'index.html': '<script src=assets/app.77b2e0.js>', 'assets/app.77b2e0.js': 'new chunk' };

  test('removed → kept (until the grace ends, the same time on every deploy) → deleted; HTML at once', () => {
    const bucket = new Map<string, string>();
    let { manifest } = deployAt(T0 - HOUR, v1, bucket, new Map());

    const second = deployAt(T0, v2, bucket, manifest);
    expect(second.plan.deletes).toEqual([{ key: 'www/old.html', size: 4, reason: 'removed locally' }]);
    expect(second.plan.kept.map((s) => [s.key, s.reason])).toEqual([
      [
        'www/assets/app.3f9a1c.js',
        { kind: 'grace', removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
      ],
    ]);
    expect(bucket.get('www/assets/app.3f9a1c.js')).toBe('old chunk');
    expect(second.manifest.get('assets/app.3f9a1c.js')).toMatchObject({
      md5: md5('old chunk'),
      removedSince: '2026-11-23T10:00:00.000Z',
    });
    expect(planLines(second.plan)).toContain(
      'keep    www/assets/app.3f9a1c.js  (removed, kept until 2026-11-23 11:00 UTC)',
    );
    manifest = second.manifest;

    const third = deployAt(T0 + HOUR - 1, v2, bucket, manifest);
    expect(third.plan.deletes).toEqual([]);
    expect(third.plan.kept.map((s) => s.reason)).toEqual([
      { kind: 'grace', removedSince: '2026-11-23T10:00:00.000Z', keptUntil: '2026-11-23T11:00:00.000Z' },
    ]);
    expect(third.plan.uploads).toEqual([]);
    manifest = third.manifest;

    const fourth = deployAt(T0 + HOUR, v2, bucket, manifest);
    expect(fourth.plan.deletes).toEqual([{ key: 'www/assets/app.3f9a1c.js', size: 9, reason: 'grace ended' }]);
    expect(fourth.plan.kept).toEqual([]);
    expect(planLines(fourth.plan)).toContain('delete  www/assets/app.3f9a1c.js  (grace ended)');
    expect(bucket.has('www/assets/app.3f9a1c.js')).toBe(false);
    expect(fourth.manifest.has('assets/app.3f9a1c.js')).toBe(false);
  });

  test('a file that comes back before its grace ends is current again; gone again, its grace starts afresh', () => {
    const bucket = new Map<string, string>();
    let { manifest } = deployAt(T0 - HOUR, v1, bucket, new Map());
    manifest = deployAt(T0, v2, bucket, manifest).manifest;

    const back = deployAt(T0 + HOUR / 2, { ...v2, 'assets/app.3f9a1c.js': 'old chunk' }, bucket, manifest);
    expect(back.plan.uploads).toEqual([]); // same bytes, trusted entry: nothing to upload
    expect(back.plan.skips.map((s) => s.key)).toContain('www/assets/app.3f9a1c.js');
    expect(back.plan.kept).toEqual([]);
    expect(back.manifest.get('assets/app.3f9a1c.js')?.removedSince).toBeUndefined();

    const goneAgain = deployAt(T0 + HOUR, v2, bucket, back.manifest);
    expect(goneAgain.plan.deletes).toEqual([]);
    expect(goneAgain.plan.kept.map((s) => s.reason)).toEqual([
      { kind: 'grace', removedSince: '2026-11-23T11:00:00.000Z', keptUntil: '2026-11-23T12:00:00.000Z' },
    ]);
  });

  test('an object the manifest does not know gets an entry that records the time but vouches for nothing', () => {
    const bucket = new Map([['www/foreign.js', 'put there by hand']]);
    const { plan, manifest } = deployAt(T0, { 'index.html': 'x' }, bucket, new Map());
    expect(plan.kept.map((s) => s.key)).toEqual(['www/foreign.js']);
    expect(manifest.get('foreign.js')).toEqual({
      etag: md5('put there by hand'),
      size: 17,
      md5: md5('put there by hand'),
      headers: '',
      removedSince: '2026-11-23T10:00:00.000Z',
    });
    // Back with the same bytes: its headers are unknown, so it is uploaded, not trusted.
    const back = deployAt(T0 + 1, { 'index.html': 'x', 'foreign.js': 'put there by hand' }, bucket, manifest);
    expect(back.plan.uploads.map((s) => [s.key, s.reason])).toEqual([['www/foreign.js', 'headers changed']]);
  });

  test("with delete off nothing is deleted or recorded as removed; with no grace, today's behaviour", () => {
    const bucket = new Map<string, string>();
    const { manifest } = deployAt(T0 - HOUR, v1, bucket, new Map());
    const remote = [...bucket].map(([key, content]) => stored(key, content));
    const files = Object.entries(v2).map(([rel, content]) => file(rel, content));
    const common = { files, remote, manifest, prefix, headersFor: (rel: string) => headersFor(rel, rules) };
    const off = planDeploy({ ...common, deleteRemoved: false, removal: { preserve: [], graceMs: HOUR, now: T0 } });
    expect([off.deletes, off.kept]).toEqual([[], []]);
    const noGrace = planDeploy({ ...common, deleteRemoved: true });
    expect(noGrace.deletes.map((s) => [s.key, s.reason])).toEqual([
      ['www/assets/app.3f9a1c.js', 'removed locally'],
      ['www/old.html', 'removed locally'],
    ]);
  });
});

test('removedSince is part of the manifest: recorded, read back, and a change of it alone is a change', () => {
  const entry = { etag: 'e', size: 1, md5: 'e', headers: 'h' };
  const kept: Manifest = new Map([['a.js', { ...entry, removedSince: '2026-11-23T10:00:00.000Z' }]]);
  expect(decodeManifest(encodeManifest(kept))).toEqual(kept);
  expect(sameManifest(new Map([['a.js', entry]]), kept)).toBe(false);
  // An entry whose removedSince is not a time is dropped (the object is then judged afresh).
  const bad = Buffer.from(JSON.stringify({ version: 1, objects: { 'a.js': { ...entry, removedSince: 'yesterday' } } }));
  expect(decodeManifest(bad).size).toBe(0);
  // A manifest from before removedSince reads as it always did.
  expect(decodeManifest(Buffer.from(JSON.stringify({ version: 1, objects: { 'a.js': entry } })))).toEqual(
    new Map([['a.js', entry]]),
  );
});

test('formatUtc', () => {
  expect(formatUtc('2026-11-30T11:05:59.999Z')).toBe('2026-11-30 11:05 UTC');
});
