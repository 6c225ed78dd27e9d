/**
 * The ObjectStore contract, seen only through the port, held by every implementation: the S3
 * store against s3rver and moto_server, and the in-memory store that deploy()'s tests use. A case
 * that the memory store passes and S3 fails (or the reverse) means the fake lies.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3rver } from '../../playground/local-s3.js';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3StoreConfig } from '../../src/aws/s3.js';
import { createS3Caller } from '../../src/aws/s3-call.js';
import type { LocalFile, ObjectHeaders } from '../../src/core/types.js';
import { type ObjectStore, silentLog, systemClock } from '../../src/ports.js';
import { MemoryStore } from '../support/memory-store.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { NASTY_NAMES } from '../support/nasty-keys.js';

const BUCKET = 'contract';
const MiB = 1024 * 1024;
const PLAIN: ObjectHeaders = { contentType: 'text/plain', metadata: {} };
const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

interface Subject {
  readonly store: ObjectStore;
  /** The stored object's Content-Type, Cache-Control and x-amz-meta-* headers, as the server answers a HEAD. */
  headers(key: string): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

function memorySubject(): Subject {
  const store = new MemoryStore();
  return {
    store,
    headers: async (key) => {
      const { headers } = store.objects.get(key) ?? { headers: PLAIN };
      const meta = Object.entries(headers.metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]);
      return {
        'content-type': headers.contentType,
        ...(headers.cacheControl !== undefined && { 'cache-control': headers.cacheControl }),
        ...Object.fromEntries(meta),
      };
    },
    stop: async () => undefined,
  };
}

async function s3Subject(
  start: (options: { buckets: string[] }) => Promise<{ endpoint: string; stop(): Promise<void> }>,
  storeConfig: Partial<S3StoreConfig> = {},
): Promise<Subject> {
  const server = await start({ buckets: [BUCKET] });
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 8, clock: systemClock });
  const where = { http, bucket: BUCKET, region: 'us-east-1', endpoint: server.endpoint };
  const store = createS3Store({ ...where, ...storeConfig });
  const s3 = createS3Caller({ ...where, log: silentLog });
  return {
    store,
    headers: async (key) => {
      const head = await s3.call({ action: 'HeadObject', method: 'HEAD', key });
      const kept = Object.entries(head.headers).filter(
        ([name]) => name === 'content-type' || name === 'cache-control' || name.startsWith('x-amz-meta-'),
      );
      return Object.fromEntries(kept.map(([name, value]) => [name, String(value)]));
    },
    stop: async () => {
      http.close();
      await server.stop();
    },
  };
}

