/**
 * The releases command's flow against the in-memory store (contract-tested) and the KeyValueStore
 * stand-in through our real client: manifests dated, folders sized, the pointers marked, nothing written.
 */
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import { encodeManifest } from '../../src/core/manifest.js';
import { releaseManifestKey } from '../../src/core/release-layout.js';
import { listReleases } from '../../src/flows/release-list.js';
import { systemClock } from '../../src/ports.js';
import { MemoryStore } from '../support/memory-store.js';

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/1a2b3c4d-0000-4000-8000-00000000a1b2';
const CREDS = { accessKeyId: 'AKIARELEASELIST00001', secretAccessKey: 'release/list+secret/0000000000000000001' };

let standin: KvsStandin;
let http: HttpClient;
beforeAll(async () => {
  standin = await startKvsStandin({
    stores: { [ARN]: { 'blog:live': 'b', 'blog:previous': 'a', 'site:live': 'other' } },
    credentials: [CREDS],
  });
  http = createHttpClient({ credentials: CREDS, concurrency: 4, clock: systemClock });
});
afterAll(async () => {
  http?.close();
  await standin?.stop();
});

test('every release under the prefix, newest first, sized, dated by its manifest, live and previous marked', async () => {
  const store = new MemoryStore();
  const put = (key: string, body: string | Buffer) =>
    store.putObject(key, Buffer.from(body), { contentType: 'text/html', metadata: {} });
  await put('blog/releases/a/index.html', '<p>a</p>');
  await put(releaseManifestKey('blog/', 'a'), encodeManifest(new Map(), { releasedAt: '2026-03-01T08:00:00.000Z' }));
  await put('blog/releases/b/index.html', '<p>bb</p>');
  await put('blog/releases/b/app.js', 'x');
  await put(releaseManifestKey('blog/', 'b'), encodeManifest(new Map(), { releasedAt: '2026-03-02T08:00:00.000Z' }));
  await put(releaseManifestKey('blog/', 'old'), encodeManifest(new Map()));
  await put('blog/releases/half/index.html', '<p>half</p>');
  await put('blog/index.html', 'not a release');
  await put('elsewhere/releases/z/index.html', 'another site');
  const writes = store.writes.length;

  const kvs = createKeyValueStoreClient({ http, storeArn: ARN, endpoint: standin.endpoint });
  const listing = await listReleases({ prefix: 'blog/', name: 'blog' }, { store, kvs });
  expect(listing).toEqual({
    live: 'b',
    previous: 'a',
    releases: [
      {
        id: 'b',
        releasedAt: '2026-03-02T08:00:00.000Z',
        complete: true,
        files: 2,
        bytes: 10,
        live: true,
        previous: false,
      },
      {
        id: 'a',
        releasedAt: '2026-03-01T08:00:00.000Z',
        complete: true,
        files: 1,
        bytes: 8,
        live: false,
        previous: true,
      },
      { id: 'old', complete: true, files: 0, bytes: 0, live: false, previous: false },
      { id: 'half', complete: false, files: 1, bytes: 11, live: false, previous: false },
    ],
  });
  expect(store.writes).toHaveLength(writes);
  expect(await listReleases({ prefix: 'none/', name: 'nobody' }, { store, kvs })).toEqual({ releases: [] });
});
