/**
 * No multipart upload is left behind (issue 8 §4), against moto_server: a failed upload is
 * aborted, an upload a lost CreateMultipartUpload answer started is found and aborted, a lost
 * CompleteMultipartUpload answer is recognised, and abortStaleUploads cleans up after a killed run
 * without touching uploads of other keys, other prefixes, or younger than the age given.
 * (s3rver does not implement ListMultipartUploads.)
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalServer } from '../../playground/local-s3.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import { createS3Caller } from '../../src/aws/s3-call.js';
import { listUploads } from '../../src/aws/s3-uploads.js';
import type { LocalFile, ObjectHeaders } from '../../src/core/types.js';
import { type Clock, silentLog, systemClock } from '../../src/ports.js';
import { type CollectingLog, collectingLog } from '../support/logs.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { type FaultKind, type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';

const BUCKET = 'uploads';
const MiB = 1024 * 1024;
const PLAIN: ObjectHeaders = { contentType: 'application/octet-stream', metadata: {} };

let moto: LocalServer;
let proxy: S3Proxy;
let workDir: string;
let file: LocalFile;
let inject: (method: string, url: string) => FaultKind | undefined = () => undefined;
let refuse: (method: string, url: string) => string | undefined = () => undefined;
const clients: HttpClient[] = [];

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  proxy = await startS3Proxy(moto.endpoint, { inject: (m, u) => inject(m, u), refuse: (m, u) => refuse(m, u) });
  workDir = await mkdtemp(join(tmpdir(), 's3-uploads-test-'));
  const content = randomBytes(11 * MiB);
  const absPath = join(workDir, 'big.bin');
  await writeFile(absPath, content);
  file = { rel: 'big.bin', absPath, size: content.length, md5: createHash('md5').update(content).digest('hex') };
}, 60_000);

afterAll(async () => {
  for (const http of clients) http.close();
  await proxy?.stop();
  await moto?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  inject = () => undefined;
  refuse = () => undefined;
});

function store(log: CollectingLog = collectingLog(), clock: Clock = systemClock): S3Store {
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 4, clock, log });
  clients.push(http);
  return createS3Store({
    http,
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: proxy.endpoint,
    log,
    multipartThreshold: 5 * MiB,
    partSize: 5 * MiB,
  });
}

/** The incomplete uploads as moto has them, read past the proxy. */
async function uploadsOf(prefix: string) {
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 1, clock: systemClock });
  clients.push(http);
  const s3 = createS3Caller({ http, bucket: BUCKET, region: 'us-east-1', endpoint: moto.endpoint, log: silentLog });
  return listUploads(s3, prefix);
}

/** Starts a multipart upload nobody finishes, as a killed run leaves it. */
async function startUpload(key: string): Promise<string> {
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 1, clock: systemClock });
  clients.push(http);
  const s3 = createS3Caller({ http, bucket: BUCKET, region: 'us-east-1', endpoint: moto.endpoint, log: silentLog });
  const created = await s3.call({ action: 'CreateMultipartUpload', method: 'POST', key, query: { uploads: '' } });
  return /<UploadId>([^<]+)<\/UploadId>/.exec(created.body.toString())?.[1] ?? '';
}

const isCreate = (method: string, url: string, key: string) =>
  method === 'POST' && url.startsWith(`/${BUCKET}/${key}?uploads`);
const isComplete = (method: string, url: string, key: string) =>
  method === 'POST' && url.startsWith(`/${BUCKET}/${key}?uploadId=`);

test('a part that fails for good: the upload is aborted, nothing is left', async () => {
  refuse = (method, url) => (method === 'PUT' && url.includes('partNumber=2') ? 'AccessDenied' : undefined);
  await expect(store().uploadFile('failed/big.bin', file, PLAIN)).rejects.toThrow(
    /UploadPart on s3:\/\/uploads\/failed\/big\.bin failed with AccessDenied/,
  );
  expect(await uploadsOf('failed/')).toEqual([]);
});

