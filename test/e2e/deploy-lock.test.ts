/**
 * The deploy lock and the never-older rule, end to end: the built action (dist/index.js) run as
 * processes against moto_server, which honours S3's conditional writes.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { encodeLock, lockRecord } from '../../src/core/lock.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { putObjects } from '../support/put-objects.js';
import { copySite, listFiles, removeSites } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'e2e-lock';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
const RECORDS = /\.s3-cloudfront-deploy\.(json|owed\.json|lock)$/;

let moto: { endpoint: string; stop(): Promise<void> };
beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
}, 60_000);
afterAll(async () => {
  await moto?.stop();
  await removeSites();
});

/** A build of the example site with its own hashed bundle, as two commits' builds differ. */
async function build(name: string): Promise<string> {
  const dir = await copySite();
  await writeFile(join(dir, `assets/app-${name}.js`), `console.log(${JSON.stringify(name)});\n`);
  await writeFile(join(dir, 'index.html'), `<!doctype html><script src="/assets/app-${name}.js"></script>${name}\n`);
  return dir;
}

/** What the runner sets for workflow run runId, with a push event of commit at time committedAt. */
async function runner(runId: string, commit?: { id: string; timestamp: string }): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://example.invalid',
  };
  if (commit === undefined) return env;
  const event = join(await mkdtemp(join(tmpdir(), 'scd-event-')), 'event.json');
  await writeFile(event, JSON.stringify({ head_commit: commit }));
  return { ...env, GITHUB_SHA: commit.id, GITHUB_EVENT_PATH: event };
}

const deploy = (endpoint: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> =>
  runAction({ bucket: BUCKET, ...inputs }, { env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: endpoint, ...env } });

/** The site's objects (the action's records left out) and their MD5s. */
async function siteIn(prefix: string): Promise<Map<string, string>> {
  const state = await bucketState(moto.endpoint, BUCKET, prefix);
  return new Map(
    Object.entries(state)
      .filter(([key]) => !RECORDS.test(key))
      .map(([key, object]) => [key.slice(prefix.length), object.md5]),
  );
}

async function builtFiles(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  files.delete('.env.example'); // dotfiles are not deployed by default
  return files;
}

