/**
 * The command line as a user gets it: `npm pack`, the tarball installed offline into an empty folder
 * (it has no runtime dependencies: everything is bundled), then `npx s3-cloudfront-deploy` from there
 * against s3rver and the CloudFront stand-in. Credentials come from a profile in temporary AWS files.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { RUNNER_ONLY } from '../../src/cli/commands.js';
import { bucketState } from '../support/bucket-state.js';
import { copySite, removeSites } from '../support/site.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PTY = fileURLToPath(new URL('../support/pty_run.py', import.meta.url));
const BUCKET = 'cli-site';
const DISTRIBUTION = 'E2CLITESTDIST1';
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const STORE = 'arn:aws:cloudfront::123456789012:key-value-store/7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d';

let work: string;
let app: string;
let home: string;
let s3: LocalServer;
let cloudfront: CloudFrontStandin;
let kvs: KvsStandin;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scd-cli-'));
  const { stdout } = await promisify(execFile)('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT });
  const tarball = join(work, stdout.trim().split('\n').at(-1) ?? '');
  app = join(work, 'app');
  home = join(work, 'home');
  await mkdir(app);
  await mkdir(join(home, '.aws'), { recursive: true });
  await promisify(execFile)('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: app,
    env: { ...process.env, HOME: home },
  });
  await writeFile(
    join(home, '.aws', 'credentials'),
    `[site]\naws_access_key_id = ${KEYS.accessKeyId}\naws_secret_access_key = ${KEYS.secretAccessKey}\n`,
  );
  await writeFile(join(home, '.aws', 'config'), '[profile site]\nregion = us-east-1\n');
  s3 = await startS3rver({ buckets: [BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '/www' } },
    credentials: KEYS,
    completeAfterPolls: 1,
  });
  kvs = await startKvsStandin({ stores: { [STORE]: {} }, credentials: [KEYS] });
}, 180_000);
afterAll(async () => {
  await kvs?.stop();
  await cloudfront?.stop();
  await s3?.stop();
  await removeSites();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a laptop: a profile, the endpoints of the local servers, no AWS_* keys. */
function laptop(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: home,
    AWS_PROFILE: 'site',
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
    AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: kvs.endpoint,
    ...extra,
  };
}

