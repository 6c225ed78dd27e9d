/**
 * The deploy lock's protocol (flows/deploy-lock.ts) against the memory store and S3 on moto_server,
 * which honour conditional writes, and S3 on s3rver, which ignores them (the run goes on unguarded).
 */
import { startS3rver } from '../../playground/local-s3.js';
import { createHttpClient } from '../../src/aws/http.js';
import { createS3Store } from '../../src/aws/s3.js';
import { decodeLock, encodeLock, LOCK_REFRESH_MS, type LockHolder, lockRecord } from '../../src/core/lock.js';
import { PlanError } from '../../src/core/plan.js';
import { deployLock, LockReleasedError } from '../../src/flows/deploy-lock.js';
import { type Clock, type ObjectStore, systemClock } from '../../src/ports.js';
import { collectingLog } from '../support/logs.js';
import { MemoryStore } from '../support/memory-store.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';

const BUCKET = 'lock';
const KEY = 'www/.s3-cloudfront-deploy.lock';
const HEADERS = { contentType: 'application/json', metadata: {} };

interface Subject {
  readonly store: ObjectStore;
  stop(): Promise<void>;
}

async function s3Subject(
  start: (options: { buckets: string[] }) => Promise<{ endpoint: string; stop(): Promise<void> }>,
) {
  const server = await start({ buckets: [BUCKET] });
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 8, clock: systemClock });
  const store = createS3Store({ http, bucket: BUCKET, region: 'us-east-1', endpoint: server.endpoint });
  return {
    store,
    stop: async () => {
      http.close();
      await server.stop();
    },
  };
}

const run = (runId: string, runAttempt = '1'): LockHolder => ({ repository: 'acme/site', runId, runAttempt });

/** A clock whose sleeps end only when the test lets time pass. */
function manualClock(start = Date.now()) {
  let now = start;
  const sleepers: { until: number; resolve: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        sleepers.push({ until: now + ms, resolve });
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
  };
  const advance = async (ms: number) => {
    now += ms;
    for (const sleeper of sleepers.splice(0).filter((s) => s.until <= now)) sleeper.resolve();
    // Let the woken work reach the store and back.
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, advance };
}

