import { judgeOrder } from '../../src/core/deploy-order.js';
import {
  decodeLock,
  describeHolder,
  encodeLock,
  judgeLock,
  LOCK_TTL_MS,
  lockKey,
  lockRecord,
} from '../../src/core/lock.js';
import { decodeManifest, decodeOrigin, encodeManifest } from '../../src/core/manifest.js';

const ACTIONS = {
  repository: 'acme/site',
  workflow: 'Deploy',
  runId: '42',
  runAttempt: '1',
  commit: 'abcdef0123456789',
  runUrl: 'https://example.invalid/acme/site/actions/runs/42',
};
const T0 = Date.parse('2026-01-01T00:00:00Z');

test('the lock lives beside the records and round-trips holder, token and times', () => {
  expect(lockKey('www/')).toBe('www/.s3-cloudfront-deploy.lock');
  const record = lockRecord(ACTIONS, 'tok', T0, T0 + 1000);
  expect(record.expiresAt).toBe(new Date(T0 + 1000 + LOCK_TTL_MS).toISOString());
  expect(decodeLock(encodeLock(record))).toEqual(record);
  expect(decodeLock(Buffer.from('not json'))).toBeUndefined();
  expect(decodeLock(Buffer.from('{"version":9}'))).toBeUndefined();
});

test('a live lock of another run is waited for; an expired one, or an earlier attempt of this run, is taken', () => {
  const theirs = lockRecord({ ...ACTIONS, runId: '41' }, 'other', T0, T0);
  const me = { holder: ACTIONS, token: 'mine' };
  expect(judgeLock(theirs, me, T0 + 1000)).toBe('wait');
  expect(judgeLock(theirs, me, T0 + LOCK_TTL_MS)).toBe('take');
  expect(judgeLock(undefined, me, T0)).toBe('take');
  expect(judgeLock(lockRecord(ACTIONS, 'mine', T0, T0), me, T0)).toBe('mine');
  const earlierAttempt = lockRecord(ACTIONS, 'first', T0, T0);
  expect(judgeLock(earlierAttempt, { holder: { ...ACTIONS, runAttempt: '2' }, token: 'x' }, T0)).toBe('take');
  // Another job of the same attempt (a matrix) is alive and running.
  expect(judgeLock(earlierAttempt, me, T0)).toBe('wait');
});

test('the holder is named with its run, workflow, commit and link; a workstation by user@host', () => {
  expect(describeHolder(ACTIONS)).toBe(
    'run 42 of acme/site workflow "Deploy" at commit abcdef012345: https://example.invalid/acme/site/actions/runs/42',
  );
  expect(describeHolder({ ...ACTIONS, runAttempt: '2' })).toContain('run 42 (attempt 2)');
  expect(describeHolder({ by: 'ana@laptop' })).toBe('ana@laptop');
});

test('the manifest records the origin beside the entries; older manifests have none', () => {
  const entries = new Map([['a.html', { etag: 'e', size: 1, md5: 'e', headers: 'h' }]]);
  const origin = { commit: 'c1', committedAt: '2026-01-01T00:00:00.000Z', runId: '7' };
  const body = encodeManifest(entries, { origin });
  expect(decodeOrigin(body)).toEqual(origin);
  expect([...decodeManifest(body)]).toEqual([...entries]);
  expect(decodeOrigin(encodeManifest(entries))).toBeUndefined();
  expect(decodeOrigin(Buffer.from('{"deploy":{"committedAt":"soon","commit":"c"}}'))).toEqual({ commit: 'c' });
});

test('an older commit is refused naming both, unless allow-older; an unknown time skips the rule with a notice', () => {
  const live = { commit: 'newer0000000aaaa', committedAt: '2026-02-01T00:00:00.000Z', runUrl: 'https://x/run/9' };
  const mine = { commit: 'older0000000bbbb', committedAt: '2026-01-01T00:00:00.000Z' };
  const verdict = judgeOrder(mine, live, 's3://b/www/', false);
  expect(verdict.kind).toBe('older');
  expect(verdict.kind === 'older' && verdict.reason).toMatch(/newer0000000.*older0000000.*allow-older: true/);
  expect(judgeOrder(mine, live, 's3://b/www/', true).kind).toBe('go');
  expect(judgeOrder(live, mine, 's3://b/www/', false).kind).toBe('go');
  expect(judgeOrder(mine, undefined, 's3://b/www/', false).kind).toBe('go');
  expect(judgeOrder({ commit: 'x' }, live, 's3://b/www/', false).kind).toBe('unknown');
});
