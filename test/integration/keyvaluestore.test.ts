/**
 * The KeyValueStore client (SigV4A, JSON) against the stand-in in playground/keyvaluestore/, which
 * checks each ECDSA signature with the public key derived from the credentials it knows.
 */
import { request } from 'node:http';
import aws4 from 'aws4';
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import type { Credentials } from '../../src/core/types.js';
import { type Clock, type KeyValueStore, systemClock } from '../../src/ports.js';
import { type CollectingLog, collectingLog } from '../support/logs.js';

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const OTHER_ARN = 'arn:aws:cloudfront::123456789012:key-value-store/no-such-store';
const CREDS: Credentials = {
  accessKeyId: 'AKIASTANDINKVS000001',
  secretAccessKey: 'standin/kvs+secret/00000000000000000000001',
};

let standin: KvsStandin;
let http: HttpClient | undefined;
let log: CollectingLog;

beforeEach(async () => {
  standin = await startKvsStandin({
    stores: { [ARN]: { 'site:live': 'r1', 'site:previous': 'r0' } },
    credentials: [CREDS, { ...CREDS, accessKeyId: 'ASIASTANDINKVS000002', sessionToken: 'token/with+chars==' }],
  });
  log = collectingLog();
});

afterEach(async () => {
  http?.close();
  http = undefined;
  await standin.stop();
});

function store(options: { credentials?: Credentials; clock?: Clock; storeArn?: string } = {}): KeyValueStore {
  http = createHttpClient({
    credentials: options.credentials ?? CREDS,
    concurrency: 2,
    clock: options.clock ?? systemClock,
    log,
    random: () => 0,
  });
  return createKeyValueStoreClient({ http, storeArn: options.storeArn ?? ARN, endpoint: standin.endpoint });
}

function items(): Record<string, string> | undefined {
  return standin.state.snapshot().stores[ARN]?.items;
}

test('reads a key, the ETag, and switches two keys in one If-Match write', async () => {
  const kvs = store();
  expect(await kvs.get('site:live')).toBe('r1');
  const etag = await kvs.version();
  expect(etag).toBe(standin.state.snapshot().stores[ARN]?.etag);

  const next = await kvs.update(etag, { puts: { 'site:live': 'r2', 'site:previous': 'r1' }, deletes: ['site:old'] });
  expect(next).not.toBe(etag);
  expect(next).toBe(standin.state.snapshot().stores[ARN]?.etag);
  expect(items()).toEqual({ 'site:live': 'r2', 'site:previous': 'r1' });
  expect(await kvs.get('site:live')).toBe('r2');
  expect(log.lines).toEqual([]);
});

test('a key the store lacks reads as undefined; a store that does not exist is an error naming it', async () => {
  expect(await store().get('other:live')).toBeUndefined();
  expect(standin.state.requests).toMatchObject({ GetKey: 1, DescribeKeyValueStore: 1 });

  const missing = store({ storeArn: OTHER_ARN });
  await expect(missing.get('site:live')).rejects.toMatchObject({
    code: 'ResourceNotFoundException',
    message: expect.stringContaining(`DescribeKeyValueStore on ${OTHER_ARN} failed with ResourceNotFoundException`),
  });
  await expect(missing.version()).rejects.toThrow(/does not exist in this account: check release-store/);
});

test('a stale ETag is a ConflictException the port knows, and nothing is written', async () => {
  const kvs = store();
  const stale = await kvs.version();
  await kvs.update(stale, { puts: { 'site:live': 'r2' } });

  const failure = await kvs.update(stale, { puts: { 'site:live': 'r3' } }).catch((error: unknown) => error);
  expect(kvs.isConflict(failure)).toBe(true);
  expect(String(failure)).toMatch(
    /UpdateKeys on arn:aws:cloudfront::123456789012:key-value-store\/\S+ failed with ConflictException, HTTP 409: the store changed since its ETag was read/,
  );
  expect(items()).toEqual({ 'site:live': 'r2', 'site:previous': 'r0' });
  expect(kvs.isConflict(new Error('other'))).toBe(false);
});

test('more than 50 keys in one UpdateKeys are over the quota, and nothing is written', async () => {
  const kvs = store();
  const puts = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
  await expect(kvs.update(await kvs.version(), { puts, deletes: ['site:previous'] })).rejects.toMatchObject({
    code: 'ServiceQuotaExceededException',
  });
  expect(items()).toEqual({ 'site:live': 'r1', 'site:previous': 'r0' });
  await kvs.update(await kvs.version(), { puts });
  expect(Object.keys(items() ?? {})).toHaveLength(52);
});

