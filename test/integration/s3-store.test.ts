/**
 * The S3 adapter against two independent local S3 implementations, checking the bucket's real
 * state (stored bytes, headers) rather than our own answers.
 */

import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { encodeKeyPath } from '../../src/aws/encode.js';
import { AwsError } from '../../src/aws/errors.js';
import { type AwsResponse, createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import { compareKeys, listSplitPoints } from '../../src/core/keys.js';
import type { LocalFile, ObjectHeaders } from '../../src/core/types.js';
import { systemClock } from '../../src/ports.js';
import { collectingLog } from '../support/logs.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { NASTY_NAMES } from '../support/nasty-keys.js';

const BUCKET = 'deploy-test';
const NASTY_BUCKET = 'nasty-keys';
const MiB = 1024 * 1024;
const NASTY_KEYS = NASTY_NAMES;
const PLAIN: ObjectHeaders = { contentType: 'text/plain', metadata: {} };

const md5Hex = (data: Buffer | string) => createHash('md5').update(data).digest('hex');

async function inBatches<T>(items: readonly T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe.each([
  ['s3rver', (buckets: string[]) => startS3rver({ buckets })],
  ['moto_server', (buckets: string[]) => startMoto({ buckets })],
])('S3 store against %s', (serverName, start) => {
  let server: LocalServer;
  let store: S3Store;
  let workDir: string;
  const clients: HttpClient[] = [];

  const storeFor = (bucket: string, concurrency = 8) => {
    const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency, clock: systemClock });
    clients.push(http);
    return createS3Store({ http, bucket, region: 'us-east-1', endpoint: server.endpoint });
  };

  /** A raw signed request, to look at what the server stored without going through the store. */
  async function raw(method: string, bucket: string, key: string): Promise<AwsResponse> {
    const url = new URL(server.endpoint);
    const client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 1, clock: systemClock });
    try {
      return await client.send({
        service: 's3',
        region: 'us-east-1',
        endpoint: { protocol: 'http:', hostname: url.hostname, port: Number(url.port) },
        method,
        path: `/${bucket}/${encodeKeyPath(key)}`,
      });
    } finally {
      client.close();
    }
  }

  async function writeLocal(rel: string, content: Buffer): Promise<LocalFile> {
    const absPath = join(workDir, rel);
    await writeFile(absPath, content);
    return { rel, absPath, size: content.length, md5: md5Hex(content) };
  }

  beforeAll(async () => {
    server = await start([BUCKET, NASTY_BUCKET]);
    store = storeFor(BUCKET);
    workDir = await mkdtemp(join(tmpdir(), 's3-store-test-'));
  }, 60_000);

  afterAll(async () => {
    for (const http of clients) http.close();
    await server?.stop();
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
  });

  test('every nasty key round-trips exactly through put, list, get and delete', async () => {
    const nasty = storeFor(NASTY_BUCKET);
    for (const key of NASTY_KEYS) {
      const etag = await nasty.putObject(key, Buffer.from(`body of ${key}`), PLAIN);
      expect(etag).toBe(md5Hex(`body of ${key}`));
    }
    const listed = await nasty.list('');
    expect(listed.map((o) => o.key).sort()).toEqual([...NASTY_KEYS].sort());
    for (const object of listed) {
      expect(object.etag).toBe(md5Hex(`body of ${object.key}`));
      expect(object.size).toBe(Buffer.byteLength(`body of ${object.key}`));
    }
    for (const key of NASTY_KEYS) expect((await nasty.getObject(key))?.toString()).toBe(`body of ${key}`);
    expect((await nasty.list('dir/')).map((o) => o.key)).toEqual(['dir/007']);

    await nasty.deleteObjects(NASTY_KEYS);
    expect(await nasty.list('')).toEqual([]);
  });

  test('putObject stores the bytes, Content-Type, Cache-Control and metadata', async () => {
    const body = randomBytes(3000);
    const headers: ObjectHeaders = {
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=60',
      metadata: { md5: md5Hex(body), 'source-file': 'index.html' },
    };
    const etag = await store.putObject('headers/index.html', body, headers);
    expect(etag).toBe(md5Hex(body));
    const stored = await raw('GET', BUCKET, 'headers/index.html');
    expect(stored.body.equals(body)).toBe(true);
    expect(stored.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(stored.headers['cache-control']).toBe('public, max-age=60');
    expect(stored.headers['x-amz-meta-md5']).toBe(md5Hex(body));
    expect(stored.headers['x-amz-meta-source-file']).toBe('index.html');
  });

  test('uploadFile below the threshold is one PUT with the file bytes and headers', async () => {
    const content = randomBytes(100_000);
    const file = await writeLocal('small.bin', content);
    let reported = 0;
    const etag = await store.uploadFile(
      'files/small.bin',
      file,
      { contentType: 'application/octet-stream', cacheControl: 'no-cache', metadata: {} },
      (n) => {
        reported += n;
      },
    );
    expect(etag).toBe(file.md5);
    expect(reported).toBe(content.length);
    const stored = await raw('GET', BUCKET, 'files/small.bin');
    expect(stored.body.equals(content)).toBe(true);
    expect(stored.headers['cache-control']).toBe('no-cache');
  });

  test('uploadFile of an empty file', async () => {
    const file = await writeLocal('empty.txt', Buffer.alloc(0));
    expect(await store.uploadFile('files/empty.txt', file, PLAIN)).toBe(md5Hex(''));
    expect((await store.getObject('files/empty.txt'))?.length).toBe(0);
  });

  test('getObject of a missing key is undefined', async () => {
    expect(await store.getObject('no/such/key.html')).toBeUndefined();
  });

  test('listing 1500 keys returns every key across pages; deleteObjects removes all 1500', async () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `many/${(i * 7919) % 10007}-${i % 3 === 0 ? 'x y' : 'z+'}.txt`);
    await inBatches(keys, 32, (key) => store.putObject(key, Buffer.from(key), PLAIN));
    await store.putObject('many-not/outside.txt', Buffer.from('x'), PLAIN);

    const listed = await store.list('many/');
    expect(listed).toHaveLength(1500);
    expect(new Set(listed.map((o) => o.key))).toEqual(new Set(keys));

    // Ranges listed in parallel give the same set, whether the cuts exist, fall between keys, repeat,
    // or lie outside the prefix.
    const sorted = [...keys].sort(compareKeys);
    const cutSets = [
      listSplitPoints(sorted),
      [sorted[0]!, sorted[700]!, sorted[1499]!],
      ['many/5', 'many/5', 'many/99999', 'many/0', 'other/x', 'many/日本'],
    ];
    for (const cuts of cutSets) {
      const ranged = await store.list('many/', cuts);
      expect(ranged.map((o) => o.key).sort(compareKeys)).toEqual(sorted);
      // Cuts that arrive after the first page: the first range has gone on and must stop at its cut.
      const late = new Promise<string[]>((resolve) => setTimeout(() => resolve(cuts), 300));
      const rangedLate = await store.list('many/', late);
      expect(rangedLate.map((o) => o.key).sort(compareKeys)).toEqual(sorted);
    }

    await store.deleteObjects(keys);
    expect(await store.list('many/')).toEqual([]);
    expect((await store.list('many-not/')).map((o) => o.key)).toEqual(['many-not/outside.txt']);
  }, 120_000);

  test('a 100 MiB file goes up as multipart, streamed from disk with flat memory', async () => {
    const size = 100 * MiB;
    const path = join(workDir, 'big.bin');
    // Each MiB differs (its index is stamped in), so a misplaced part would be detected.
    const block = randomBytes(MiB);
    const hash = createHash('md5');
    const handle = await open(path, 'w');
    for (let i = 0; i < size / MiB; i++) {
      block.writeUInt32BE(i, 0);
      hash.update(block);
      await handle.write(block);
    }
    await handle.close();
    const file: LocalFile = { rel: 'big.bin', absPath: path, size, md5: hash.digest('hex') };

    // Warm up code paths (a small multipart upload) before measuring.
    const warm = await writeLocal('warm.bin', randomBytes(17 * MiB));
    await store.uploadFile('big/warm.bin', warm, PLAIN);

    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    let reported = 0;
    let etag: string;
    try {
      etag = await store.uploadFile(
        'big/big.bin',
        file,
        { contentType: 'application/octet-stream', metadata: {} },
        (n) => {
          reported += n;
        },
      );
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(64 * MiB);
    expect(reported).toBe(size);

    const listed = await store.list('big/big.bin');
    expect(listed).toEqual([expect.objectContaining({ key: 'big/big.bin', size, etag })]);
    const stored = await raw('GET', BUCKET, 'big/big.bin');
    expect(stored.body.length).toBe(size);
    expect(md5Hex(stored.body)).toBe(file.md5);
    expect(stored.headers['x-amz-meta-md5']).toBe(file.md5);
    if (serverName === 'moto_server') expect(etag).toMatch(/^[0-9a-f]{32}-13$/);
  }, 180_000);

  test('a missing bucket gives a NoSuchBucket error that names the bucket', async () => {
    const missing = storeFor('no-such-bucket-here');
    const listing = missing.list('');
    await expect(listing).rejects.toBeInstanceOf(AwsError);
    await expect(listing).rejects.toMatchObject({ code: 'NoSuchBucket', bucket: 'no-such-bucket-here' });
    await expect(listing).rejects.toThrow(/bucket "no-such-bucket-here" does not exist/);
    await expect(missing.putObject('a.txt', Buffer.from('a'), PLAIN)).rejects.toThrow(
      /PutObject on s3:\/\/no-such-bucket-here\/a\.txt failed with NoSuchBucket/,
    );
  });
});

describe('following a bucket to its region (local stub that answers like S3)', () => {
  let server: http.Server;
  const scopes: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization))?.[1] ?? '';
      scopes.push(scope);
      req.resume();
      if (scope !== 'eu-central-1') {
        res.writeHead(301, { 'content-type': 'application/xml', 'x-amz-bucket-region': 'eu-central-1' });
        res.end(
          '<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message></Error>',
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(
        '<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>007</Key><ETag>"ABC"</ETag><Size>3</Size></Contents></ListBucketResult>',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('a PermanentRedirect naming another region is followed once and logged', async () => {
    const log = collectingLog();
    const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 2, clock: systemClock });
    const store = createS3Store({
      http,
      bucket: 'elsewhere',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      log,
    });
    const listed = await store.list('');
    http.close();
    expect(listed).toEqual([{ key: '007', etag: 'abc', size: 3 }]);
    expect(scopes).toEqual(['us-east-1', 'eu-central-1']);
    expect(store.region).toBe('eu-central-1');
    expect(log.lines.join('\n')).toMatch(/"elsewhere" is in region eu-central-1/);
  });
});
