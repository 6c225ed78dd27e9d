/**
 * The deploy lock costs no round before the first upload when the manifest and the walk already show
 * the change: it is taken, and the manifest's ETag read, while the listing's last pages are coming. A
 * proxy holds every request 100 ms (as a runner sees real S3) and records when each was answered. The
 * site has 2,100 files, so the listing takes three pages.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LocalServer } from '../../playground/local-s3.js';
import { longestChain } from '../../scripts/bench-rounds.mjs';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import { lockKey } from '../../src/core/lock.js';
import { deploy } from '../../src/flows/deploy.js';
import { deployLock } from '../../src/flows/deploy-lock.js';
import { createLocalSource } from '../../src/local/scan.js';
import { silentLog, systemClock } from '../../src/ports.js';
import { deployOptions, ledgerFor } from '../support/deploy-options.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'lock-rounds';
const CONCURRENCY = 8;
const FILES = 2100;
const rel = (i: number) => `d${i % 20}/f${i}.css`;

let server: LocalServer;
let proxy: TapProxy;
let client: HttpClient;
let direct: S3Store;
let held: S3Store;
let site: string;

beforeAll(async () => {
  server = await startMoto({ buckets: [BUCKET] });
  proxy = await startTapProxy(server.endpoint, undefined, { delayMs: 100 });
  client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: CONCURRENCY, clock: systemClock });
  const store = (endpoint: string) => createS3Store({ http: client, bucket: BUCKET, region: 'us-east-1', endpoint });
  direct = store(server.endpoint);
  held = store(proxy.endpoint);
  site = await mkdtemp(join(tmpdir(), 'scd-lock-rounds-'));
  for (let i = 0; i < FILES; i++) {
    await mkdir(dirname(join(site, rel(i))), { recursive: true });
    await writeFile(join(site, rel(i)), randomBytes(64));
  }
}, 120_000);

afterAll(async () => {
  client?.close();
  await proxy?.stop();
  await server?.stop();
  if (site !== undefined) await rm(site, { recursive: true, force: true });
});

async function run(store: S3Store, prefix: string) {
  proxy.seen.length = 0;
  proxy.spans.length = 0;
  const options = deployOptions(site, { prefix, target: `s3://${BUCKET}/${prefix}`, concurrency: CONCURRENCY });
  const lock = deployLock(
    store,
    { key: lockKey(prefix), holder: { runId: 'rounds' }, timeoutMs: 0, conditionalWritesKnown: true },
    { clock: systemClock, log: silentLog },
  );
  const deps = { store, source: createLocalSource(), clock: systemClock, log: silentLog, lock };
  try {
    await deploy(options, { ...deps, owed: ledgerFor(store, options) });
  } finally {
    await lock.release();
  }
  return { rounds: longestChain(proxy.spans), requests: [...proxy.seen], spans: [...proxy.spans] };
}

test('an edit seen in the manifest takes the lock beside the listing: only the uploads, the manifest and the release cost rounds', async () => {
  await run(direct, 'site/');
  const noop = await run(held, 'site/');
  expect(noop.requests.filter((r) => r.startsWith('PUT '))).toEqual([]);
  expect(noop.requests.filter((r) => r.startsWith('GET ') && r.includes('list-type=2'))).toHaveLength(3);

  const edited = Array.from({ length: 10 }, (_, i) => rel(i * 97));
  await Promise.all(edited.map((file) => writeFile(join(site, file), randomBytes(80))));
  const edit = await run(held, 'site/');
  const puts = edit.requests.filter((r) => r.startsWith('PUT '));
  expect(puts.filter((r) => r.includes('.lock'))).toHaveLength(1);
  expect(puts).toHaveLength(edited.length + 2); // the files, the manifest, the lock

  const answered = (match: (request: string) => boolean) =>
    edit.requests.flatMap((request, i) => (match(request) ? [edit.spans[i]![1]] : []));
  const pages = answered((r) => r.includes('list-type=2') && !r.includes('deploy.json'));
  const [lockCreated] = answered((r) => r.startsWith('PUT ') && r.includes('.lock'));
  const [etagRead] = answered((r) => r.includes('list-type=2') && r.includes('deploy.json'));
  const [firstUpload] = edit.requests.flatMap((r, i) => (r.includes('.css') ? [edit.spans[i]![0]] : []));
  // Both of the lock's round trips were over before the listing's last page was: none stood in line.
  expect(pages).toHaveLength(3);
  expect(lockCreated).toBeLessThan(Math.max(...pages));
  expect(etagRead).toBeLessThan(Math.max(...pages));
  expect(firstUpload).toBeGreaterThan(Math.max(...pages));
  // After the listing: the uploads, the manifest and the lock's release.
  expect(edit.rounds).toBeLessThanOrEqual(noop.rounds + 2 + Math.ceil(edited.length / CONCURRENCY) + 1 + 1);
}, 120_000);

test('a removal seen in the manifest takes the lock beside the listing too', async () => {
  await run(direct, 'removal/');
  const removed = Array.from({ length: 5 }, (_, i) => rel(i * 131 + 1));
  await Promise.all(removed.map((file) => unlink(join(site, file))));
  const removal = await run(held, 'removal/');
  const answered = (match: (request: string) => boolean) =>
    removal.requests.flatMap((request, i) => (match(request) ? [removal.spans[i]![1]] : []));
  const pages = answered((r) => r.includes('list-type=2') && !r.includes('deploy.json'));
  const [lockCreated] = answered((r) => r.startsWith('PUT ') && r.includes('.lock'));
  expect(removal.requests.filter((r) => r.startsWith('POST ') && r.includes('delete'))).toHaveLength(2); // the files, the lock
  expect(pages).toHaveLength(3);
  expect(lockCreated).toBeLessThan(Math.max(...pages));
}, 120_000);