function run(command: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const npx = (args: readonly string[], env = laptop()) =>
  run('npx', ['--offline', 's3-cloudfront-deploy', ...args], env);
const md5Of = async (prefix: string, key: string) => (await bucketState(s3.endpoint, BUCKET, prefix))[key]?.md5;
const invalidations = () => cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations ?? [];

test('the tarball holds the command line alone, and its --help is made from action.yml', async () => {
  const listing = await promisify(execFile)('tar', ['-tzf', join(work, 's3-cloudfront-deploy-0.1.0.tgz')]);
  expect(listing.stdout.trim().split('\n').sort()).toEqual([
    'package/README.md',
    'package/dist/cli.js',
    'package/dist/licenses.txt',
    'package/package.json',
  ]);
  const installed = JSON.parse(await readFile(join(app, 'node_modules/s3-cloudfront-deploy/package.json'), 'utf8'));
  expect(installed.dependencies ?? {}).toEqual({});

  const tool = await npx(['--help']);
  expect(tool).toMatchObject({ code: 0, stderr: '' });
  expect(tool.stdout).toContain('Commands:\n  deploy');

  const deploy = await npx(['deploy', '--help']);
  expect(deploy.code).toBe(0);
  const text = deploy.stdout.replace(/\s+/g, ' ');
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
  };
  for (const [name, input] of Object.entries(action.inputs)) {
    if (RUNNER_ONLY[name] !== undefined) {
      expect(deploy.stdout).not.toContain(`\n  --${name}\n`);
      continue;
    }
    expect(deploy.stdout).toContain(`\n  --${name}\n`);
    expect(text).toContain(input.description.trim().replace(/\s+/g, ' '));
  }

  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(await npx(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
}, 120_000);

test('setup-releases from the tarball carries the viewer-request function: a dry run shows its association', async () => {
  const dry = await npx(['setup-releases', '--distribution-id', DISTRIBUTION, '--dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('+ <EventType>viewer-request</EventType>');
  expect(dry.stderr).toContain('create function s3cd-releases-E2CLITESTDIST1 (cloudfront-js-2.0');
}, 60_000);

test('deploy, a dry run with --json and --detailed-exitcode, a guard, a purge and a remove, from the tarball', async () => {
  const site = await copySite();
  const args = ['--source-dir', site, '--bucket', BUCKET, '--prefix', 'www', '--distribution-id', DISTRIBUTION];

  const first = await npx(['deploy', ...args, '--wait']);
  expect(first.stderr).toContain('uploaded  www/index.html  (new;');
  expect(first.stderr).toMatch(/Deployed s3:\/\/cli-site\/www\/: 9 uploaded/);
  expect(first).toMatchObject({ code: 0, stdout: '' });
  // The nine files and the manifest.
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, 'www/'))).toHaveLength(10);
  expect(invalidations().at(-1)?.status).toBe('Completed');

  const before = await md5Of('www/', 'www/index.html');
  await writeFile(join(site, 'index.html'), '<!doctype html><title>changed</title>');
  const dry = await npx(['deploy', ...args, '--dry-run', '--json', '--detailed-exitcode']);
  expect(dry.code).toBe(2);
  const outputs = JSON.parse(dry.stdout);
  expect(outputs).toMatchObject({
    uploaded: 1,
    skipped: 8,
    deleted: 0,
    'changed-keys': ['www/index.html'],
    'invalidation-ids': { [DISTRIBUTION]: [] },
    'invalidation-status': 'None',
  });
  expect(outputs['invalidation-paths'][DISTRIBUTION]).toEqual(expect.arrayContaining(['/', '/index.html']));
  expect(dry.stderr).toContain('  upload  www/index.html  (content changed;');
  expect(await md5Of('www/', 'www/index.html')).toBe(before);

  // Without --detailed-exitcode a dry run is done (0), and without --json stdout stays empty.
  const plainDry = await npx(['deploy', ...args, '--dry-run']);
  expect(plainDry).toMatchObject({ code: 0, stdout: '' });
  const real = await npx(['deploy', ...args, '--json']);
  expect(real.code).toBe(0);
  expect(JSON.parse(real.stdout)).toMatchObject({ uploaded: 1, 'invalidation-status': 'InProgress' });
  const clean = await npx(['deploy', ...args, '--dry-run', '--json', '--detailed-exitcode']);
  expect(clean.code).toBe(0);
  expect(JSON.parse(clean.stdout)).toMatchObject({ uploaded: 0, 'changed-keys': [] });

  const guarded = await npx(['deploy', ...args, '--include', 'index.html', '--delete', '--max-deletes', '2', '--json']);
  expect(guarded.code).toBe(3);
  expect(guarded.stderr).toContain(
    'error: this deploy would delete 8 objects under s3://cli-site/www/, more than max-deletes (2)',
  );
  expect(JSON.parse(guarded.stdout)).toEqual({});
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, 'www/'))).toHaveLength(10);

  const count = invalidations().length;
  const purge = await npx(['purge', '--distribution-id', DISTRIBUTION, '--invalidation-paths', '/*', '--json']);
  expect(purge.code).toBe(0);
  expect(JSON.parse(purge.stdout)).toMatchObject({ 'invalidation-status': 'InProgress' });
  expect(invalidations()).toHaveLength(count + 1);
  expect(invalidations().at(-1)?.paths).toEqual(['/*']);

  const withKeys = laptop({
    AWS_PROFILE: '',
    AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  });
  const removed = await npx(
    ['remove', '--bucket', BUCKET, '--prefix', 'www', '--distribution-id', DISTRIBUTION, '--json'],
    withKeys,
  );
  expect(removed.code).toBe(0);
  expect(JSON.parse(removed.stdout)).toMatchObject({ uploaded: 0, deleted: 9 });
  expect(await bucketState(s3.endpoint, BUCKET, 'www/')).toEqual({});
}, 300_000);

