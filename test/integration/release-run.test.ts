/**
 * Release mode through runSite with the in-memory store (contract-tested), the KeyValueStore and
 * CloudFront stand-ins through our real clients: what a dry run leaves alone, what delete-grace
 * carries forward, that a switch invalidates only the paths given explicitly, and that a distribution
 * not set up for releases stops the run before any write.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { createEdgeSetupClient } from '../../src/aws/cloudfront-setup.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import { decodeManifest } from '../../src/core/manifest.js';
import { releaseManifestKey } from '../../src/core/release-layout.js';
import { ReleaseSetupError } from '../../src/core/release-setup.js';
import { parseGlobRules } from '../../src/core/rules.js';
import { withViewerRequestFunction } from '../../src/core/viewer-request-association.js';
import { type CdnRequest, type ReleaseRequest, type RunOutcome, runSite } from '../../src/flows/run.js';
import { createLocalSource } from '../../src/local/scan.js';
import { silentLog, systemClock } from '../../src/ports.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'site';
const DIST = 'E1RELEASERUN001';
/** A distribution whose default cache behaviour has no viewer-request function: not set up. */
const BARE = 'E2RELEASEBARE01';
/** The store, created on the CloudFront stand-in's control plane; the KVS stand-in serves its keys. */
let ARN: string;
const CREDS = { accessKeyId: 'AKIARELEASERUN000001', secretAccessKey: 'release/run+secret/00000000000000000001' };
const HOUR = 3_600_000;

let kvsStandin: KvsStandin;
let cloudfront: CloudFrontStandin;
let http: HttpClient;

beforeAll(async () => {
  cloudfront = await startCloudFrontStandin({
    distributions: {
      [DIST]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` },
      [BARE]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` },
    },
    credentials: CREDS,
    completeAfterPolls: 0,
    deployDelayMs: 0,
  });
  http = createHttpClient({ credentials: CREDS, concurrency: 4, clock: systemClock });
  // DIST is set up as setup-releases does it: a store, a published function on it, associated.
  const edge = createEdgeSetupClient({ http, endpoint: cloudfront.endpoint });
  ARN = (await edge.createKeyValueStore('pointers', '')).arn;
  kvsStandin = await startKvsStandin({ stores: { [ARN]: {} }, credentials: [CREDS] });
  const created = await edge.createFunction({
    name: 'releases',
    comment: '',
    runtime: 'cloudfront-js-2.0',
    code: Buffer.from('function handler(e) { return e.request; }'),
    keyValueStoreArns: [ARN],
  });
  const live = await edge.publishFunction('releases', created.etag);
  const config = await edge.getDistributionConfig(DIST);
  await edge.updateDistributionConfig(DIST, withViewerRequestFunction(config.xml, live.arn), config.etag);
});
afterAll(async () => {
  http?.close();
  await Promise.all([kvsStandin?.stop(), cloudfront?.stop()]);
  await removeSites();
});

const pointers = () => kvsStandin.state.snapshot().stores[ARN]?.items ?? {};
const invalidations = () => cloudfront.state.snapshot().distributions[DIST]?.invalidations ?? [];

let runs = 0;
async function run(
  store: MemoryStore,
  sourceDir: string,
  release: Partial<ReleaseRequest> & { name: string; id: string },
  options: { dryRun?: boolean; graceMs?: number; now?: number; cdn?: Partial<CdnRequest> } = {},
): Promise<RunOutcome> {
  runs += 1;
  const cdn: CdnRequest | undefined = options.cdn && {
    distributionIds: [DIST],
    explicitPaths: [],
    wait: false,
    waitTimeoutMs: 10_000,
    indexDocument: 'index.html',
    run: { runId: `release${runs}`, runAttempt: '1' },
    ...options.cdn,
  };
  return runSite(
    {
      deploy: {
        bucket: BUCKET,
        sourceDir,
        include: ['**'],
        exclude: [],
        prefix: '',
        headerRules: { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} },
        deleteRemoved: false,
        maxDeletes: -1,
        deleteGraceMs: options.graceMs ?? 0,
      },
      release: { storeArn: ARN, bucket: BUCKET, prefix: '', keep: 0, ...release },
      ...(cdn && { cdn }),
      dryRun: options.dryRun ?? false,
      concurrency: 4,
    },
    {
      store,
      kvs: createKeyValueStoreClient({ http, storeArn: ARN, endpoint: kvsStandin.endpoint }),
      cdn: createCloudFrontClient({ http, endpoint: cloudfront.endpoint }),
      source: createLocalSource(),
      clock: { now: () => options.now ?? systemClock.now(), sleep: systemClock.sleep },
      log: silentLog,
      report: { site: () => undefined, invalidations: () => undefined },
    },
  );
}