test('a lost CreateMultipartUpload answer: the upload it started is found and aborted', async () => {
  let lost = 0;
  inject = (method, url) =>
    isCreate(method, url, 'lost-create/big.bin') && lost++ === 0 ? 'lost-response' : undefined;
  const log = collectingLog();
  const etag = await store(log).uploadFile('lost-create/big.bin', file, PLAIN);
  expect(lost).toBe(2);
  expect(etag).toMatch(/^[0-9a-f]{32}-3$/);
  expect(await uploadsOf('lost-create/')).toEqual([]);
  expect(
    log.lines.filter((line) => line.includes('aborted the incomplete multipart upload of lost-create/big.bin')),
  ).toHaveLength(1);
  expect(
    log.lines.some((line) =>
      line.startsWith('info: S3 CreateMultipartUpload lost-create/big.bin: ECONNRESET, retry 1 of 9'),
    ),
  ).toBe(true);
});

test('a lost CompleteMultipartUpload answer: the object is recognised as ours by its MD5', async () => {
  let lost = 0;
  inject = (method, url) =>
    isComplete(method, url, 'lost-complete/big.bin') && lost++ === 0 ? 'lost-response' : undefined;
  const s3 = store();
  const etag = await s3.uploadFile('lost-complete/big.bin', file, PLAIN);
  expect(lost).toBe(2);
  expect(await s3.list('lost-complete/')).toEqual([
    expect.objectContaining({ key: 'lost-complete/big.bin', etag, size: file.size }),
  ]);
  expect(await uploadsOf('lost-complete/')).toEqual([]);
});

test('abortStaleUploads aborts only old uploads of the keys given, under the prefix, and logs each', async () => {
  const stale = await startUpload('site/big.bin');
  await startUpload('site/not-ours.bin');
  await startUpload('other/big.bin');
  const initiated = (await uploadsOf('site/big.bin'))[0]?.initiated ?? NaN;
  expect(Number.isFinite(initiated)).toBe(true);
  // moto stamps every upload with one fixed Initiated time, so "now" is set ten minutes after it.
  const tenMinutesLater: Clock = {
    now: () => initiated + 10 * 60_000,
    sleep: (ms, signal) => systemClock.sleep(ms, signal),
  };
  const log = collectingLog();
  const s3 = store(log, tenMinutesLater);

  const big = { key: 'site/big.bin', size: 17 * MiB };
  expect(await s3.abortStaleUploads('site/', 60 * 60_000, [big])).toBe(0); // younger than an hour
  // A file below the multipart threshold was never uploaded in parts: not even a request for it.
  expect(await s3.abortStaleUploads('site/', 5 * 60_000, [{ ...big, size: 1024 }])).toBe(0);
  expect(await s3.abortStaleUploads('site/', 5 * 60_000, [big, { key: 'site/index.html', size: 9 }])).toBe(1);

  expect((await uploadsOf('site/')).map((u) => u.key)).toEqual(['site/not-ours.bin']);
  expect((await uploadsOf('other/')).map((u) => u.key)).toEqual(['other/big.bin']);
  expect(log.lines).toEqual([
    expect.stringMatching(
      new RegExp(
        `^info: S3: aborted the incomplete multipart upload of site/big\\.bin left by an earlier run \\(started .*, upload id ${stale}\\)$`,
      ),
    ),
  ]);
});

test('abortStaleUploads without the permission to list uploads warns and carries on', async () => {
  refuse = (method, url) => (method === 'GET' && url.includes('uploads') ? 'AccessDenied' : undefined);
  const log = collectingLog();
  expect(await store(log).abortStaleUploads('site/', 0, [{ key: 'site/big.bin', size: 17 * MiB }])).toBe(0);
  expect(log.lines).toEqual([
    expect.stringMatching(/^warning: S3: could not clean up .*s3:ListBucketMultipartUploads/),
  ]);
});