test('on a terminal: a live progress line and colours, and NO_COLOR takes the colours away', async () => {
  const site = await copySite();
  const bin = join(app, 'node_modules', '.bin', 's3-cloudfront-deploy');
  const onTty = (prefix: string, env: Record<string, string>) =>
    run('python3', [PTY, bin, 'deploy', '--source-dir', site, '--bucket', BUCKET, '--prefix', prefix], {
      ...laptop({ TERM: 'xterm-256color' }),
      ...env,
    });
  const colour = await onTty('tty', {});
  expect(colour.code).toBe(0);
  expect(colour.stdout).toContain('\r\x1b[2K  upload: 1/9 files');
  expect(colour.stdout).toContain('\x1b[1m▸ Plan');
  const plain = await onTty('tty-plain', { NO_COLOR: '1' });
  expect(plain.code).toBe(0);
  expect(plain.stdout).toContain('\r\x1b[2K  upload: 1/9 files');
  expect(plain.stdout).toContain('▸ Plan');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR colour sequence is what must not be there
  expect(plain.stdout).not.toMatch(/\x1b\[[0-9;]*m/);
}, 120_000);

interface Listed {
  readonly live?: string;
  readonly previous?: string;
  readonly releases: { id: string; releasedAt?: string; files: number; live: boolean; previous: boolean }[];
}

test('release deploys, releases with live and previous marked, rollback, releases again, from the tarball', async () => {
  const site = await copySite();
  const where = ['--bucket', BUCKET, '--prefix', 'rel', '--release-store', STORE];
  const pointers = () => kvs.state.snapshot().stores[STORE]?.items ?? {};
  const listed = async (): Promise<Listed> => {
    const list = await npx(['releases', ...where, '--json']);
    expect(list.code).toBe(0);
    return JSON.parse(list.stdout) as Listed;
  };
  expect(await listed()).toEqual({ releases: [] });

  expect((await npx(['deploy', ...where, '--source-dir', site, '--release-id', 'v1'])).code).toBe(0);
  await writeFile(join(site, 'index.html'), '<!doctype html><title>v2</title>');
  const second = await npx(['deploy', ...where, '--source-dir', site, '--release-id', 'v2', '--json']);
  expect(second.code).toBe(0);
  expect(JSON.parse(second.stdout)).toMatchObject({ 'release-id': 'v2', 'previous-release-id': 'v1' });
  expect(pointers()).toEqual({ 'site:live': 'v2', 'site:previous': 'v1' });

  const before = await listed();
  expect(before).toMatchObject({ live: 'v2', previous: 'v1' });
  expect(before.releases.map(({ id, files, live, previous }) => ({ id, files, live, previous }))).toEqual([
    { id: 'v2', files: 9, live: true, previous: false },
    { id: 'v1', files: 9, live: false, previous: true },
  ]);
  expect(Date.parse(before.releases[0]?.releasedAt ?? '')).toBeGreaterThanOrEqual(
    Date.parse(before.releases[1]?.releasedAt ?? ''),
  );
  const words = await npx(['releases', ...where]);
  expect(words).toMatchObject({ code: 0, stdout: '' });
  expect(words.stderr).toMatch(/ {2}v2 {2}live {6}\d{4}-\d\d-\d\dT[\d:]+Z {2}9 file\(s\)/);
  expect(words.stderr).toMatch(/ {2}v1 {2}previous {2}\d{4}-/);

  // A dry run changes nothing and, with --detailed-exitcode, says it would (2).
  const dry = await npx(['rollback', ...where, '--dry-run', '--json', '--detailed-exitcode']);
  expect(dry.code).toBe(2);
  expect(JSON.parse(dry.stdout)).toEqual({ 'release-id': 'v1', 'previous-release-id': 'v2' });
  expect(pointers()).toEqual({ 'site:live': 'v2', 'site:previous': 'v1' });

  const back = await npx(['rollback', ...where, '--json']);
  expect(back.code).toBe(0);
  expect(JSON.parse(back.stdout)).toEqual({ 'release-id': 'v1', 'previous-release-id': 'v2' });
  expect(back.stderr).toContain('Rolled back: release v1 is live (was v2)');
  expect(pointers()).toEqual({ 'site:live': 'v1', 'site:previous': 'v2' });
  const after = await listed();
  expect(after.releases.map(({ id, live, previous }) => ({ id, live, previous }))).toEqual([
    { id: 'v2', live: false, previous: true },
    { id: 'v1', live: true, previous: false },
  ]);

  // An id that is not there is refused (3) and switches nothing; an explicit id switches back.
  const missing = await npx(['rollback', ...where, '--rollback', 'v9']);
  expect(missing.code).toBe(3);
  expect(missing.stderr).toContain('release v9 does not exist');
  expect(pointers()).toEqual({ 'site:live': 'v1', 'site:previous': 'v2' });
  expect((await npx(['rollback', ...where, '--rollback', 'v2'])).code).toBe(0);
  expect(pointers()).toEqual({ 'site:live': 'v2', 'site:previous': 'v1' });
}, 300_000);
