/**
 * dist/index.js with a distribution: deploy to s3rver, then invalidate through the CloudFront
 * stand-in (which checks SigV4), as the runner runs it.
 */
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'cdn-site';
const DISTRIBUTION = 'E2E2ETESTDIST1';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3: LocalServer;
let cloudfront: CloudFrontStandin;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '/www' } },
    credentials: CREDENTIALS,
    completeAfterPolls: 1,
  });
});
afterAll(async () => {
  await cloudfront?.stop();
  await s3?.stop();
  await removeSites();
});

const action = (inputs: Record<string, string>, secret = CREDENTIALS.secretAccessKey): Promise<ActionRun> =>
  runAction(inputs, {
    env: {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
    },
  });
const invalidationsOf = () => cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations ?? [];

test('a deploy invalidates the changed paths below the origin path and waits until Completed', async () => {
  const site = await copySite();
  const run = await action({
    'source-dir': site,
    bucket: BUCKET,
    prefix: 'www',
    'distribution-id': DISTRIBUTION,
    wait: 'true',
  });
  expect(run.code).toBe(0);
  expect(run.outputs['invalidation-status']).toBe('Completed');
  const paths = JSON.parse(run.outputs['invalidation-paths'] ?? '{}')[DISTRIBUTION] as string[];
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/index.html',
      '/docs',
      '/docs/',
      '/docs/index.html',
      '/docs/getting%20started.html',
      '/caf%C3%A9/men%C3%BC.html',
    ]),
  );
  expect(paths.some((path) => path.startsWith('/www'))).toBe(false);
  const ids = JSON.parse(run.outputs['invalidation-ids'] ?? '{}')[DISTRIBUTION] as string[];
  expect(ids).toHaveLength(1);
  expect(invalidationsOf().find((i) => i.id === ids[0])?.status).toBe('Completed');
  expect(run.summary).toContain(ids[0]);

  const again = await action({
    'source-dir': site,
    bucket: BUCKET,
    prefix: 'www',
    'distribution-id': DISTRIBUTION,
    wait: 'true',
  });
  expect(again.code).toBe(0);
  expect(again.outputs).toMatchObject({
    uploaded: '0',
    'invalidation-status': 'None',
    'invalidation-ids': `{"${DISTRIBUTION}":[]}`,
  });
});

test('a scheduled purge needs no bucket and no source-dir', async () => {
  const before = invalidationsOf().length;
  const run = await action({ 'distribution-id': DISTRIBUTION, 'invalidation-paths': '/*' });
  expect(run.code).toBe(0);
  expect(run.outputs['invalidation-status']).toBe('InProgress');
  expect(invalidationsOf()).toHaveLength(before + 1);
  expect(invalidationsOf().at(-1)?.paths).toEqual(['/*']);
});

test('a dry run shows the paths and creates nothing', async () => {
  const site = await copySite();
  const before = invalidationsOf().length;
  const run = await action({
    'source-dir': site,
    bucket: BUCKET,
    prefix: 'dry',
    'distribution-id': DISTRIBUTION,
    'origin-path': '/dry',
    'dry-run': 'true',
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('would invalidate');
  expect(run.stdout).toContain('  /docs/');
  expect(invalidationsOf()).toHaveLength(before);
  expect(await bucketState(s3.endpoint, BUCKET, 'dry/')).toEqual({});
});

test('a wait that times out fails naming the invalidation still in progress', async () => {
  cloudfront.state.completeAfterPolls = 1000;
  try {
    const run = await action({
      'distribution-id': DISTRIBUTION,
      'invalidation-paths': '/timeout/*',
      wait: 'true',
      'wait-timeout': '3',
    });
    expect(run.code).not.toBe(0);
    const id = invalidationsOf().at(-1)?.id;
    expect(id).toBeDefined();
    expect(run.stdout).toMatch(new RegExp(`::error::.*${DISTRIBUTION}.*${id}`));
  } finally {
    cloudfront.state.completeAfterPolls = 1;
  }
});

test('an unknown distribution is a clear error before anything is written to S3', async () => {
  const site = await copySite();
  const run = await action({
    'source-dir': site,
    bucket: BUCKET,
    prefix: 'unknown',
    'distribution-id': 'E0000NOSUCH00',
  });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/::error::.*E0000NOSUCH00/);
  expect(await bucketState(s3.endpoint, BUCKET, 'unknown/')).toEqual({});
});

test('an unknown distribution and a missing bucket: the distribution is the one error, though the listing went out first', async () => {
  const site = await copySite();
  const run = await action({
    'source-dir': site,
    bucket: 'no-such-bucket',
    'distribution-id': 'E0000NOSUCH00',
  });
  expect(run.code).toBe(1);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect(errors).toEqual([expect.stringMatching(/E0000NOSUCH00/)]);
  expect(run.stderr).not.toMatch(/unhandled|NoSuchBucket/i);
});

test('a bad explicit path fails before any request; a wrong secret is refused and never printed', async () => {
  const requests = cloudfront.state.requests.CreateInvalidation ?? 0;
  const bad = await action({ 'distribution-id': DISTRIBUTION, 'invalidation-paths': 'docs/*/x.html' });
  expect(bad.code).not.toBe(0);
  expect(bad.stdout).toContain('Input "invalidation-paths"');
  expect(cloudfront.state.requests.CreateInvalidation ?? 0).toBe(requests);

  const secret = 'wrong-secret-value-1234567890';
  const wrong = await action({ 'distribution-id': DISTRIBUTION, 'invalidation-paths': '/*' }, secret);
  expect(wrong.code).not.toBe(0);
  expect(wrong.stdout).toContain('SignatureDoesNotMatch');
  expect(wrong.stdout.replace(`::add-mask::${secret}`, '')).not.toContain(secret);
  expect(wrong.stderr).not.toContain(secret);
});
