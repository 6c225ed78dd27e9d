import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import {
  backoffDelayMs,
  classifyFailure,
  SigningClock,
  standardRetryPolicy,
  withRetries,
} from '../../src/aws/retry.js';
import type { Clock } from '../../src/ports.js';

/** A clock whose time only moves when told to, and whose sleeps are recorded and instant. */
function fakeClock(startMs: number): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => startMs,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
}

const awsError = (code: string, status?: number, serverTime?: number) =>
  new AwsError(code, {
    code,
    ...(status === undefined ? {} : { status }),
    ...(serverTime === undefined ? {} : { serverTime }),
  });
const socketError = (code: string) => Object.assign(new Error(code), { code });

describe('classifyFailure', () => {
  test.each([
    [awsError('InternalError', 500), 'transient'],
    [awsError('ServiceUnavailable', 503), 'transient'],
    [awsError('Http502', 502), 'transient'],
    [awsError('RequestTimeout', 400), 'transient'],
    [socketError('ECONNRESET'), 'transient'],
    [socketError('EPIPE'), 'transient'],
    [socketError('ETIMEDOUT'), 'transient'],
    [awsError('SlowDown', 503), 'throttle'],
    [awsError('Throttling', 400), 'throttle'],
    [awsError('ThrottlingException', 400), 'throttle'],
    [awsError('RequestLimitExceeded', 503), 'throttle'],
    [awsError('TooManyRequestsException', 429), 'throttle'],
    [awsError('ProvisionedThroughputExceededException', 400), 'throttle'],
    [awsError('RequestThrottled', 400), 'throttle'],
    [awsError('BandwidthLimitExceeded', 509), 'throttle'],
    [awsError('Whatever', 429), 'throttle'],
    [awsError('RequestTimeTooSkewed', 403, Date.UTC(2030, 0, 1)), 'clockSkew'],
    [awsError('RequestTimeTooSkewed', 403), 'fatal'],
    [awsError('AccessDenied', 403), 'fatal'],
    [awsError('InvalidAccessKeyId', 403), 'fatal'],
    [awsError('SignatureDoesNotMatch', 403), 'fatal'],
    [awsError('ExpiredToken', 400), 'fatal'],
    [awsError('NoSuchBucket', 404), 'fatal'],
    [awsError('NoSuchKey', 404), 'fatal'],
    [awsError('BadDigest', 400), 'fatal'],
    [awsError('NotImplemented', 501), 'fatal'],
    // An <Error> inside a 200 answer: retried as a 500 would be, unless no attempt can fix it.
    [awsError('SomethingUnexpected', 200), 'transient'],
    [awsError('AccessDenied', 200), 'fatal'],
    [new Error('no code'), 'fatal'],
  ])('%s → %s', (error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });
});

describe('backoffDelayMs (full jitter)', () => {
  test('stays within [0, base * 2^(retry-1)) for the extremes of the random source', () => {
    for (let retry = 1; retry <= 6; retry++) {
      const ceiling = standardRetryPolicy.baseDelayMs * 2 ** (retry - 1);
      expect(backoffDelayMs(retry, 'transient', () => 0)).toBe(0);
      expect(backoffDelayMs(retry, 'transient', () => 0.999999)).toBe(Math.floor(0.999999 * ceiling));
    }
  });

  test('throttling backs off from a larger base', () => {
    expect(backoffDelayMs(1, 'throttle', () => 0.5)).toBe(standardRetryPolicy.throttleBaseDelayMs / 2);
    expect(backoffDelayMs(1, 'throttle', () => 0.5)).toBeGreaterThan(backoffDelayMs(1, 'transient', () => 0.5));
  });

  test('is capped at 20 s', () => {
    expect(backoffDelayMs(30, 'throttle', () => 0.999999)).toBe(19_999);
    expect(backoffDelayMs(30, 'transient', () => 0.5)).toBe(10_000);
  });
});

