/**
 * Layered releases through the built action (dist/index.js) and the playground's edge: the CloudFront stand-in has
 * the release function published and associated (so the setup check and the layers check pass with
 * distribution-id), the viewer endpoint runs that function's LIVE code against the KeyValueStore stand-in, and
 * every S3 request goes through a tap that tells server-side copies apart. Every path of the site is fetched
 * through the viewer after each step and compared byte for byte with what that release was built from.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fillInViewerFunction, readViewerFunction } from '../../playground/edge/viewer-function.js';
import type { ActionRun } from '../../playground/run-action.js';
import { createEdgeSetupClient } from '../../src/aws/cloudfront-setup.js';
import { createHttpClient } from '../../src/aws/http.js';
import { releaseResourceNames } from '../../src/core/release-function.js';
import { LAYERED_RELEASES_MARKER } from '../../src/core/release-layers.js';
import { setupReleases } from '../../src/flows/setup-releases.js';
import { silentLog, systemClock } from '../../src/ports.js';
import { bucketState } from '../support/bucket-state.js';
import { EDGE_BUCKET, EDGE_DISTRIBUTION, EDGE_STORE_ARN, type EdgeFixture, startEdgeFixture } from '../support/edge.js';
import { TEST_CREDENTIALS } from '../support/moto.js';
import { removeSites, writeSite } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const FILES = 100;
let fixture: EdgeFixture;
let tap: TapProxy;
let dir: string;
/** The site as each release was built: release id → path → content. */
const built = new Map<string, Map<string, string>>();
let current = new Map<string, string>();

beforeAll(async () => {
  fixture = await startEdgeFixture();
  tap = await startTapProxy(fixture.s3.endpoint);
  for (let i = 0; i < FILES - 1; i++) current.set(`files/f${i}.txt`, `file ${i}, first build\n`);
  current.set('index.html', '<!doctype html><title>home</title>');
  dir = await writeSite(Object.fromEntries(current));
}, 60_000);

afterAll(async () => {
  await tap?.stop();
  await fixture?.stop();
  await removeSites();
});

async function edit(indexes: readonly number[], build: string): Promise<void> {
  current = new Map(current);
  for (const i of indexes) {
    const rel = `files/f${i}.txt`;
    current.set(rel, `file ${i}, build ${build}\n`);
    await writeFile(join(dir, rel), current.get(rel)!);
  }
}

/** The action deploying the site as release id, with the tap's count of its S3 writes. */
async function deploy(id: string, inputs: Record<string, string> = {}) {
  const before = { seen: tap.seen.length, copies: tap.copies.length };
  const run = await fixture.action(
    { 'source-dir': dir, 'release-id': id, 'distribution-id': EDGE_DISTRIBUTION, ...inputs },
    tap.endpoint,
  );
  expectSuccess(run);
  built.set(id, current);
  const puts = tap.seen.slice(before.seen).filter((line) => line.startsWith(`PUT /${EDGE_BUCKET}/releases/${id}/`));
  return { run, copies: tap.copies.length - before.copies, puts: puts.length };
}

function expectSuccess(run: ActionRun): void {
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors }).toEqual({ code: 0, errors: [] });
}

/** Every path of release id's build, through the viewer, equals it byte for byte. */
async function expectServed(id: string): Promise<void> {
  const wrong: string[] = [];
  for (const [rel, content] of built.get(id)!) {
    const response = await fetch(fixture.url(`/${rel}`));
    const body = await response.text();
    if (response.status !== 200 || body !== content) wrong.push(`${rel}: ${response.status} ${body.slice(0, 60)}`);
  }
  expect(wrong).toEqual([]);
}

const keys = () => fixture.edge.kvs.state.snapshot().stores[EDGE_STORE_ARN]?.items ?? {};
const keysOf = (id: string) =>
  Object.fromEntries(
    Object.entries(keys()).filter(([key]) => key.startsWith(`site:f:${id}:`) || key === `site:b:${id}`),
  );
const folder = async (id: string) =>
  Object.keys(await bucketState(fixture.s3.endpoint, EDGE_BUCKET, `releases/${id}/`))
    .map((key) => key.slice(`releases/${id}/`.length))
    .sort();