test('a dry run plans the release and writes nothing, to the bucket or the store', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site, { name: 'dry', id: 'r1' });
  const writes = store.writes.length;
  const updates = kvsStandin.state.requests.UpdateKeys;
  const outcome = await run(store, site, { name: 'dry', id: 'r2' }, { dryRun: true });
  expect(outcome.release).toMatchObject({ dryRun: true, releaseId: 'r2', previousReleaseId: 'r1', uploaded: 0 });
  expect(outcome.release?.copied).toBeGreaterThan(0);
  expect(store.writes.length).toBe(writes);
  expect(kvsStandin.state.requests.UpdateKeys).toBe(updates);
  expect(pointers()['dry:live']).toBe('r1');
});

test('a removed chunk inside delete-grace is copied forward into the new release; a removed page is not', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  const start = Date.parse('2026-12-01T00:00:00Z');
  await run(store, site, { name: 'grace', id: 'r1' }, { graceMs: 2 * HOUR, now: start });
  await rm(join(site, 'assets/app.js'));
  await rm(join(site, '404.html'));
  await run(store, site, { name: 'grace', id: 'r2' }, { graceMs: 2 * HOUR, now: start + HOUR });
  expect(store.objects.get('releases/r2/assets/app.js')?.body).toEqual(
    store.objects.get('releases/r1/assets/app.js')?.body,
  );
  expect(store.objects.has('releases/r2/404.html')).toBe(false);
  const manifest = decodeManifest(store.objects.get(releaseManifestKey('', 'r2'))?.body);
  expect(manifest.get('assets/app.js')?.removedSince).toBe(new Date(start + HOUR).toISOString());

  await run(store, site, { name: 'grace', id: 'r3' }, { graceMs: 2 * HOUR, now: start + 4 * HOUR });
  expect(store.objects.has('releases/r3/assets/app.js')).toBe(false);
});

test('a switch invalidates nothing, unless invalidation-paths are given', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  const before = invalidations().length;
  const quiet = await run(store, site, { name: 'cdn', id: 'r1' }, { cdn: {} });
  expect(quiet.invalidations).toBeUndefined();
  expect(invalidations().length).toBe(before);

  const explicit = await run(store, site, { name: 'cdn', id: 'r2' }, { cdn: { explicitPaths: ['/robots.txt'] } });
  expect(explicit.invalidations?.[0]?.paths).toEqual(['/robots.txt']);
  expect(
    invalidations()
      .slice(before)
      .flatMap((inv) => inv.paths),
  ).toEqual(['/robots.txt']);
  expect(pointers()).toMatchObject({ 'cdn:live': 'r2', 'cdn:previous': 'r1' });
});

test('a switch whose answer was lost finds its own write on the retry: the release is live', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site, { name: 'lost', id: 'r1' });
  kvsStandin.faults.push({ op: 'UpdateKeys', kind: 'lost-response' });
  const outcome = await run(store, site, { name: 'lost', id: 'r2' });
  expect(outcome.release).toMatchObject({ releaseId: 'r2', previousReleaseId: 'r1' });
  expect(pointers()).toMatchObject({ 'lost:live': 'r2', 'lost:previous': 'r1' });
  expect(kvsStandin.faults).toEqual([]);
});

test('a distribution without the release function stops the run before any write, naming the setup', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  const updates = kvsStandin.state.requests.UpdateKeys;
  const error = await run(store, site, { name: 'bare', id: 'r1' }, { cdn: { distributionIds: [BARE] } }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseSetupError);
  expect((error as Error).message).toContain(BARE);
  expect((error as Error).message).toContain('setup-releases');
  expect(store.writes).toEqual([]);
  expect(kvsStandin.state.requests.UpdateKeys).toBe(updates);
  expect(pointers()['bare:live']).toBeUndefined();
});
