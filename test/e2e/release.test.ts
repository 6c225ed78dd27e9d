/**
 * Release mode through the built action (dist/index.js) against s3rver and the KeyValueStore
 * stand-in: deploy, deploy again, roll back; the bucket read back with boto3, the pointers from the stand-in.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { copySite, listFiles, removeSites } from '../support/site.js';

const BUCKET = 'e2e-releases';
const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

let s3: LocalServer;
let kvs: KvsStandin;

beforeAll(async () => {
  [s3, kvs] = await Promise.all([
    startS3rver({ buckets: [BUCKET] }),
    startKvsStandin({
      stores: { [ARN]: {} },
      credentials: [{ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }],
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([s3?.stop(), kvs?.stop()]);
  await removeSites();
});

const action = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction(
    { bucket: BUCKET, prefix: 'www', 'release-store': ARN, ...inputs },
    {
      env: {
        ...CREDENTIALS,
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: kvs.endpoint,
      },
    },
  );
const pointers = () => kvs.state.snapshot().stores[ARN]?.items ?? {};

test('deploy, deploy again, roll back: the pointer flips, the outputs and the summary say so', async () => {
  const site = await copySite();
  const first = await action({ 'source-dir': site, 'release-id': 'v1' });
  expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
  expect(first.outputs).toMatchObject({ 'release-id': 'v1', 'previous-release-id': '' });
  const local = await listFiles(site);
  local.delete('.env.example');
  const v1 = Object.keys(await bucketState(s3.endpoint, BUCKET, 'www/releases/v1/')).sort();
  expect(v1).toEqual(
    [...[...local.keys()].map((rel) => `www/releases/v1/${rel}`), 'www/releases/v1/.s3-cloudfront-deploy.json'].sort(),
  );

  await appendFile(join(site, 'index.html'), '<!-- v2 -->');
  const second = await action({ 'source-dir': site, 'release-id': 'v2' });
  expect(second.code).toBe(0);
  expect(second.outputs).toMatchObject({ 'release-id': 'v2', 'previous-release-id': 'v1' });
  expect(second.stdout).toContain(`Release v2 is live (was v1): 1 file(s) uploaded, ${local.size - 1} copied`);
  expect(second.summary).toContain('rollback: v1');
  expect(second.summary).toContain(`release-store: ${ARN}`);
  expect(pointers()).toEqual({ 'site:live': 'v2', 'site:previous': 'v1' });
  const stored = await bucketState(s3.endpoint, BUCKET, 'www/releases/v2/');
  expect(stored['www/releases/v2/index.html']?.md5).toBe((await listFiles(site)).get('index.html'));
  expect(stored['www/releases/v2/assets/app.css']?.contentType).toBe('text/css; charset=utf-8');

  const back = await action({ rollback: 'previous' });
  expect(back.code).toBe(0);
  expect(back.outputs).toMatchObject({ 'release-id': 'v1', 'previous-release-id': 'v2' });
  expect(pointers()).toEqual({ 'site:live': 'v1', 'site:previous': 'v2' });
});

test.each<[string, Record<string, string>, RegExp]>([
  ['a malformed store ARN', { 'release-store': 'arn:aws:cloudfront::1:distribution/E1' }, /Input "release-store"/],
  ['a rollback to an unknown release', { rollback: 'nope' }, /release nope does not exist .*The releases there/],
])('%s: one error line, the pointers unchanged', async (_name, inputs, message) => {
  const before = pointers();
  const run = await action(inputs);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
  expect(errors[0]).toMatch(message);
  expect(pointers()).toEqual(before);
});

test('AccessDenied on the store: one error naming the permission, before anything is written to the bucket', async () => {
  const site = await copySite();
  kvs.faults.push({ op: 'GetKey', kind: 'access-denied' });
  const run = await action({ 'source-dir': site, 'release-id': 'denied' });
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
  expect(errors[0]).toContain('cloudfront-keyvaluestore:GetKey');
  expect(await bucketState(s3.endpoint, BUCKET, 'www/releases/denied/')).toEqual({});
});