describe.each([
  ['memory', async (): Promise<Subject> => memorySubject()],
  ['S3 on s3rver', () => s3Subject(startS3rver)],
  ['S3 on moto_server', () => s3Subject(startMoto)],
])('the ObjectStore contract: %s', (_name, make) => {
  let subject: Subject;
  let dir: string;
  const store = () => subject.store;

  async function localFile(rel: string, content: string): Promise<LocalFile> {
    const absPath = join(dir, rel.replace(/\//g, '_'));
    await writeFile(absPath, content);
    return { rel, absPath, size: Buffer.byteLength(content), md5: md5(content) };
  }

  beforeAll(async () => {
    subject = await make();
    dir = await mkdtemp(join(tmpdir(), 'store-contract-'));
  }, 60_000);
  afterAll(async () => {
    await subject?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('a put object is listed with its MD5 as ETag and its size, and reads back byte for byte', async () => {
    const etag = await store().putObject('a/put.txt', Buffer.from('hello'), PLAIN);
    expect(etag).toBe(md5('hello'));
    expect(await store().list('a/')).toMatchObject([{ key: 'a/put.txt', etag: md5('hello'), size: 5 }]);
    expect((await store().getObject('a/put.txt'))?.toString()).toBe('hello');
  });

  test('an uploaded file returns and lists the ETag of its content', async () => {
    const file = await localFile('b/file.txt', 'from disk');
    expect(await store().uploadFile('b/file.txt', file, PLAIN)).toBe(file.md5);
    expect(await store().list('b/')).toMatchObject([{ key: 'b/file.txt', etag: file.md5, size: file.size }]);
  });

  test('a missing object reads as undefined', async () => {
    expect(await store().getObject('nothing/here')).toBeUndefined();
  });

  test('list keeps to its prefix, and split points change nothing but the requests', async () => {
    const keys = ['c/1', 'c/2/x', 'c/3', 'cc/4'];
    for (const key of keys) await store().putObject(key, Buffer.from(key), PLAIN);
    const plain = (await store().list('c/')).map((o) => o.key).sort();
    expect(plain).toEqual(['c/1', 'c/2/x', 'c/3']);
    expect((await store().list('c/', ['c/1', 'c/2/x'])).map((o) => o.key).sort()).toEqual(plain);
  });

  test('deleteObjects removes exactly the keys given, and a missing key is no error', async () => {
    for (const key of ['d/keep', 'd/go1', 'd/go2']) await store().putObject(key, Buffer.from(key), PLAIN);
    await store().deleteObjects(['d/go1', 'd/go2', 'd/never-was']);
    expect((await store().list('d/')).map((o) => o.key)).toEqual(['d/keep']);
  });

  test('copyObject copies the bytes inside the store with the headers given, not those of the source', async () => {
    const body = 'body { color: red }';
    await store().putObject('c/src.txt', Buffer.from(body), { ...PLAIN, metadata: { old: '1' } });
    const headers: ObjectHeaders = { contentType: 'text/css', cacheControl: 'max-age=60', metadata: { fresh: '2' } };
    const source = { key: 'c/src.txt', size: body.length, md5: md5(body) };
    expect(await store().copyObject(source, 'c/dir/copy.css', headers)).toBe(md5(body));
    expect((await store().getObject('c/dir/copy.css'))?.toString()).toBe(body);
    expect(await store().list('c/dir/')).toMatchObject([{ key: 'c/dir/copy.css', etag: md5(body), size: body.length }]);
    expect(await subject.headers('c/dir/copy.css')).toEqual({
      'content-type': 'text/css',
      'cache-control': 'max-age=60',
      'x-amz-meta-fresh': '2',
    });
    expect(await subject.headers('c/src.txt')).toMatchObject({ 'content-type': 'text/plain', 'x-amz-meta-old': '1' });
  });

  test('copyObject of a missing source fails and writes nothing', async () => {
    const source = { key: 'c/absent.txt', size: 1, md5: md5('x') };
    await expect(store().copyObject(source, 'c/never.txt', PLAIN)).rejects.toThrow();
    expect(await store().getObject('c/never.txt')).toBeUndefined();
  });

  test('every nasty key round-trips through put, list, get and delete', async () => {
    const keys = NASTY_NAMES.map((name) => `n/${name}`);
    for (const key of keys) await store().putObject(key, Buffer.from(key), PLAIN);
    expect((await store().list('n/')).map((o) => o.key).sort()).toEqual([...keys].sort());
    for (const key of keys) expect((await store().getObject(key))?.toString()).toBe(key);
    await store().deleteObjects(keys);
    expect(await store().list('n/')).toEqual([]);
  });
});

// A copy above the threshold goes as UploadPartCopy parts; s3rver has no UploadPartCopy.
describe.each([
  ['memory', async (): Promise<Subject> => memorySubject()],
  ['S3 on moto_server', () => s3Subject(startMoto, { copyThreshold: 5 * MiB, copyPartSize: 5 * MiB })],
])('the ObjectStore contract, a copy above the copy threshold: %s', (name, make) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await make();
  }, 60_000);
  afterAll(() => subject?.stop());

  test('copies every byte, in parts, with the headers given', async () => {
    const body = Buffer.alloc(11 * MiB, 7);
    body.write('head', 0);
    body.write('tail', body.length - 4);
    await subject.store.putObject('big/src.bin', body, PLAIN);
    const headers: ObjectHeaders = { contentType: 'application/octet-stream', metadata: { kind: 'big' } };
    const etag = await subject.store.copyObject(
      { key: 'big/src.bin', size: body.length, md5: md5(body) },
      'big/copy.bin',
      headers,
    );
    // S3 names a multipart object by its parts: 11 MiB in 5 MiB parts is 3.
    expect(etag).toMatch(name === 'memory' ? /^[0-9a-f]{32}$/ : /^[0-9a-f]{32}-3$/);
    expect((await subject.store.getObject('big/copy.bin'))?.equals(body)).toBe(true);
    expect(await subject.store.list('big/copy')).toMatchObject([{ key: 'big/copy.bin', etag, size: body.length }]);
    expect(await subject.headers('big/copy.bin')).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-amz-meta-kind': 'big',
    });
  });
});

