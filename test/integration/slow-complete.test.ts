/**
 * A CompleteMultipartUpload that answers nothing for longer than the client's idle timeout: S3 sends
 * whitespace meanwhile, s3rver assembling 640 parts of a 5 GB file stayed silent for over a minute. The
 * Complete waits (COMPLETE_IDLE_TIMEOUT_MS) instead of giving up and sending itself again. A proxy in front
 * of s3rver (test/support/s3-proxy.ts) holds the Complete's answer past the client's 300 ms; every other
 * request passes at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store } from '../../src/aws/s3.js';
import { COMPLETE_IDLE_TIMEOUT_MS } from '../../src/aws/s3-multipart.js';
import type { ObjectHeaders } from '../../src/core/types.js';
import { systemClock } from '../../src/ports.js';
import { TEST_CREDENTIALS } from '../support/moto.js';
import { type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';

const BUCKET = 'slow-complete';
const CLIENT_IDLE_MS = 300;
const SILENT_MS = 1200;
const PLAIN: ObjectHeaders = { contentType: 'application/octet-stream', metadata: {} };

let server: LocalServer;
let proxy: S3Proxy;
let client: HttpClient;
const completes: string[] = [];

beforeAll(async () => {
  server = await startS3rver({ buckets: [BUCKET] });
  proxy = await startS3Proxy(server.endpoint, {
    hold: (method, url) => {
      if (method !== 'POST' || !url.includes('uploadId=')) return undefined;
      completes.push(url);
      return SILENT_MS;
    },
  });
  client = createHttpClient({
    credentials: TEST_CREDENTIALS,
    concurrency: 4,
    clock: systemClock,
    timeoutMs: CLIENT_IDLE_MS,
  });
}, 60_000);

afterAll(async () => {
  client?.close();
  await proxy?.stop();
  await server?.stop();
});

test('a Complete silent past the client idle timeout is waited for, sent once, and the object is whole', async () => {
  expect(COMPLETE_IDLE_TIMEOUT_MS).toBeGreaterThan(SILENT_MS);
  const store = createS3Store({
    http: client,
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: proxy.endpoint,
    multipartThreshold: 64 * 1024,
  });
  const body = randomBytes(3 * 64 * 1024 + 100);
  const direct = createS3Store({ http: client, bucket: BUCKET, region: 'us-east-1', endpoint: server.endpoint });
  const dir = await mkdtemp(join(tmpdir(), 'scd-slow-complete-'));
  try {
    const absPath = join(dir, 'big.bin');
    await writeFile(absPath, body);
    const md5 = createHash('md5').update(body).digest('hex');
    await store.uploadFile('big.bin', { rel: 'big.bin', absPath, size: body.length, md5 }, PLAIN);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  expect(completes).toHaveLength(1);
  expect((await direct.getObject('big.bin'))?.equals(body)).toBe(true);
}, 60_000);
