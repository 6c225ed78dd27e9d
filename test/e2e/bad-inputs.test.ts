/**
 * Bad inputs as a new user gives them, to the built action: each ends in one ::error:: line, exit 1,
 * no stack trace, no retry line from connections closed on the way out, and nothing written. An S3
 * endpoint where nothing listens, whatever the other inputs; with origin-path set, an unknown
 * distribution or a dead CloudFront endpoint is found before the first S3 write.
 */
import { createServer } from 'node:net';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { copySite, removeSites } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'bad-inputs-site';
const DISTRIBUTION = 'E1BADINPUTS001';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

let s3: LocalServer;
let tap: TapProxy;
let cloudfront: CloudFrontStandin;
/** A port nothing listens on: taken, then given back. */
let deadEndpoint: string;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  tap = await startTapProxy(s3.endpoint);
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` } },
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  deadEndpoint = await new Promise<string>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`));
    });
  });
});
afterAll(async () => {
  await tap?.stop();
  await cloudfront?.stop();
  await s3?.stop();
  await removeSites();
});

/** One ::error:: line, exit 1, no stack trace and no retry line; returns the error line. */
function oneError(run: ActionRun): string {
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors: errors.length, stderr: run.stderr }).toEqual({ code: 1, errors: 1, stderr: '' });
  expect(run.stdout).not.toMatch(/retry \d+ of \d+/);
  return errors[0]!;
}

test.each<[string, Record<string, string>]>([
  ['a deploy', {}],
  ['a deploy with delete and max-deletes', { delete: 'true', 'max-deletes': '5' }],
  ['a dry run', { 'dry-run': 'true', delete: 'true' }],
  ['a deploy with a distribution and origin-path', { 'distribution-id': DISTRIBUTION, 'origin-path': '/www' }],
  ['a remove', { remove: 'true', 'source-dir': '' }],
])('an S3 endpoint where nothing listens, %s: one error line naming the endpoint', async (_name, inputs) => {
  const site = await copySite();
  const run = await runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'www', ...inputs },
    {
      env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: deadEndpoint, AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint },
    },
  );
  expect(oneError(run)).toMatch(
    new RegExp(
      `could not reach ${deadEndpoint.replace(/[.]/g, '\\.')} \\(.*ECONNREFUSED.*\\)\\. Check AWS_ENDPOINT_URL_S3`,
    ),
  );
});

test.each<[string, string, RegExp]>([
  [
    'an unknown distribution',
    'cloudfront',
    /GetInvalidation on distribution E9UNKNOWNDIST1 failed with NoSuchDistribution.*check distribution-id/,
  ],
  ['a dead CloudFront endpoint', 'dead', /could not reach .* Check AWS_ENDPOINT_URL_CLOUDFRONT/],
])('with origin-path, %s is found before any S3 write', async (_name, endpoint, message) => {
  const site = await copySite();
  tap.seen.length = 0;
  const run = await runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'www', 'distribution-id': 'E9UNKNOWNDIST1', 'origin-path': '/www' },
    {
      env: {
        ...CREDENTIALS,
        AWS_ENDPOINT_URL_S3: tap.endpoint,
        AWS_ENDPOINT_URL_CLOUDFRONT: endpoint === 'dead' ? deadEndpoint : cloudfront.endpoint,
      },
    },
  );
  expect(oneError(run)).toMatch(message);
  expect(tap.seen.filter((request) => !request.startsWith('GET '))).toEqual([]);
});

test('a missing source-dir beside a live S3: one error line, and no retry line from the reads closed on the way out', async () => {
  const run = await runAction(
    { 'source-dir': '/nonexistent/site', bucket: BUCKET, prefix: 'www' },
    { env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: tap.endpoint } },
  );
  expect(oneError(run)).toMatch(/source-dir '\/nonexistent\/site' does not exist/);
});
