/**
 * "Re-running the deploy finishes the job" holds for CloudFront too: dist/index.js is made to fail
 * (CreateInvalidation refused) or is killed at a chosen point (right after the manifest was written,
 * right after DeleteObjects), then re-run; every key the first run changed must end up invalidated.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, type RunOptions, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { copySite, removeSites } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'owed-site';
const DISTRIBUTION = 'E0WEDTESTDIST1';
const OWED = '.s3-cloudfront-deploy.owed.json';

let s3: LocalServer;
let cloudfront: CloudFrontStandin;
let tap: TapProxy | undefined;
/** Set by a test: the request after whose answer the action is killed. */
let killAfter: ((request: string) => boolean) | undefined;
let running: { kill(signal: NodeJS.Signals): boolean } | undefined;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` } },
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    completeAfterPolls: 1,
  });
  tap = await startTapProxy(s3.endpoint, (request) => {
    if (killAfter?.(request)) {
      killAfter = undefined;
      running?.kill('SIGKILL');
    }
  });
});
afterAll(async () => {
  await tap?.stop();
  await cloudfront?.stop();
  await s3?.stop();
  await removeSites();
});

let attempt = 0;
function deploy(site: string, prefix: string): Promise<ActionRun> {
  attempt += 1;
  const options: RunOptions = {
    env: {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: tap!.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      GITHUB_RUN_ID: '777',
      GITHUB_RUN_ATTEMPT: String(attempt),
    },
    onSpawn: (child) => {
      running = child;
    },
  };
  return runAction(
    { 'source-dir': site, bucket: BUCKET, prefix, delete: 'true', 'distribution-id': DISTRIBUTION },
    options,
  );
}

const invalidations = () => cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations ?? [];
/** Every path CloudFront was asked to invalidate since the first `from` invalidations. */
const invalidatedSince = (from: number) =>
  new Set(
    invalidations()
      .slice(from)
      .flatMap((i) => i.paths),
  );

/** A site deployed under prefix, then edited: two pages changed, an asset added, one removed. */
async function deployedThenEdited(prefix: string): Promise<{ site: string; changed: string[] }> {
  const site = await copySite();
  expect((await deploy(site, prefix)).code).toBe(0);
  await writeFile(join(site, 'index.html'), `<p>${prefix} v2</p>`);
  await writeFile(join(site, 'docs/index.html'), `<p>${prefix} docs v2</p>`);
  await writeFile(join(site, 'assets/new.js'), `// ${prefix}`);
  await rm(join(site, 'img/logo.svg'));
  const changed = ['/index.html', '/docs/index.html', '/assets/new.js', '/img/logo.svg'].map(
    (path) => `/${prefix}${path}`,
  );
  return { site, changed };
}

test('CreateInvalidation refused after a good sync: the re-run, with nothing left to upload, invalidates what the first run changed', async () => {
  const { site, changed } = await deployedThenEdited('refused');
  const from = invalidations().length;
  cloudfront.faults.push({ op: 'CreateInvalidation', kind: 'access-denied' });
  const failed = await deploy(site, 'refused');
  expect(failed.code).not.toBe(0);
  expect(failed.outputs['uploaded']).toBe('3');
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, 'refused/'))).toContain(`refused/${OWED}`);
  for (const path of changed) expect(invalidatedSince(from).has(path)).toBe(false);

  const rerun = await deploy(site, 'refused');
  expect(rerun.code).toBe(0);
  expect(rerun.outputs).toMatchObject({ uploaded: '0', deleted: '0' });
  expect(rerun.stdout).toContain(
    `4 key(s) changed by an earlier run are still owed an invalidation by ${DISTRIBUTION}`,
  );
  expect(rerun.summary).toContain(`Changed by an earlier run, still owed an invalidation by ${DISTRIBUTION} (4)`);
  for (const path of changed) expect(invalidatedSince(from).has(path)).toBe(true);
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, 'refused/'))).not.toContain(`refused/${OWED}`);
});

test.each([
  [
    'right after the manifest was written',
    (request: string) => request.startsWith('PUT ') && request.includes('.s3-cloudfront-deploy.json'),
  ],
  ['right after DeleteObjects', (request: string) => request.startsWith('POST ') && request.includes('?delete')],
])('killed %s: the re-run invalidates every key the killed run changed', async (_when, point) => {
  const prefix = `killed${attempt}`;
  const { site, changed } = await deployedThenEdited(prefix);
  const from = invalidations().length;
  killAfter = point;
  const killed = await deploy(site, prefix);
  expect(killed.code).not.toBe(0);
  expect(killAfter).toBeUndefined(); // the kill point was reached
  for (const path of changed) expect(invalidatedSince(from).has(path)).toBe(false);

  const rerun = await deploy(site, prefix);
  expect(rerun.code).toBe(0);
  for (const path of changed) expect(invalidatedSince(from).has(path)).toBe(true);
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, `${prefix}/`))).not.toContain(`${prefix}/${OWED}`);
});

test('a no-op redeploy with nothing owed writes nothing and reads no owed record', async () => {
  const site = await copySite();
  expect((await deploy(site, 'quiet')).code).toBe(0);
  const before = tap!.seen.length;
  expect((await deploy(site, 'quiet')).code).toBe(0);
  const requests = tap!.seen.slice(before);
  expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
  expect(requests.filter((r) => r.includes(OWED))).toEqual([]);
});