describe('withRetries', () => {
  test('retries transient failures with backoff sleeps, then returns the result', async () => {
    const clock = fakeClock(0);
    const attempts: number[] = [];
    const result = await withRetries(
      async (n) => {
        attempts.push(n);
        if (n < 3) throw awsError('ServiceUnavailable', 503);
        return 'done';
      },
      { clock, random: () => 0.5 },
    );
    expect(result).toBe('done');
    expect(attempts).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([50, 100]);
  });

  test('gives up after 3 attempts with the last error', async () => {
    const clock = fakeClock(0);
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw socketError('ECONNRESET');
        },
        { clock, random: () => 0.5 },
      ),
    ).rejects.toThrow('ECONNRESET');
    expect(calls).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  test('fails fast on AccessDenied', async () => {
    const clock = fakeClock(0);
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw awsError('AccessDenied', 403);
        },
        { clock },
      ),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('RequestTimeTooSkewed moves the signing clock to the server time and retries at once', async () => {
    const clock = fakeClock(Date.UTC(2024, 0, 1));
    const signingClock = new SigningClock(clock);
    const serverTime = Date.UTC(2024, 0, 1, 1, 0, 0);
    const seen: number[] = [];
    await withRetries(
      async () => {
        seen.push(signingClock.now().getTime());
        if (seen.length === 1) throw awsError('RequestTimeTooSkewed', 403, serverTime);
      },
      { clock, signingClock },
    );
    expect(seen).toEqual([Date.UTC(2024, 0, 1), serverTime]);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('signed HTTP client retries against a local server', () => {
  let server: http.Server;
  let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  const requests: { path: string; amzDate: string; body: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push({ path: req.url ?? '', amzDate: String(req.headers['x-amz-date']), body });
        handler(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    requests.length = 0;
  });

  const endpoint = () => ({
    protocol: 'http:' as const,
    hostname: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
  });
  const client = (clock: Clock) =>
    createHttpClient({
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
      concurrency: 2,
      clock,
      random: () => 1,
    });

  test('503 twice then 200: three requests, same path and body each time', async () => {
    handler = (_req, res) => {
      if (requests.length <= 2) {
        res.writeHead(503, { 'content-type': 'application/xml' });
        res.end('<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
      } else {
        res.writeHead(200, { etag: '"abc"' });
        res.end('ok');
      }
    };
    const clock = fakeClock(Date.now());
    const http = client(clock);
    const response = await http.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: endpoint(),
      method: 'PUT',
      path: '/bucket/a%20b%2B.txt',
      body: Buffer.from('payload'),
    });
    http.close();
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok');
    expect(requests.map((r) => r.path)).toEqual(Array(3).fill('/bucket/a%20b%2B.txt'));
    expect(requests.map((r) => r.body)).toEqual(['payload', 'payload', 'payload']);
    // SlowDown is throttling: sleeps of up to 500 ms, then 1000 ms (random() = 1 gives the ceiling).
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  test('a streamed body is produced afresh for each attempt', async () => {
    handler = (_req, res) => {
      res.writeHead(requests.length === 1 ? 500 : 200);
      res.end();
    };
    const http = client(fakeClock(Date.now()));
    let made = 0;
    const { Readable } = await import('node:stream');
    await http.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: endpoint(),
      method: 'PUT',
      path: '/bucket/k',
      headers: { 'content-length': '6' },
      body: () => {
        made++;
        return Readable.from([Buffer.from('stream')]);
      },
    });
    http.close();
    expect(made).toBe(2);
    expect(requests.map((r) => r.body)).toEqual(['stream', 'stream']);
  });

  test('RequestTimeTooSkewed: the retry is signed with the time from the Date header', async () => {
    const serverNow = Date.UTC(2031, 5, 15, 10, 0, 0);
    const serverAmzDate = '20310615T100000Z';
    handler = (req, res) => {
      const skewed = req.headers['x-amz-date'] !== serverAmzDate;
      res.writeHead(skewed ? 403 : 200, { date: new Date(serverNow).toUTCString(), 'content-type': 'application/xml' });
      res.end(skewed ? '<Error><Code>RequestTimeTooSkewed</Code><Message>too skewed</Message></Error>' : '');
    };
    const clock = fakeClock(Date.UTC(2024, 0, 1));
    const http = client(clock);
    const response = await http.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: endpoint(),
      method: 'GET',
      path: '/bucket/k',
    });
    http.close();
    expect(response.status).toBe(200);
    expect(requests.map((r) => r.amzDate)).toEqual(['20240101T000000Z', serverAmzDate]);
    expect(clock.sleeps).toEqual([]);
  });

  test('AccessDenied is not retried and keeps the server code and request id', async () => {
    handler = (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/xml', 'x-amz-request-id': 'REQ123' });
      res.end('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
    };
    const http = client(fakeClock(Date.now()));
    const sent = http.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: endpoint(),
      method: 'GET',
      path: '/bucket/k',
    });
    await expect(sent).rejects.toMatchObject({ code: 'AccessDenied', status: 403, requestId: 'REQ123' });
    http.close();
    expect(requests).toHaveLength(1);
  });

  test('an <Error> inside a 200 answer is an error when the request says so, and is retried if transient', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        requests.length === 1
          ? '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>'
          : '<CompleteMultipartUploadResult><ETag>"x-2"</ETag></CompleteMultipartUploadResult>',
      );
    };
    const http = client(fakeClock(Date.now()));
    const response = await http.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: endpoint(),
      method: 'POST',
      path: '/bucket/k',
      query: { uploadId: 'u' },
      body: Buffer.from('<CompleteMultipartUpload/>'),
      errorIn200: true,
    });
    http.close();
    expect(requests).toHaveLength(2);
    expect(response.body.toString()).toContain('CompleteMultipartUploadResult');
  });
});
