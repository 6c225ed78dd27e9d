/**
 * One whole run (flows/run.ts) against the in-memory store and the CloudFront stand-in through our
 * real client: the owed-invalidation protocol end to end without the built action. The planned keys
 * are on record before the first write; a refused CreateInvalidation leaves the debt; the next run
 * pays it; the record is settled only when every batch of every distribution was answered.
 */
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { standardRetryPolicy } from '../../src/aws/retry.js';
import { decodeLock, encodeLock, lockRecord } from '../../src/core/lock.js';
import type { DistributionInvalidation, SiteResult } from '../../src/core/outcome.js';
import { decodeOwed, encodeOwed } from '../../src/core/owed.js';
import { PlanError } from '../../src/core/plan.js';
import { parseGlobRules } from '../../src/core/rules.js';
import { owedKey } from '../../src/flows/owed-record.js';
import { type RunRequest, runSite } from '../../src/flows/run.js';
import { createLocalSource } from '../../src/local/scan.js';
import { type Clock, type Log, silentLog, systemClock } from '../../src/ports.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'site';
const DIST = 'E1RUNFLOWTEST1';
const OTHER = 'E2RUNFLOWTEST2';
const CREDS = { accessKeyId: 'AKIARUNFLOWTEST00001', secretAccessKey: 'run/flow+secret/0000000000000000000001' };
const OWED = owedKey('www/');
const LOCK = 'www/.s3-cloudfront-deploy.lock';
const clock: Clock = {
  now: () => systemClock.now(),
  sleep: (ms, signal) => systemClock.sleep(Math.min(ms, 5), signal),
};

let standin: CloudFrontStandin;
let http: HttpClient;
let lines: string[];
const log: Log = { ...silentLog, info: (line) => lines.push(line), warning: (line) => lines.push(`warning: ${line}`) };

beforeAll(async () => {
  standin = await startCloudFrontStandin({
    distributions: {
      [DIST]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '/www' },
      [OTHER]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '/www' },
    },
    credentials: CREDS,
    completeAfterPolls: 0,
  });
  // Three attempts per call: a fault is refused for good by the stand-in's access-denied, not retried away.
  const retryPolicies = { standard: standardRetryPolicy, persistent: standardRetryPolicy };
  http = createHttpClient({ credentials: CREDS, concurrency: 4, clock: systemClock, retryPolicies });
});
afterAll(async () => {
  http.close();
  await standin.stop();
  await removeSites();
});
beforeEach(() => {
  lines = [];
  standin.faults.splice(0);
});

let runNumber = 0;
function request(sourceDir: string, distributionIds: string[], overrides: Partial<RunRequest> = {}): RunRequest {
  runNumber += 1;
  return {
    deploy: {
      bucket: BUCKET,
      sourceDir,
      include: ['**'],
      exclude: [],
      prefix: 'www/',
      headerRules: { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} },
      deleteRemoved: true,
      maxDeletes: 1000,
    },
    cdn: {
      distributionIds,
      explicitPaths: [],
      wait: false,
      waitTimeoutMs: 10_000,
      indexDocument: 'index.html',
      run: { runId: `run${runNumber}`, runAttempt: '1' },
    },
    dryRun: false,
    concurrency: 4,
    ...overrides,
  };
}

async function run(store: MemoryStore, req: RunRequest) {
  const reported: { site?: SiteResult; invalidations?: readonly DistributionInvalidation[] } = {};
  const report = {
    site: (result: SiteResult) => Object.assign(reported, { site: result }),
    invalidations: (list: readonly DistributionInvalidation[]) => Object.assign(reported, { invalidations: list }),
  };
  const cdn = createCloudFrontClient({ http, endpoint: standin.endpoint });
  const outcome = runSite(req, { store, source: createLocalSource(), cdn, clock, log, report });
  return { outcome, reported };
}

const invalidatedPaths = (id: string, from = 0) =>
  (standin.state.snapshot().distributions[id]?.invalidations ?? []).slice(from).flatMap((inv) => inv.paths);
const invalidationCount = (id: string) => standin.state.snapshot().distributions[id]?.invalidations.length ?? 0;
const owedIn = (store: MemoryStore) => decodeOwed(store.objects.get(OWED)?.body);

test('the planned keys are on record before the first write; once CloudFront answered, the record is gone', async () => {
  const store = new MemoryStore();
  const before = invalidationCount(DIST);
  const { outcome, reported } = await run(store, request(await copySite(), [DIST]));
  const result = await outcome;

  // The deploy lock is taken before the first write and given back after the last one.
  expect(store.writes[0]).toEqual({ op: 'put', key: LOCK });
  expect(store.writes.at(-1)).toEqual({ op: 'delete', key: LOCK });
  expect(store.objects.has(LOCK)).toBe(false);
  const writes = store.writes.filter((write) => write.key !== LOCK);
  expect(writes[0]).toEqual({ op: 'put', key: OWED });
  expect(writes.at(-1)).toEqual({ op: 'delete', key: OWED });
  expect(store.objects.has(OWED)).toBe(false);
  expect(result.site?.changedKeys.length).toBeGreaterThan(5);
  expect(reported.site).toBe(result.site);
  expect(reported.invalidations).toBe(result.invalidations);
  expect(invalidationCount(DIST)).toBe(before + 1);
  expect(invalidatedPaths(DIST, before)).toContain('/index.html');
});

