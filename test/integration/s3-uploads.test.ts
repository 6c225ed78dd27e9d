/**
 * No multipart upload is left behind (issue 8 §4), against moto_server: a failed upload is
 * aborted, an upload a lost CreateMultipartUpload answer started is found and aborted, a lost
 * CompleteMultipartUpload answer is recognised, and abortStaleUploads cleans up after a killed run
 * without touching uploads of other keys, other prefixes, or younger than the age given.
 * A completed upload is never aborted: an answer without an ETag (Ceph RGW, issue 12) gets the one
 * computed from the parts, which moto's own is the oracle for.
 * DeleteObjects (quiet) reports every key S3 says it could not delete.
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
import { bucketState } from '../support/bucket-state.js';
import { type CollectingLog, collectingLog } from '../support/logs.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { type FaultKind, type ProxiedAnswer, type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';

const BUCKET = 'uploads';
const MiB = 1024 * 1024;
const PLAIN: ObjectHeaders = { contentType: 'application/octet-stream', metadata: {} };

let moto: LocalServer;
let proxy: S3Proxy;
let workDir: string;
let file: LocalFile;
let inject: (method: string, url: string) => FaultKind | undefined = () => undefined;
let refuse: (method: string, url: string) => string | undefined = () => undefined;
let rewrite: (method: string, url: string, answer: ProxiedAnswer) => ProxiedAnswer | undefined = () => undefined;
/** 'METHOD url' of every request the proxy did not refuse. */
let passed: string[] = [];
const clients: HttpClient[] = [];

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  proxy = await startS3Proxy(moto.endpoint, {
    inject: (m, u) => {
      passed.push(`${m} ${u}`);
      return inject(m, u);
    },
    refuse: (m, u) => refuse(m, u),
    rewrite: (m, u, answer) => rewrite(m, u, answer),
  });
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
  rewrite = () => undefined;
  passed = [];
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
const isAbort = (request: string) => request.startsWith('DELETE ') && request.includes('uploadId=');

/** The ETag moto lists for key, read by boto3. */
async function listedEtag(key: string): Promise<string | undefined> {
  return (await bucketState(moto.endpoint, BUCKET, key))[key]?.etag;
}

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

test.each([
  ['an empty ETag', 'empty-etag', (body: string) => body.replace(/<ETag>[^<]*<\/ETag>/, '<ETag></ETag>')],
  ['no ETag at all', 'no-etag', (body: string) => body.replace(/<ETag>[^<]*<\/ETag>/, '')],
])(
  'a CompleteMultipartUpload answer with %s (Ceph RGW) is a success: the ETag is computed from the parts, as moto lists it, and nothing is aborted',
  async (_name, prefix, blank) => {
    const key = `${prefix}/big.bin`;
    let blanked = 0;
    rewrite = (method, url, answer) => {
      if (!isComplete(method, url, key)) return undefined;
      blanked++;
      const { etag: _etag, ...headers } = answer.headers;
      return { ...answer, headers, body: Buffer.from(blank(answer.body.toString())) };
    };
    const etag = await store().uploadFile(key, file, PLAIN);
    expect(blanked).toBe(1);
    expect(etag).toMatch(/^[0-9a-f]{32}-3$/);
    expect(etag).toBe(await listedEtag(key));
    expect(passed.filter(isAbort)).toEqual([]);
  },
);

test('an <Error> in a 200 CompleteMultipartUpload answer is a failure, and retried', async () => {
  let injected = 0;
  inject = (method, url) =>
    isComplete(method, url, 'error-in-200/big.bin') && injected++ === 0 ? 'error-in-200' : undefined;
  const log = collectingLog();
  const etag = await store(log).uploadFile('error-in-200/big.bin', file, PLAIN);
  expect(injected).toBe(2);
  expect(etag).toBe(await listedEtag('error-in-200/big.bin'));
  expect(log.lines).toEqual([
    expect.stringMatching(
      /^info: S3 CompleteMultipartUpload error-in-200\/big\.bin: InternalError \(HTTP 200\), retry 1 of 9/,
    ),
  ]);
  expect(passed.filter(isAbort)).toEqual([]);
});

test('a CompleteMultipartUpload that fails for good: the error names it, and the upload is aborted', async () => {
  refuse = (method, url) => (isComplete(method, url, 'refused-complete/big.bin') ? 'AccessDenied' : undefined);
  await expect(store().uploadFile('refused-complete/big.bin', file, PLAIN)).rejects.toThrow(
    /^S3 CompleteMultipartUpload on s3:\/\/uploads\/refused-complete\/big\.bin failed with AccessDenied/,
  );
  expect(passed.filter(isAbort)).toHaveLength(1);
  expect(await uploadsOf('refused-complete/')).toEqual([]);
});

test('an abort that fails too is a warning naming AbortMultipartUpload', async () => {
  refuse = (method, url) =>
    isComplete(method, url, 'refused-abort/big.bin') || (method === 'DELETE' && url.includes('uploadId='))
      ? 'AccessDenied'
      : undefined;
  const log = collectingLog();
  await expect(store(log).uploadFile('refused-abort/big.bin', file, PLAIN)).rejects.toThrow(
    /^S3 CompleteMultipartUpload on s3:\/\/uploads\/refused-abort\/big\.bin failed with AccessDenied/,
  );
  expect(log.lines).toEqual([
    expect.stringMatching(
      /^warning: S3 AbortMultipartUpload of s3:\/\/uploads\/refused-abort\/big\.bin \(upload id .+\) failed too: S3 AbortMultipartUpload on s3:\/\/uploads\/refused-abort\/big\.bin failed with AccessDenied/,
    ),
  ]);
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

describe('deleteObjects', () => {
  const keys = ['gone/a.html', 'gone/b.css'];
  const isDelete = (method: string, url: string) => method === 'POST' && url.includes('?delete');

  test('deletes every key, reading a quiet answer', async () => {
    for (const key of keys) await store().putObject(key, Buffer.from(key), PLAIN);
    await store().deleteObjects(keys);
    expect(Object.keys(await bucketState(moto.endpoint, BUCKET, 'gone/'))).toEqual([]);
    expect(passed.filter((request) => isDelete(...(request.split(' ') as [string, string])))).toHaveLength(1);
  });

  test('a key S3 could not delete fails the call, named with its code, beside an answer listing deleted keys', async () => {
    for (const key of keys) await store().putObject(key, Buffer.from(key), PLAIN);
    rewrite = (method, url, answer) =>
      isDelete(method, url)
        ? {
            ...answer,
            body: Buffer.from(
              `<?xml version="1.0" encoding="UTF-8"?><DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
                `<Deleted><Key>gone/a.html</Key></Deleted>` +
                `<Error><Key>gone/b.css</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>` +
                `</DeleteResult>`,
            ),
          }
        : undefined;
    await expect(store().deleteObjects(keys)).rejects.toThrow(
      'S3 DeleteObjects on s3://uploads could not delete 1 of 2 keys: "gone/b.css" (AccessDenied: Access Denied)',
    );
  });
});