test('r1 full, r2 and r3 layered (cumulative), rollbacks exact, prune keeps the base, a large change is full', async () => {
  const r1 = await deploy('r1');
  expect(r1.run.stdout).toContain('Release r1 is live: 100 file(s) uploaded, 0 copied inside the bucket, full');
  await expectServed('r1');

  await edit([0], 'r2');
  const r2 = await deploy('r2');
  // 1% changed: one PUT of the file, the manifest and the list of its keys; no copy at all.
  expect({ copies: r2.copies, puts: r2.puts }).toEqual({ copies: 0, puts: 3 });
  expect(r2.run.stdout).toContain(
    'Release r2 is live (was r1): 1 file(s) uploaded, 0 copied inside the bucket, layered on r1 (1 paths)',
  );
  expect(await folder('r2')).toEqual([
    '.s3-cloudfront-deploy-redirects.json',
    '.s3-cloudfront-deploy.json',
    'files/f0.txt',
  ]);
  expect(keysOf('r2')).toEqual({ 'site:b:r2': 'r1', 'site:f:r2:/files/f0.txt': 'r2' });
  await expectServed('r2');

  await edit([1, 2], 'r3');
  const r3 = await deploy('r3');
  expect({ copies: r3.copies, puts: r3.puts }).toEqual({ copies: 0, puts: 4 });
  expect(keysOf('r3')).toEqual({
    'site:b:r3': 'r1',
    'site:f:r3:/files/f0.txt': 'r2',
    'site:f:r3:/files/f1.txt': 'r3',
    'site:f:r3:/files/f2.txt': 'r3',
  });
  await expectServed('r3');

  for (const id of ['r2', 'r1', 'r3']) {
    const back = await fixture.action({ rollback: id });
    expectSuccess(back);
    await expectServed(id);
  }

  // r4 changes what r2 and r3 wrote: it serves from r1 and itself only. keep-releases 1: r2 (used by r3, the
  // previous release) and r1 (the base of both) stay.
  await edit([0, 1, 2], 'r4');
  const r4 = await deploy('r4', { 'keep-releases': '1' });
  expect(r4.copies).toBe(0);
  expect(r4.run.stdout).not.toContain('pruned');
  await expectServed('r4');

  // Half the site changed: over 20% of the files, so a full release, its unchanged files copied from the folders
  // that serve them. Now nothing kept uses r2 or r3: both go, with their keys; r1 stays as r4's base.
  await edit([...Array(50).keys()], 'r5');
  const r5 = await deploy('r5', { 'keep-releases': '1' });
  expect(r5.run.stdout).toContain('A full release: 50 path key(s) would be needed, over the limit of 20');
  expect(r5.copies).toBe(50);
  expect(r5.run.stdout).toContain('pruned r2, r3');
  expect(await folder('r2')).toEqual([]);
  expect(keysOf('r2')).toEqual({});
  expect(keysOf('r3')).toEqual({});
  expect(await folder('r1')).toHaveLength(101);
  expect(keysOf('r4')).toMatchObject({ 'site:b:r4': 'r1' });
  await expectServed('r5');
  const back = await fixture.action({ rollback: 'r4' });
  expectSuccess(back);
  await expectServed('r4');
  expectSuccess(await fixture.action({ rollback: 'r5' }));
}, 180_000);

test('an older function (no marker) gives a full release and says why; setup-releases updates it, then layered', async () => {
  const { resources } = fixture.edge.cloudfront.edge;
  const name = releaseResourceNames(EDGE_DISTRIBUTION).function;
  const older = fillInViewerFunction(readViewerFunction(), { name: 'site', prefix: '' }).replace(
    `${LAYERED_RELEASES_MARKER}\n`,
    '',
  );
  const development = resources.describeFunction(name, 'DEVELOPMENT');
  const updated = resources.updateFunction(
    {
      name,
      comment: 'older',
      runtime: development.runtime,
      code: Buffer.from(older),
      keyValueStoreArns: development.keyValueStoreArns,
    },
    development.etag,
  );
  resources.publishFunction(name, updated.etag);

  await edit([60], 'r6');
  const r6 = await deploy('r6');
  expect(r6.run.stdout).toContain(
    `A full release: function ${name} of distribution ${EDGE_DISTRIBUTION} predates layered releases`,
  );
  expect(r6.run.stdout).toContain('setup-releases --distribution-id');
  expect(r6.copies).toBe(FILES - 1);
  await expectServed('r6');

  const http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 4, clock: systemClock });
  try {
    const edge = createEdgeSetupClient({ http, endpoint: fixture.edge.cloudfront.endpoint });
    const request = {
      distributionId: EDGE_DISTRIBUTION,
      storeArn: EDGE_STORE_ARN,
      releaseName: 'other-name-ignored',
      prefix: '',
      functionSource: readViewerFunction(),
      dryRun: false,
    };
    const outcome = await setupReleases(request, { edge, clock: systemClock, log: silentLog });
    expect(outcome.kind).toBe('done');
    const live = resources.describeFunction(name, 'LIVE').code.toString('utf8');
    expect(live).toContain(LAYERED_RELEASES_MARKER);
    // Its own name kept: it still reads site:live.
    expect(live).toContain('const RELEASE_NAME = "site";');
    expect((await setupReleases(request, { edge, clock: systemClock, log: silentLog })).kind).toBe('already');
  } finally {
    http.close();
  }

  await edit([61], 'r7');
  const r7 = await deploy('r7');
  expect({ copies: r7.copies, puts: r7.puts }).toEqual({ copies: 0, puts: 3 });
  expect(keysOf('r7')).toEqual({ 'site:b:r7': 'r6', 'site:f:r7:/files/f61.txt': 'r7' });
  await expectServed('r7');
}, 120_000);

test('a file removed inside delete-grace stays served from where it was; once the grace is over, a tombstone', async () => {
  const removed = 'files/f70.txt';
  const content = current.get(removed)!;
  current = new Map(current);
  current.delete(removed);
  await rm(join(dir, removed));
  const r8 = await deploy('r8', { 'delete-grace': '1h' });
  expect(r8.run.stdout).toContain('layered on r6');
  expect(keysOf('r8')[`site:f:r8:/${removed}`]).toBeUndefined();
  await expectServed('r8');
  expect(await (await fetch(fixture.url(`/${removed}`))).text()).toBe(content);

  const r9 = await deploy('r9', { 'delete-grace': '0' });
  expect(r9.run.stdout).toContain('layered on r6');
  expect(keysOf('r9')[`site:f:r9:/${removed}`]).toBe('r9');
  await expectServed('r9');
  expect((await fetch(fixture.url(`/${removed}`))).status).toBe(404);
}, 60_000);
