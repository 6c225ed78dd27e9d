/**
 * setup-releases, the built command line (dist/cli.js) against the CloudFront stand-in: a dry run shows
 * the diff and changes nothing; the real run changes only the function association (the configuration
 * read back is byte-identical elsewhere) and waits until Deployed; a second run says it is already set
 * up; a behaviour running another viewer-request function is refused.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { withViewerRequestFunction } from '../../src/core/viewer-request-association.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const KEYS = { accessKeyId: 'AKIASETUPTEST0000001', secretAccessKey: 'setup/test+secret/00000000000000000001' };
const FRESH = 'E1FRESHDIST';
const TAKEN = 'E2TAKENDIST';
const OTHER_FUNCTION = 'arn:aws:cloudfront::123456789012:function/auth-check';
const ORIGIN = 'site.s3.us-east-1.amazonaws.com';

/** Written by hand, as no serialiser would: indentation, a comment, an element the API does not have. */
const CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
    <CallerReference>terraform-2024 &amp; co</CallerReference>
    <!-- managed elsewhere -->
    <Aliases><Quantity>1</Quantity><Items><CNAME>www.example.com</CNAME></Items></Aliases>
    <DefaultCacheBehavior>
        <TargetOriginId>s3</TargetOriginId>
        <LambdaFunctionAssociations><Quantity>0</Quantity></LambdaFunctionAssociations>
        <FunctionAssociations>
            <Quantity>0</Quantity>
        </FunctionAssociations>
        <CachePolicyId>658327ea-f89d-4fab-a63d-7e88639e58f6</CachePolicyId>
    </DefaultCacheBehavior>
    <FutureSetting enabled="yes">kept as is</FutureSetting>
    <Comment>hand-made</Comment>
    <Enabled>true</Enabled>
</DistributionConfig>
`;

let standin: CloudFrontStandin;

beforeAll(async () => {
  standin = await startCloudFrontStandin({
    distributions: {
      [FRESH]: { originDomain: ORIGIN },
      [TAKEN]: { originDomain: ORIGIN, viewerRequestFunctionArn: OTHER_FUNCTION },
    },
    credentials: KEYS,
    deployDelayMs: 1500,
  });
  standin.edge.configs.add(FRESH, CONFIG);
});
afterAll(async () => {
  await standin?.stop();
});

function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: '/nonexistent',
    AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    AWS_ENDPOINT_URL_CLOUDFRONT: standin.endpoint,
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'setup-releases', ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const writes = (): number[] => {
  const { requests } = standin.state.snapshot();
  return [requests.CreateKeyValueStore, requests.CreateFunction, requests.PublishFunction, requests.UpdateDistribution];
};

test('dry run: the change as a diff, nothing written', async () => {
  const before = standin.edge.configs.get(FRESH);
  const run = await cli(['--distribution-id', FRESH, '--prefix', 'www', '--dry-run', '--detailed-exitcode']);
  expect(run).toMatchObject({ code: 2 });
  expect(run.stdout).toContain('--- GetDistributionConfig');
  expect(run.stdout).toContain(
    '\n-             <Quantity>0</Quantity>\n+             <Quantity>1</Quantity>\n+ <Items>',
  );
  expect(run.stdout).toContain(
    '+ <FunctionARN>arn:aws:cloudfront::{account}:function/s3cd-releases-E1FRESHDIST</FunctionARN>',
  );
  expect(run.stdout).toContain('+ <EventType>viewer-request</EventType>');
  expect(run.stderr).toContain('create KeyValueStore s3cd-releases-E1FRESHDIST');
  expect(run.stderr).toContain('RELEASE_PREFIX "www"');
  expect(writes()).toEqual([0, 0, 0, 0]);
  expect(standin.edge.configs.get(FRESH)).toEqual(before);
}, 60_000);

test('the real run changes only the function association, then waits until Deployed; a second run is a no-op', async () => {
  const before = standin.edge.configs.get(FRESH);
  const run = await cli(['--distribution-id', FRESH, '--prefix', 'www', '--json']);
  expect(run.stderr).not.toContain('rror');
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout);
  expect(outputs).toMatchObject({
    setup: 'done',
    'function-arn': expect.stringMatching(/function\/s3cd-releases-E1FRESHDIST$/),
  });
  expect(run.stderr).toMatch(/Distribution E1FRESHDIST is InProgress/);
  expect(run.stderr).toMatch(/Distribution E1FRESHDIST is Deployed/);

  const after = standin.edge.configs.get(FRESH);
  expect(after.status).toBe('Deployed');
  expect(after.etag).not.toBe(before.etag);
  // Byte for byte: the document read back is the one read before with exactly the association added.
  expect(after.xml).toBe(withViewerRequestFunction(CONFIG, outputs['function-arn']));
  const added = `<Items><FunctionAssociation><FunctionARN>${outputs['function-arn']}</FunctionARN><EventType>viewer-request</EventType></FunctionAssociation></Items>`;
  expect(
    after.xml
      .replace(added, '')
      .replace('<Quantity>1</Quantity>\n        </Func', '<Quantity>0</Quantity>\n        </Func'),
  ).toBe(CONFIG);

  const live = standin.edge.resources.describeFunction('s3cd-releases-E1FRESHDIST', 'LIVE');
  expect(live.keyValueStoreArns).toEqual([outputs['release-store']]);
  expect(live.runtime).toBe('cloudfront-js-2.0');
  const code = live.code.toString('utf8');
  expect(code).toContain('const RELEASE_NAME = "site";');
  expect(code).toContain('const RELEASE_PREFIX = "www";');
  expect(writes()).toEqual([1, 1, 1, 1]);

  const again = await cli(['--distribution-id', FRESH, '--prefix', 'www']);
  expect(again.code).toBe(0);
  expect(again.stderr).toContain('is already set up for releases');
  expect(again.stderr).toContain(`Deploy with release-store: ${outputs['release-store']}`);
  expect(writes()).toEqual([1, 1, 1, 1]);
  expect(standin.edge.configs.get(FRESH).etag).toBe(after.etag);
}, 60_000);

test('a behaviour that runs another viewer-request function is refused, nothing written', async () => {
  const before = standin.edge.configs.get(TAKEN);
  const counts = writes();
  const run = await cli(['--distribution-id', TAKEN]);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain(`already runs another viewer-request function, auth-check (${OTHER_FUNCTION})`);
  expect(writes()).toEqual(counts);
  expect(standin.edge.configs.get(TAKEN)).toEqual(before);
}, 60_000);
