/**
 * Release mode end to end through runSite: S3 on moto_server (it honours If-None-Match), the
 * KeyValueStore stand-in (SigV4A checked) through our real clients, the example site from disk.
 * Each test uses its own prefix and release name, so they share one bucket and one store.
 */
import { createHash } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import { createS3Store } from '../../src/aws/s3.js';
import { decodeManifest, encodeManifest } from '../../src/core/manifest.js';
import { releaseManifestKey } from '../../src/core/release-layout.js';
import type { ReleaseOutcome } from '../../src/core/release-wording.js';
import { parseGlobRules } from '../../src/core/rules.js';
import { RECORD_HEADERS } from '../../src/core/types.js';
import { type ReleaseRequest, type RunDeps, runSite } from '../../src/flows/run.js';
import { createLocalSource } from '../../src/local/scan.js';
import { type KeyValueStore, type ObjectStore, silentLog, systemClock } from '../../src/ports.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { copySite, listFiles, removeSites } from '../support/site.js';

const BUCKET = 'releases';
const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

let moto: { endpoint: string; stop(): Promise<void> };
let kvsStandin: KvsStandin;
let http: HttpClient;
let store: ObjectStore;
let kvs: KeyValueStore;
let refusals: string[];

beforeAll(async () => {
  [moto, kvsStandin] = await Promise.all([
    startMoto({ buckets: [BUCKET] }),
    startKvsStandin({ stores: { [ARN]: {} }, credentials: [TEST_CREDENTIALS] }),
  ]);
  http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 8, clock: systemClock });
  store = createS3Store({ http, bucket: BUCKET, region: 'us-east-1', endpoint: moto.endpoint });
  kvs = createKeyValueStoreClient({ http, storeArn: ARN, endpoint: kvsStandin.endpoint });
}, 60_000);
afterAll(async () => {
  http?.close();
  await Promise.all([moto?.stop(), kvsStandin?.stop()]);
  await removeSites();
});
beforeEach(() => {
  refusals = [];
});

const items = (): Record<string, string> => kvsStandin.state.snapshot().stores[ARN]?.items ?? {};

function release(name: string, id: string, extra: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return { storeArn: ARN, name, bucket: BUCKET, prefix: `${name}/`, id, keep: 0, ...extra };
}

async function run(
  sourceDir: string | undefined,
  releaseRequest: ReleaseRequest,
  deps: Partial<RunDeps> = {},
): Promise<ReleaseOutcome> {
  const deploy = sourceDir && {
    sourceDir,
    bucket: BUCKET,
    include: ['**', '.well-known/**', '.env.example'],
    exclude: [],
    prefix: releaseRequest.prefix,
    headerRules: { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} },
    deleteRemoved: false,
    maxDeletes: -1,
  };
  const outcome = await runSite(
    { ...(deploy && { deploy }), release: releaseRequest, dryRun: false, concurrency: 4 },
    {
      store,
      kvs,
      source: createLocalSource(),
      clock: systemClock,
      log: silentLog,
      report: { site: () => undefined, invalidations: () => undefined, refused: (reason) => refusals.push(reason) },
      ...deps,
    },
  );
  return outcome.release!;
}

async function keysUnder(prefix: string): Promise<string[]> {
  return (await store.list(prefix)).map((object) => object.key).sort();
}

test('a second release copies the unchanged files, uploads the changed one, and switches live and previous', async () => {
  const site = await copySite();
  const files = await listFiles(site);
  const first = await run(site, release('two', 'r1'));
  expect(first).toMatchObject({ releaseId: 'r1', uploaded: files.size, copied: 0 });
  expect(first.previousReleaseId).toBeUndefined();
  expect(items()).toMatchObject({ 'two:live': 'r1' });
  expect(items()['two:previous']).toBeUndefined();

  await appendFile(join(site, 'assets/app.css'), '\n/* changed */\n');
  const second = await run(site, release('two', 'r2'));
  expect(second).toMatchObject({ releaseId: 'r2', previousReleaseId: 'r1', uploaded: 1, copied: files.size - 1 });
  expect(items()).toMatchObject({ 'two:live': 'r2', 'two:previous': 'r1' });

  // Every file is in the new release with the local bytes; the old release is untouched.
  const now = await listFiles(site);
  for (const [rel, md5] of now) {
    const body = await store.getObject(`two/releases/r2/${rel}`);
    expect({ rel, md5: body && createHash('md5').update(body).digest('hex') }).toEqual({ rel, md5 });
  }
  expect((await keysUnder('two/releases/r1/')).length).toBe(files.size + 1);
  const manifest = decodeManifest(await store.getObject(releaseManifestKey('two/', 'r2')));
  expect([...manifest.keys()].sort()).toEqual([...now.keys()].sort());
});

