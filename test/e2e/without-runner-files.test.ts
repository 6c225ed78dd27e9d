/**
 * Outside a runner (a local run, an older GitHub Enterprise Server) there may be no job summary file
 * and no output file: a deploy that did its work still exits 0, and never falls back to the
 * deprecated ::set-output command.
 */
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'no-runner-files';
let s3: LocalServer;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
});
afterAll(async () => {
  await s3?.stop();
  await removeSites();
});

test('no GITHUB_STEP_SUMMARY and no GITHUB_OUTPUT: the deploy succeeds, says why in debug lines, sets no output', async () => {
  const site = await copySite();
  const run = await runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'local' },
    {
      env: {
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        GITHUB_STEP_SUMMARY: '',
        GITHUB_OUTPUT: '',
      },
    },
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Deployed s3:\/\/no-runner-files\/local\/: 9 uploaded/m);
  expect(run.stdout).toContain('::debug::GITHUB_STEP_SUMMARY is not set: no job summary written.');
  expect(run.stdout).not.toContain('::set-output');
  expect(run.outputs).toEqual({});
  expect(Object.keys(await bucketState(s3.endpoint, BUCKET, 'local/')).length).toBe(10);
});
