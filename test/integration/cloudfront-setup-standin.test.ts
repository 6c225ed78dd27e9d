/**
 * The stand-in's setup calls for releases, driven by an independent client, the AWS CLI (botocore
 * parses every answer against CloudFront's own model): a KeyValueStore, a function created, published
 * and associated through UpdateDistribution with If-Match; then CloudFront's refusals.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CloudFrontStandin,
  type StandinCredentials,
  startCloudFrontStandin,
} from '../../playground/cloudfront/server.js';

const DIST = 'E1SETUPSTANDIN';
const CREDS: StandinCredentials = {
  accessKeyId: 'AKIASTANDINTEST00002',
  secretAccessKey: 'standin/test+secret/0000000000000000000002',
};

let standin: CloudFrontStandin;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scd-setup-standin-'));
  standin = await startCloudFrontStandin({
    distributions: { [DIST]: { originDomain: 'site.s3.us-east-1.amazonaws.com' } },
    credentials: CREDS,
    deployDelayMs: 0,
  });
});
afterAll(async () => {
  await standin?.stop();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

function aws(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('AWS_')) env[name] = value;
  Object.assign(env, {
    AWS_ACCESS_KEY_ID: CREDS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDS.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  });
  const argv = ['--endpoint-url', standin.endpoint, '--output', 'json', 'cloudfront', ...args];
  return new Promise((resolve) => {
    execFile('aws', argv, { env, timeout: 45_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

// biome-ignore lint/suspicious/noExplicitAny: botocore's JSON, read field by field and checked by the assertions.
async function awsJson(args: string[]): Promise<any> {
  const result = await aws(args);
  if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

test('a store, a published function with the store, and its association through UpdateDistribution', async () => {
  const store = await awsJson(['create-key-value-store', '--name', 'site-releases', '--comment', 'pointers']);
  expect(store.KeyValueStore).toMatchObject({ Name: 'site-releases', Status: 'READY' });
  expect(store.KeyValueStore.ARN).toMatch(/^arn:aws:cloudfront::\d{12}:key-value-store\/[0-9a-f-]{36}$/);
  expect(store.ETag).toBeTruthy();
  const described = await awsJson(['describe-key-value-store', '--name', 'site-releases']);
  expect(described.KeyValueStore.ARN).toBe(store.KeyValueStore.ARN);

  const code = join(work, 'fn.js');
  await writeFile(code, 'async function handler(event) { return event.request; }\n');
  const config = `Comment=releases,Runtime=cloudfront-js-2.0,KeyValueStoreAssociations={Quantity=1,Items=[{KeyValueStoreARN=${store.KeyValueStore.ARN}}]}`;
  const created = await awsJson([
    'create-function',
    '--name',
    'site-router',
    '--function-config',
    config,
    '--function-code',
    `fileb://${code}`,
  ]);
  expect(created.FunctionSummary.FunctionMetadata.Stage).toBe('DEVELOPMENT');
  const arn = created.FunctionSummary.FunctionMetadata.FunctionARN;

  const config0 = await awsJson(['get-distribution-config', '--id', DIST]);
  const withFunction = structuredClone(config0.DistributionConfig);
  withFunction.DefaultCacheBehavior.FunctionAssociations = {
    Quantity: 1,
    Items: [{ FunctionARN: arn, EventType: 'viewer-request' }],
  };
  const configFile = join(work, 'config.json');
  await writeFile(configFile, JSON.stringify(withFunction));
  const update = ['update-distribution', '--id', DIST, '--distribution-config', `file://${configFile}`];

  // Not published yet: CloudFront refuses to associate a DEVELOPMENT function.
  const unpublished = await aws([...update, '--if-match', config0.ETag]);
  expect(unpublished.stderr).toContain('InvalidFunctionAssociation');

  const stale = await aws(['publish-function', '--name', 'site-router', '--if-match', 'E0STALE']);
  expect(stale.stderr).toContain('PreconditionFailed');
  const published = await awsJson(['publish-function', '--name', 'site-router', '--if-match', created.ETag]);
  expect(published.FunctionSummary.FunctionMetadata.Stage).toBe('LIVE');
  const live = await awsJson(['describe-function', '--name', 'site-router', '--stage', 'LIVE']);
  expect(live.FunctionSummary.FunctionConfig.KeyValueStoreAssociations.Items).toEqual([
    { KeyValueStoreARN: store.KeyValueStore.ARN },
  ]);

  const updated = await awsJson([...update, '--if-match', config0.ETag]);
  expect(updated.Distribution.Status).toBe('InProgress');
  expect(updated.ETag).not.toBe(config0.ETag);
  const after = await awsJson(['get-distribution', '--id', DIST]);
  expect(after.Distribution.Status).toBe('Deployed');
  expect(after.Distribution.DistributionConfig.DefaultCacheBehavior.FunctionAssociations.Items).toEqual([
    { FunctionARN: arn, EventType: 'viewer-request' },
  ]);

  // The old ETag no longer matches; a changed CallerReference is an IllegalUpdate.
  expect((await aws([...update, '--if-match', config0.ETag])).stderr).toContain('PreconditionFailed');
  await writeFile(configFile, JSON.stringify({ ...withFunction, CallerReference: 'another' }));
  expect((await aws([...update, '--if-match', updated.ETag])).stderr).toContain('IllegalUpdate');
}, 120_000);

test('names are unique and unknown ones are not found', async () => {
  await awsJson(['create-key-value-store', '--name', 'twice']);
  expect((await aws(['create-key-value-store', '--name', 'twice'])).stderr).toContain('EntityAlreadyExists');
  expect((await aws(['describe-key-value-store', '--name', 'never'])).stderr).toContain('EntityNotFound');
  expect((await aws(['describe-function', '--name', 'never'])).stderr).toContain('NoSuchFunctionExists');
}, 60_000);