test('a release-id that exists is refused before any write; the store is left alone', async () => {
  const site = await copySite();
  await run(site, release('reuse', 'r1'));
  const before = await keysUnder('reuse/');
  const updates = kvsStandin.state.requests.UpdateKeys;
  await expect(run(site, release('reuse', 'r1'))).rejects.toThrow(/release-id r1 is taken: .* nothing was written/);
  expect(refusals).toEqual([expect.stringMatching(/release-id r1 is taken/)]);
  expect(await keysUnder('reuse/')).toEqual(before);
  expect(kvsStandin.state.requests.UpdateKeys).toBe(updates);
});

test('another release going live between the read and the switch: superseded, the store keeps it', async () => {
  const site = await copySite();
  await run(site, release('race', 'r1'));
  let raced = false;
  const racing: KeyValueStore = {
    ...kvs,
    name: kvs.name,
    get: (key) => kvs.get(key),
    version: () => kvs.version(),
    isConflict: (error) => kvs.isConflict(error),
    update: async (ifMatch, change) => {
      if (!raced) {
        raced = true;
        // Another deploy switches first, as the real store would see it.
        const { etag } = kvsStandin.state.describe(ARN);
        kvsStandin.state.update(ARN, etag, { puts: [{ Key: 'race:live', Value: 'other' }], deletes: [] });
      }
      return kvs.update(ifMatch, change);
    },
  };
  await expect(run(site, release('race', 'r2'), { kvs: racing })).rejects.toThrow(
    'release r2 is uploaded but not live: release other went live meanwhile',
  );
  expect(items()['race:live']).toBe('other');
  expect(await store.getObject(releaseManifestKey('race/', 'r2'))).toBeDefined();
});

test('rollback: previous switches back without writing to the bucket; an unknown id lists the releases', async () => {
  const site = await copySite();
  await run(site, release('back', 'r1'));
  await appendFile(join(site, 'index.html'), '<!-- r2 -->');
  await run(site, release('back', 'r2'));
  const before = await keysUnder('back/');

  const rolled = await run(undefined, release('back', 'unused', { rollback: 'previous' }));
  expect(rolled).toMatchObject({ flow: 'rollback', releaseId: 'r1', previousReleaseId: 'r2', uploaded: 0 });
  expect(items()).toMatchObject({ 'back:live': 'r1', 'back:previous': 'r2' });
  expect(await keysUnder('back/')).toEqual(before);

  const updates = kvsStandin.state.requests.UpdateKeys;
  await expect(run(undefined, release('back', 'unused', { rollback: 'r9' }))).rejects.toThrow(
    /release r9 does not exist .* The releases there: r1, r2\. Nothing was switched/,
  );
  expect(kvsStandin.state.requests.UpdateKeys).toBe(updates);
  expect(items()['back:live']).toBe('r1');
});

test('keep-releases prunes the oldest release after the switch, never the live or the previous one', async () => {
  const site = await copySite();
  for (const id of ['r1', 'r2']) await run(site, release('prune', id, { keep: 2 }));
  const third = await run(site, release('prune', 'r3', { keep: 2 }));
  expect(third.pruned).toEqual(['r1']);
  expect(await keysUnder('prune/releases/r1/')).toEqual([]);
  expect((await keysUnder('prune/releases/r2/')).length).toBeGreaterThan(0);
  expect((await keysUnder('prune/releases/r3/')).length).toBeGreaterThan(0);
  // Rolling back to the previous release still works: it was kept.
  expect(await run(undefined, release('prune', 'x', { rollback: 'previous' }))).toMatchObject({ releaseId: 'r2' });
});

test('rollback to a layered release: refused while its base manifest or its base key is missing, then done', async () => {
  const site = await copySite();
  await run(site, release('lay', 'b1'));
  await run(site, release('lay', 'b2'));
  const manifest = encodeManifest(new Map(), { releasedAt: new Date().toISOString(), base: 'b1', layerPaths: 0 });
  await store.putObject(releaseManifestKey('lay/', 'l3'), manifest, RECORD_HEADERS);

  await expect(run(undefined, release('lay', 'x', { rollback: 'l3' }))).rejects.toThrow(
    /release l3 is layered on b1, but its key lay:b:l3 in .* does not name b1 .*Nothing was switched/,
  );
  expect(items()['lay:live']).toBe('b2');

  await kvs.update(await kvs.version(), { puts: { 'lay:b:l3': 'b1' } });
  await store.deleteObjects([releaseManifestKey('lay/', 'b1')]);
  await expect(run(undefined, release('lay', 'x', { rollback: 'l3' }))).rejects.toThrow(
    /release l3 is layered on b1, but its base release b1 has no manifest in s3:\/\/releases\/lay\/releases\//,
  );
  expect(items()['lay:live']).toBe('b2');

  await store.putObject(releaseManifestKey('lay/', 'b1'), encodeManifest(new Map()), RECORD_HEADERS);
  expect(await run(undefined, release('lay', 'x', { rollback: 'l3' }))).toMatchObject({ releaseId: 'l3' });
  expect(items()['lay:live']).toBe('l3');
});
