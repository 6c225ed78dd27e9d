/**
 * The command line up to the first request: the action's own validation, its errors naming the flag,
 * the exit code, and stdout left empty but for --help. (Runs against the servers: test/e2e/cli-package.test.ts.)
 */

import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { InputSpec } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';

const action = parse(readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};
const TABLE: InputSpec[] = Object.entries(action.inputs).map(([name, input]) => ({ name, ...input }));

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'scd-home-'));
});
afterAll(() => rm(home, { recursive: true, force: true }));

const KEYS = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-secret', AWS_REGION: 'us-east-1' };

async function cli(argv: string[], env: Record<string, string> = KEYS) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main({ argv, env: { HOME: home, ...env }, table: TABLE, stdout, stderr });
  return { code, stdout: out, stderr: err };
}

test.each([
  [
    ['deploy', '--bucket', 'my-site', '--source-dir', 'public', '--max-deletes', 'many', '--json'],
    'error: --max-deletes: expected a whole number, got "many"',
  ],
  [
    ['deploy', '--bucket', 'My_Site', '--source-dir', 'public'],
    'error: --bucket: "My_Site" is not a valid bucket name',
  ],
  [
    ['deploy', '--distribution-id', 'E2EXAMPLE1', '--invalidation-paths', '/*'],
    'error: --bucket: required by deploy; to invalidate paths alone, use the purge command',
  ],
  [['remove', '--bucket', 'my-site'], 'error: --prefix: required with remove: true'],
  [
    ['purge', '--invalidation-paths', '/*'],
    'error: --distribution-id: required with invalidation-paths: the distribution to invalidate',
  ],
  [
    ['purge', '--distribution-id', 'E2EXAMPLE1', '--wait', 'maybe'],
    'error: --wait: expected true or false, got "maybe"',
  ],
  [['deploy', '--max-delete', '3'], 'error: unknown flag --max-delete for deploy: did you mean --max-deletes?'],
])('%j fails before any request: %s', async (argv, message) => {
  const run = await cli(argv);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toContain(message);
  expect(run.stderr).not.toContain('Input "');
  expect(run.stdout).toBe('');
});

test('no credentials anywhere: one line saying where they may come from', async () => {
  const run = await cli(['deploy', '--bucket', 'my-site', '--source-dir', 'public'], { AWS_REGION: 'us-east-1' });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(
    /^error: No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY .*AWS_PROFILE/,
  );
});

test('--help goes to stdout and exits 0', async () => {
  const run = await cli(['remove', '--help']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(/^Usage: s3-cloudfront-deploy remove \[--flags\]/);
  expect(run.stdout).toContain('\n  --preserve\n');
  expect(run.stdout).not.toContain('--source-dir');
});

test('--version prints the version the build put in, and only that', async () => {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await main({
    argv: ['--version'],
    env: {},
    table: TABLE,
    stdout,
    stderr: new PassThrough(),
    version: '9.8.7',
  });
  expect({ code, out }).toEqual({ code: 0, out: '9.8.7\n' });
});

test.each([
  [['setup-releases'], 'error: --distribution-id: required, once'],
  [
    ['setup-releases', '--distribution-id', 'E2EXAMPLE1', '--release-store', 'arn:aws:s3:::b'],
    'error: --release-store: "arn:aws:s3:::b" is not a CloudFront KeyValueStore ARN',
  ],
  [
    ['setup-releases', '--distribution-id', 'E2EXAMPLE1', '--release-name', 'a b'],
    'error: --release-name: "a b": 1 to 64',
  ],
])('setup-releases %j: one error naming the flag, before any request', async (argv, message) => {
  const run = await cli(argv);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(message);
  expect(run.stdout).toBe('');
});

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d';

test.each([
  [['rollback', '--release-store', ARN], 'error: --bucket: required by rollback'],
  [['rollback', '--bucket', 'my-site'], 'error: --release-store: required by rollback'],
  [
    ['rollback', '--bucket', 'my-site', '--release-store', ARN, '--rollback', '..'],
    'error: --rollback: ".." is not a release id',
  ],
  [
    ['rollback', '--bucket', 'my-site', '--release-store', ARN, '--source-dir', 'public'],
    'error: --source-dir does not apply to rollback',
  ],
  [['releases', '--bucket', 'my-site'], 'error: --release-store: required by releases'],
  [
    ['releases', '--bucket', 'my-site', '--release-store', ARN, '--release-name', 'a b'],
    'error: --release-name: "a b": 1 to 64',
  ],
  [
    ['releases', '--bucket', 'my-site', '--release-store', ARN, '--rollback', 'v1'],
    'error: --rollback does not apply to releases',
  ],
])('%j: one error naming the flag, before any request', async (argv, message) => {
  const run = await cli(argv);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toContain(message);
  expect(run.stdout).toBe('');
});

test('rollback --help: its own rollback flag defaults to previous; releases --help lists only what names the releases', async () => {
  const rollback = await cli(['rollback', '--help']);
  expect(rollback.code).toBe(0);
  expect(rollback.stdout).toContain('\n  --rollback\n');
  expect(rollback.stdout).toContain('      default: previous\n');
  expect(rollback.stdout).not.toContain('--source-dir');
  const releases = await cli(['releases', '--help']);
  expect(releases.code).toBe(0);
  expect(releases.stdout).toContain('\n  --release-store\n');
  expect(releases.stdout).not.toContain('--rollback');
  expect(releases.stdout).not.toContain('--dry-run');
});
