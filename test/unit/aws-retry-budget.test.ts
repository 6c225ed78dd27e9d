/**
 * The retry budget (persistent attempts, deadline, quota, cancellation) and the line each retry
 * writes to the log, the last against a local server that fails, then answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import { persistentRetryPolicy, withRetries } from '../../src/aws/retry.js';
import { RetryQuota } from '../../src/aws/retry-quota.js';
import { createS3Store } from '../../src/aws/s3.js';
import { type Clock, systemClock } from '../../src/ports.js';
import { collectingLog } from '../support/logs.js';

/** A clock that only moves when slept on, recording each sleep. */
function steppingClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const unavailable = () => new AwsError('ServiceUnavailable', { code: 'ServiceUnavailable', status: 503 });

/** attempt() that fails `failures` times with 503, then returns the attempt number. */
function failing(failures: number): { calls: () => number; attempt: (n: number) => Promise<number> } {
  let calls = 0;
  return {
    calls: () => calls,
    attempt: async (n) => {
      calls++;
      if (n <= failures) throw unavailable();
      return n;
    },
  };
}

describe('the persistent budget', () => {
  test('nine failures, then the tenth attempt succeeds', async () => {
    const { attempt } = failing(9);
    expect(
      await withRetries(attempt, { clock: steppingClock(), policy: persistentRetryPolicy, random: () => 0.5 }),
    ).toBe(10);
  });

  test('ten failures: gives up with the last error', async () => {
    const { attempt, calls } = failing(Infinity);
    const run = withRetries(attempt, { clock: steppingClock(), policy: persistentRetryPolicy, random: () => 0.5 });
    await expect(run).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(calls()).toBe(10);
  });

  test('no retry sleeps past the deadline', async () => {
    const clock = steppingClock();
    const { attempt, calls } = failing(Infinity);
    const run = withRetries(attempt, { clock, policy: persistentRetryPolicy, random: () => 0.999, deadline: 1000 });
    await expect(run).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    // Ceilings 100, 200, 400, 800 ms: the fourth would end past 1000 ms.
    expect(clock.sleeps).toEqual([99, 199, 399]);
    expect(calls()).toBe(4);
  });

  test("the policy's maxElapsedMs bounds it too", async () => {
    const clock = steppingClock();
    const { attempt } = failing(Infinity);
    const policy = { ...persistentRetryPolicy, maxElapsedMs: 1000 };
    await expect(withRetries(attempt, { clock, policy, random: () => 0.999 })).rejects.toThrow();
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
  });

  test('an abort stops a backoff sleep and starts no further attempt', async () => {
    const controller = new AbortController();
    const { attempt, calls } = failing(Infinity);
    const policy = { ...persistentRetryPolicy, baseDelayMs: 60_000 };
    const run = withRetries(
      async (n) => {
        if (n === 1) setTimeout(() => controller.abort(new Error('stopped by the test')), 10);
        return attempt(n);
      },
      { clock: systemClock, policy, random: () => 1, signal: controller.signal },
    );
    await expect(run).rejects.toThrow('stopped by the test');
    expect(calls()).toBe(1);
  });
});

describe('the retry quota', () => {
  test('a dead endpoint empties it, then calls fail after one attempt', async () => {
    const quota = new RetryQuota(20);
    const options = { clock: steppingClock(), policy: persistentRetryPolicy, random: () => 0.5, quota };
    const first = failing(Infinity);
    await expect(withRetries(first.attempt, options)).rejects.toThrow();
    expect(first.calls()).toBe(5); // 20 tokens buy 4 retries at 5 each
    const second = failing(Infinity);
    await expect(withRetries(second.attempt, options)).rejects.toThrow();
    expect(second.calls()).toBe(1);
  });

  test('a broken connection costs more than an error answer', async () => {
    const quota = new RetryQuota(20);
    let calls = 0;
    const reset = async () => {
      calls++;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    await expect(
      withRetries(reset, { clock: steppingClock(), policy: persistentRetryPolicy, quota }),
    ).rejects.toThrow();
    expect(calls).toBe(3); // 20 tokens buy 2 retries at 10 each
  });

  test('a request that succeeds pays back what its retries cost', async () => {
    const quota = new RetryQuota(10);
    const options = { clock: steppingClock(), policy: persistentRetryPolicy, random: () => 0.5, quota };
    await withRetries(failing(2).attempt, options); // spends 10, then pays them back
    const dead = failing(Infinity);
    await expect(withRetries(dead.attempt, options)).rejects.toThrow();
    expect(dead.calls()).toBe(3);
  });
});

describe('every retry is one log line', () => {
  let server: http.Server;
  let answers: ((res: http.ServerResponse) => void)[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => (answers.shift() ?? ((r: http.ServerResponse) => r.writeHead(500).end()))(res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('S3 PutObject: SlowDown, then a reset, then stored', async () => {
    answers = [
      (res) =>
        res
          .writeHead(503, { 'content-type': 'application/xml' })
          .end('<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>'),
      (res) => res.socket?.destroy(),
      (res) => res.writeHead(200, { etag: '"0cc175b9c0f1b6a831c399e269772661"' }).end(),
    ];
    const log = collectingLog();
    const client = createHttpClient({
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
      concurrency: 1,
      clock: steppingClock(),
      random: () => 0.5,
      log,
    });
    const store = createS3Store({
      http: client,
      bucket: 'site',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
    try {
      expect(
        await store.putObject('www/app.js', Buffer.from('a'), { contentType: 'text/javascript', metadata: {} }),
      ).toBe('0cc175b9c0f1b6a831c399e269772661');
    } finally {
      client.close();
    }
    expect(log.lines).toEqual([
      'info: S3 PutObject www/app.js: SlowDown (HTTP 503), retry 1 of 9 in 250 ms',
      'info: S3 PutObject www/app.js: ECONNRESET, retry 2 of 9 in 100 ms',
    ]);
  });
});