test('a wrong secret: the signature is refused at once, and the message says to check the credentials', async () => {
  const kvs = store({ credentials: { ...CREDS, secretAccessKey: `${CREDS.secretAccessKey}x` } });
  const failure = await kvs.get('site:live').catch((error: unknown) => error);
  expect(failure).toMatchObject({ code: 'InvalidSignatureException', status: 403 });
  expect(String(failure)).toContain('the AWS credentials were rejected');
  expect(String(failure)).not.toContain(CREDS.secretAccessKey);
  expect(log.lines).toEqual([]);
  expect(standin.state.requests).toEqual({ DescribeKeyValueStore: 0, GetKey: 0, UpdateKeys: 0 });
});

test('session credentials sign the token too', async () => {
  const kvs = store({
    credentials: { ...CREDS, accessKeyId: 'ASIASTANDINKVS000002', sessionToken: 'token/with+chars==' },
  });
  expect(await kvs.get('site:previous')).toBe('r0');
  const wrongToken = store({
    credentials: { ...CREDS, accessKeyId: 'ASIASTANDINKVS000002', sessionToken: 'other' },
  });
  await expect(wrongToken.get('site:previous')).rejects.toMatchObject({ code: 'UnrecognizedClientException' });
});

test('5xx, throttling and a reset connection are retried through the shared client', async () => {
  standin.faults.push(
    { op: 'GetKey', kind: '500' },
    { op: 'DescribeKeyValueStore', kind: 'throttle' },
    { op: 'UpdateKeys', kind: '503' },
    { op: 'UpdateKeys', kind: 'reset' },
  );
  const kvs = store();
  expect(await kvs.get('site:live')).toBe('r1');
  const etag = await kvs.version();
  await kvs.update(etag, { puts: { 'site:live': 'r2' } });
  expect(items()).toMatchObject({ 'site:live': 'r2' });
  expect(standin.state.requests).toEqual({ DescribeKeyValueStore: 2, GetKey: 2, UpdateKeys: 3 });
  expect(log.lines).toEqual([
    'info: CloudFront KeyValueStore GetKey site:live: InternalServerException (HTTP 500), retry 1 of 9 in 0 ms',
    'info: CloudFront KeyValueStore DescribeKeyValueStore: ThrottlingException (HTTP 429), retry 1 of 9 in 0 ms',
    'info: CloudFront KeyValueStore UpdateKeys: ServiceUnavailableException (HTTP 503), retry 1 of 9 in 0 ms',
    'info: CloudFront KeyValueStore UpdateKeys: ECONNRESET, retry 2 of 9 in 0 ms',
  ]);
});

test('a write whose answer was lost lands; its retry then meets a conflict, and reading back shows the write', async () => {
  standin.faults.push({ op: 'UpdateKeys', kind: 'lost-response' });
  const kvs = store();
  const failure = await kvs
    .update(await kvs.version(), { puts: { 'site:live': 'r2' } })
    .catch((error: unknown) => error);
  expect(kvs.isConflict(failure)).toBe(true);
  expect(await kvs.get('site:live')).toBe('r2');
});

test('AccessDenied names the permission the operation needs', async () => {
  standin.faults.push({ op: 'UpdateKeys', kind: 'access-denied' });
  const kvs = store();
  await expect(kvs.update(await kvs.version(), { puts: { 'site:live': 'r2' } })).rejects.toThrow(
    `failed with AccessDeniedException, HTTP 403: access denied. The identity needs cloudfront-keyvaluestore:UpdateKeys on ${ARN}`,
  );
  expect(items()).toMatchObject({ 'site:live': 'r1' });
});

test('a clock an hour slow: the signature expires, the client takes the server time and the retry passes', async () => {
  const slow: Clock = { now: () => Date.now() - 3_600_000, sleep: systemClock.sleep };
  const kvs = store({ clock: slow });
  expect(await kvs.get('site:live')).toBe('r1');
  expect(log.lines).toEqual([
    expect.stringMatching(
      /^info: CloudFront KeyValueStore GetKey site:live: InvalidSignatureException \(HTTP 403\), retry 1 of 9 at once with the server's time$/,
    ),
  ]);
});

test('the stand-in refuses a SigV4 (HMAC) signature: the data plane wants SigV4A', async () => {
  const url = new URL(standin.endpoint);
  const signed = aws4.sign(
    {
      host: url.host,
      path: `/key-value-stores/${encodeURIComponent(ARN)}`,
      service: 'cloudfront-keyvaluestore',
      region: 'us-east-1',
      method: 'GET',
    },
    CREDS,
  );
  const answer = await new Promise<{ status: number; type: unknown }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: signed.path, method: 'GET', headers: signed.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['x-amzn-errortype'] }));
      },
    );
    req.on('error', reject);
    req.end();
  });
  expect(answer).toEqual({ status: 403, type: 'InvalidSignatureException' });
});