describe.each([
  ['memory', async (): Promise<Subject> => ({ store: new MemoryStore(), stop: async () => undefined })],
  ['S3 on moto_server', () => s3Subject(startMoto)],
])('the deploy lock: %s', (_name, make) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await make();
  }, 60_000);
  afterAll(() => subject?.stop());
  afterEach(() => subject.store.deleteObjects([KEY]));

  const lock = (holder: LockHolder, timeoutMs = 0, clock: Clock = systemClock, log = collectingLog()) =>
    deployLock(subject.store, { key: KEY, holder, timeoutMs }, { clock, log });
  const holderNow = async () => decodeLock((await subject.store.readObject(KEY))!.body)?.holder.runId;

  test('a free lock is taken and given back; a second run meanwhile is refused naming the holder', async () => {
    const first = lock({ ...run('1'), runUrl: 'https://example.invalid/runs/1' });
    expect(await first.acquire()).toBe(true);
    expect(await holderNow()).toBe('1');
    const log = collectingLog();
    const second = lock(run('2'), 0, systemClock, log);
    const refused = await second.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlanError);
    expect(String(refused)).toContain('run 1 of acme/site');
    expect(log.lines.join('\n')).toMatch(
      /holds the deploy lock .*run 1 of acme\/site: https:\/\/example.invalid\/runs\/1/,
    );
    await second.release(); // it never held it: the holder's lock stays
    expect(await holderNow()).toBe('1');
    await first.release();
    expect(await subject.store.readObject(KEY)).toBeUndefined();
  });

  test("a killed run's expired lock is taken over; of two waiters only one wins, the other names the winner", async () => {
    for (let round = 0; round < 4; round++) {
      const old = lockRecord(run('killed'), 'gone', Date.now() - 600_000, Date.now() - 600_000);
      await subject.store.putObject(KEY, encodeLock(old), HEADERS);
      const a = lock(run(`a${round}`));
      const b = lock(run(`b${round}`));
      const outcomes = await Promise.allSettled([a.acquire(), b.acquire()]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = await holderNow();
      expect(winner).toMatch(new RegExp(`^[ab]${round}$`));
      expect(String(lost[0]!.reason)).toContain(`run ${winner} of acme/site`);
      await Promise.all([a.release(), b.release()]);
      expect(await subject.store.readObject(KEY)).toBeUndefined();
    }
  });

  test('a run that stops while it waits (its lock asked for early) ends the wait at once and leaves the holder its lock', async () => {
    const holder = lock(run('1'));
    expect(await holder.acquire()).toBe(true);
    const { clock } = manualClock();
    const waiter = lock(run('2'), 600_000, clock);
    const waiting = waiter.acquire();
    expect(waiter.acquire()).toBe(waiting); // asked twice, taken once
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    await waiter.release(); // the time never moved: only the release ends the wait
    await expect(waiting).rejects.toThrow(LockReleasedError);
    expect(await holderNow()).toBe('1');
    await holder.release();
  });

  test('a re-run attempt takes over its earlier attempt at once; another job of the same attempt waits', async () => {
    // The first attempt was killed: its clock never moves again, so it never refreshes nor releases.
    const first = lock(run('9', '1'), 0, manualClock().clock);
    expect(await first.acquire()).toBe(true);
    await expect(lock(run('9', '1')).acquire()).rejects.toThrow(PlanError);
    const rerun = lock(run('9', '2'));
    expect(await rerun.acquire()).toBe(true);
    expect(decodeLock((await subject.store.readObject(KEY))!.body)?.holder.runAttempt).toBe('2');
    await rerun.release();
    expect(await subject.store.readObject(KEY)).toBeUndefined();
  });

  test('the holder refreshes its lock; a waiter polls until it is released, then takes it', async () => {
    const { clock, advance } = manualClock();
    const holder = lock(run('h'), 0, clock);
    expect(await holder.acquire()).toBe(true);
    const before = decodeLock((await subject.store.readObject(KEY))!.body)!;
    await advance(LOCK_REFRESH_MS);
    const after = decodeLock((await subject.store.readObject(KEY))!.body)!;
    expect(Date.parse(after.expiresAt) - Date.parse(before.expiresAt)).toBe(LOCK_REFRESH_MS);
    expect(after.takenAt).toBe(before.takenAt);

    const log = collectingLog();
    const waiter = lock(run('w'), 60_000, clock, log);
    let acquired = false;
    const waiting = waiter.acquire().then((held) => {
      acquired = held;
    });
    for (let i = 0; i < 20 && !log.lines.some((line) => line.includes('Waiting for it')); i++) await advance(0);
    expect(acquired).toBe(false);
    await holder.release();
    // The next poll finds it free.
    for (let i = 0; i < 20 && !acquired; i++) await advance(5_000);
    await waiting;
    expect(acquired).toBe(true);
    expect(await holderNow()).toBe('w');
    await waiter.release();
  });
});

test('s3rver ignores If-None-Match: one warning, the run goes on unguarded, and its lock object is removed after', async () => {
  const subject = await s3Subject(startS3rver);
  try {
    const log = collectingLog();
    const someone = lockRecord(run('other'), 'x', Date.now(), Date.now());
    await subject.store.putObject(KEY, encodeLock(someone), HEADERS);
    await subject.store.deleteObjects([KEY]);
    const held = deployLock(subject.store, { key: KEY, holder: run('1'), timeoutMs: 0 }, { clock: systemClock, log });
    expect(await held.acquire()).toBe(false);
    expect(log.lines.filter((line) => line.startsWith('warning:'))).toEqual([
      expect.stringMatching(/does not honour conditional writes .* runs unguarded/),
    ]);
    await held.release();
    expect(await subject.store.readObject(KEY)).toBeUndefined();
  } finally {
    await subject.stop();
  }
});

test('on AWS S3 itself (conditional writes known) the lock is one create, without the second create that probes', async () => {
  class CountingStore extends MemoryStore {
    creates = 0;
    override async putObject(...args: Parameters<MemoryStore['putObject']>): Promise<string> {
      if (args[3] !== undefined && 'ifNoneMatch' in args[3]) this.creates += 1;
      return super.putObject(...args);
    }
  }
  const creates = async (conditionalWritesKnown: boolean) => {
    const store = new CountingStore();
    const held = deployLock(
      store,
      { key: KEY, holder: run('1'), timeoutMs: 0, conditionalWritesKnown },
      { clock: systemClock, log: collectingLog() },
    );
    expect(await held.acquire()).toBe(true);
    await held.release();
    expect(await store.readObject(KEY)).toBeUndefined();
    return store.creates;
  };
  expect(await creates(false)).toBe(2);
  expect(await creates(true)).toBe(1);
});