test('a refused CreateInvalidation leaves the debt on record, and the next run pays it, with nothing new to upload', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  standin.faults.push({ op: 'CreateInvalidation', kind: 'access-denied' });
  const first = await run(store, request(site, [DIST]));
  await expect(first.outcome).rejects.toThrow(/AccessDenied|not authorized/);
  const changed = first.reported.site?.changedKeys ?? [];
  expect(changed.length).toBeGreaterThan(5);
  // The deploy itself succeeded and was reported; its keys are still owed.
  expect(owedIn(store).get(DIST)).toEqual(changed);

  const before = invalidationCount(DIST);
  const second = await run(store, request(site, [DIST]));
  const result = await second.outcome;
  expect(result.site?.changedKeys).toEqual([]);
  expect(invalidationCount(DIST)).toBe(before + 1);
  expect(invalidatedPaths(DIST, before)).toEqual(expect.arrayContaining(['/index.html', '/docs/']));
  expect(store.objects.has(OWED)).toBe(false);
  expect(lines).toContain(
    `${changed.length} key(s) changed by an earlier run are still owed an invalidation by ${DIST}.`,
  );
});

test('settled only when every batch answered: an owed debt in two batches, the second refused, stays owed', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await (await run(store, request(site, []))).outcome;
  const earlier = Array.from({ length: 1200 }, (_, i) => `www/old/p${String(i).padStart(4, '0')}.html`);
  await store.putObject(OWED, encodeOwed(new Map([[DIST, earlier]])), {
    contentType: 'application/json',
    metadata: {},
  });
  const before = invalidationCount(DIST);
  standin.faults.push({ op: 'CreateInvalidation', kind: 'access-denied', skip: 1 });

  await expect((await run(store, request(site, [DIST]))).outcome).rejects.toThrow(/AccessDenied|not authorized/);
  expect(invalidationCount(DIST)).toBe(before + 1);
  expect(invalidatedPaths(DIST, before)).toHaveLength(1000);
  expect(owedIn(store).get(DIST)).toEqual(earlier);

  const paid = await (await run(store, request(site, [DIST]))).outcome;
  expect(paid.invalidations?.[0]?.invalidationIds).toHaveLength(2);
  expect(invalidatedPaths(DIST, before + 1)).toHaveLength(1200);
  expect(store.objects.has(OWED)).toBe(false);
});

test('a dry run records nothing and settles nothing, but plans the earlier debt', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await (await run(store, request(site, []))).outcome;
  await store.putObject(OWED, encodeOwed(new Map([[DIST, ['www/old.html']]])), {
    contentType: 'application/json',
    metadata: {},
  });
  const writes = store.writes.length;
  const before = invalidationCount(DIST);
  const { outcome } = await run(store, request(site, [DIST], { dryRun: true }));
  const result = await outcome;
  expect(store.writes.length).toBe(writes);
  expect(invalidationCount(DIST)).toBe(before);
  expect(result.invalidations?.[0]?.paths).toEqual(['/old.html']);
  expect(owedIn(store).get(DIST)).toEqual(['www/old.html']);
});

test('remove: the deleted keys are owed first, invalidated, and then the record goes too', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await (await run(store, request(site, []))).outcome;
  const siteKeys = [...store.objects.keys()].filter((key) => !key.endsWith('.s3-cloudfront-deploy.json'));
  const writes = store.writes.length;
  const before = invalidationCount(DIST);
  const remove = { bucket: BUCKET, prefix: 'www/', preserve: [], maxDeletes: 1000 };
  const { deploy: _, ...rest } = request(site, [DIST]);
  const result = await (await run(store, { ...rest, remove })).outcome;
  // The deploy lock first (a deploy must not upload into a site being taken away), then the debt.
  expect(store.writes.slice(writes, writes + 2)).toEqual([
    { op: 'put', key: LOCK },
    { op: 'put', key: OWED },
  ]);
  expect(store.writes.at(-1)).toEqual({ op: 'delete', key: LOCK });
  expect(result.site?.summary.flow).toBe('remove');
  expect(invalidatedPaths(DIST, before).length).toBeGreaterThan(0);
  expect(result.site?.changedKeys).toEqual(siteKeys.sort());
  expect([...store.objects.keys()]).toEqual([]);
});

test('remove waits for the deploy lock another run holds, and refused after lock-timeout deletes nothing', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await (await run(store, request(site, []))).outcome;
  const holder = { repository: 'acme/site', workflow: 'Deploy', runId: '77', runAttempt: '1' };
  await store.putObject(LOCK, encodeLock(lockRecord(holder, 'live', Date.now(), Date.now())), {
    contentType: 'application/json',
    metadata: {},
  });
  const objects = [...store.objects.keys()].sort();
  const remove = { bucket: BUCKET, prefix: 'www/', preserve: [], maxDeletes: 1000, lockTimeoutMs: 0 };
  const { deploy: _, cdn: __, ...rest } = request(site, []);
  const refused = await (await run(store, { ...rest, remove })).outcome.catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(PlanError);
  expect(String(refused)).toContain('run 77 of acme/site');
  expect([...store.objects.keys()].sort()).toEqual(objects);
  expect(decodeLock(store.objects.get(LOCK)!.body)?.holder.runId).toBe('77');
});