test('two deploys of different builds started together: the bucket ends as exactly one build; the one that waited names the other', async () => {
  const [a, b] = [await build('aaaa'), await build('bbbb')];
  // The second starts as soon as the first holds the lock, whose every request then takes 400 ms: on a
  // loaded machine two plain starts at once may not overlap at all.
  let locked: () => void = () => undefined;
  const firstLocked = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const slow = await startTapProxy(
    moto.endpoint,
    (request) => {
      if (request.startsWith('PUT /e2e-lock/race/.s3-cloudfront-deploy.lock')) locked();
    },
    { delayMs: 400 },
  );
  try {
    const inputs = { prefix: 'race', delete: 'true' };
    const firstRun = deploy(slow.endpoint, { ...inputs, 'source-dir': a }, await runner('101'));
    await firstLocked;
    const secondRun = deploy(moto.endpoint, { ...inputs, 'source-dir': b }, await runner('102'));
    const [first, second] = await Promise.all([firstRun, secondRun]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const waited = [first, second].filter((run) => run.stdout.includes('Another deploy holds the deploy lock'));
    expect(waited).toHaveLength(1);
    const other = waited[0] === first ? '102' : '101';
    expect(waited[0]!.stdout).toContain(`run ${other} of acme/site workflow "Deploy"`);
    expect(waited[0]!.stdout).toContain(`https://example.invalid/acme/site/actions/runs/${other}`);
    // The one that waited deployed last, after planning again from what the other left.
    const last = waited[0] === first ? a : b;
    expect(await siteIn('race/')).toEqual(await builtFiles(last));
    expect(Object.keys(await bucketState(moto.endpoint, BUCKET, 'race/'))).not.toContain(
      'race/.s3-cloudfront-deploy.lock',
    );
    for (const run of [first, second]) expect(run.stdout).not.toMatch(/unguarded/);
  } finally {
    await slow.stop();
  }
}, 120_000);

test('an older commit after a newer one is refused and changes nothing; with allow-older it is deployed', async () => {
  const [newer, older] = [await build('newer'), await build('older')];
  const newCommit = { id: 'n'.repeat(40), timestamp: '2026-02-01T10:00:00+01:00' };
  const oldCommit = { id: 'o'.repeat(40), timestamp: '2026-01-01T10:00:00Z' };
  const inputs = { prefix: 'order', delete: 'true' };
  expect((await deploy(moto.endpoint, { ...inputs, 'source-dir': newer }, await runner('201', newCommit))).code).toBe(
    0,
  );
  const before = await bucketState(moto.endpoint, BUCKET, 'order/');

  const refused = await deploy(moto.endpoint, { ...inputs, 'source-dir': older }, await runner('202', oldCommit));
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(/::error::.*commit nnnnnnnnnnnn .*is newer than this run's commit oooooooooooo/);
  expect(refused.stdout).toContain('allow-older: true');
  expect(refused.summary).toMatch(/Refused:.*allow-older: true/);
  expect(await bucketState(moto.endpoint, BUCKET, 'order/')).toEqual(before);

  const allowed = await deploy(
    moto.endpoint,
    { ...inputs, 'source-dir': older, 'allow-older': 'true' },
    await runner('203', oldCommit),
  );
  expect(allowed.code).toBe(0);
  expect(await siteIn('order/')).toEqual(await builtFiles(older));
}, 120_000);

test("a killed run's lock blocks only until it expires; a live one refuses after lock-timeout, naming its holder", async () => {
  const site = await build('lock');
  const lock = (expiresIn: number) =>
    encodeLock(
      lockRecord(
        { repository: 'acme/site', runId: '300', runUrl: 'https://example.invalid/runs/300' },
        'killed',
        Date.now() - 600_000,
        Date.now() - 120_000 + expiresIn,
      ),
    ).toString();
  await putObjects(moto.endpoint, BUCKET, { 'stale/.s3-cloudfront-deploy.lock': lock(-1000) });
  const taken = await deploy(moto.endpoint, { prefix: 'stale', 'source-dir': site }, await runner('301'));
  expect(taken.code).toBe(0);
  expect(taken.stdout).toContain('Taking over the deploy lock stale/.s3-cloudfront-deploy.lock from run 300');
  expect(await siteIn('stale/')).toEqual(await builtFiles(site));

  await putObjects(moto.endpoint, BUCKET, { 'live/.s3-cloudfront-deploy.lock': lock(60_000) });
  const refused = await deploy(
    moto.endpoint,
    { prefix: 'live', 'source-dir': site, 'lock-timeout': '0' },
    await runner('302'),
  );
  expect(refused.code).toBe(1);
  expect(refused.stdout).toMatch(
    /::error::.*run 300 of acme\/site: https:\/\/example.invalid\/runs\/300 holds the deploy lock/,
  );
  expect(refused.summary).toMatch(/Refused:.*lock-timeout/);
  expect([...(await siteIn('live/')).keys()]).toEqual([]);
}, 120_000);

test('the lock costs a no-op redeploy nothing; a deploy that writes pays its few requests', async () => {
  const site = await build('cost');
  const tap: TapProxy = await startTapProxy(moto.endpoint);
  try {
    const inputs = { prefix: 'cost', 'source-dir': site };
    expect((await deploy(tap.endpoint, inputs, await runner('401'))).code).toBe(0);
    tap.seen.splice(0); // the first deploy's requests
    expect((await deploy(tap.endpoint, inputs, await runner('402'))).code).toBe(0);
    const noop = tap.seen.splice(0);
    await writeFile(join(site, 'index.html'), '<!doctype html>edited\n');
    expect((await deploy(tap.endpoint, inputs, await runner('403'))).code).toBe(0);
    const edit = tap.seen.splice(0);
    // Without delete, the only DeleteObjects is the lock's release (its key is in the body, not the URL).
    const lockRequests = (seen: string[]) =>
      seen.filter(
        (line) =>
          line.includes('.s3-cloudfront-deploy.lock') ||
          line.includes('prefix=cost%2F.s3') ||
          /^POST .*\?delete/.test(line),
      );
    expect(lockRequests(noop)).toEqual([]);
    // Create, the probe a server that ignores If-None-Match would accept, the manifest's ETag, release.
    expect(lockRequests(edit)).toHaveLength(4);
  } finally {
    await tap.stop();
  }
}, 120_000);