// s3rver ignores If-None-Match and If-Match on PutObject (it has no conditional writes): not a subject here.
describe.each([
  ['memory', async (): Promise<Subject> => memorySubject()],
  ['S3 on moto_server', () => s3Subject(startMoto)],
])('the ObjectStore contract, conditional writes: %s', (_name, make) => {
  let subject: Subject;
  const store = () => subject.store;
  beforeAll(async () => {
    subject = await make();
  }, 60_000);
  afterAll(() => subject?.stop());

  async function failure(write: Promise<unknown>): Promise<unknown> {
    return write.then(
      () => 'written',
      (error: unknown) => error,
    );
  }

  test('ifNoneMatch * creates a key once; the second create fails as a condition, the first stays', async () => {
    await store().putObject('lock', Buffer.from('first'), PLAIN, { ifNoneMatch: '*' });
    const error = await failure(store().putObject('lock', Buffer.from('second'), PLAIN, { ifNoneMatch: '*' }));
    expect(store().isConditionFailed(error)).toBe(true);
    expect(await store().readObject('lock')).toEqual({ body: Buffer.from('first'), etag: md5('first') });
  });

  test('ifMatch writes over the ETag that was read, and fails once someone else wrote in between', async () => {
    await store().putObject('record', Buffer.from('v1'), PLAIN);
    const read = await store().readObject('record');
    expect(read?.etag).toBe(md5('v1'));
    await store().putObject('record', Buffer.from('v2'), PLAIN, { ifMatch: read?.etag ?? '' });
    const stale = await failure(store().putObject('record', Buffer.from('v3'), PLAIN, { ifMatch: read?.etag ?? '' }));
    expect(store().isConditionFailed(stale)).toBe(true);
    expect((await store().getObject('record'))?.toString()).toBe('v2');
  });

  test('an unconditional error is not a failed condition', async () => {
    expect(store().isConditionFailed(new Error('ECONNRESET'))).toBe(false);
    expect(await store().readObject('absent')).toBeUndefined();
  });
});

test('S3: a 501 NotImplemented to a conditional write is a missing feature, not a failed condition', () => {
  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 1, clock: systemClock });
  try {
    const store = createS3Store({ http, bucket: BUCKET, region: 'us-east-1', endpoint: 'http://127.0.0.1:9' });
    const notImplemented = new AwsError('PutObject failed', { code: 'NotImplemented', status: 501 });
    expect(store.isConditionUnsupported(notImplemented)).toBe(true);
    expect(store.isConditionFailed(notImplemented)).toBe(false);
    const failed = new AwsError('PutObject failed', { code: 'PreconditionFailed', status: 412 });
    expect(store.isConditionUnsupported(failed)).toBe(false);
    expect(store.isConditionFailed(failed)).toBe(true);
  } finally {
    http.close();
  }
});
