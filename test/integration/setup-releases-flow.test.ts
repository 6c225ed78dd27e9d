/**
 * The setup-releases flow through the real adapter against the stand-in, after an interrupted run: the
 * store and the unpublished function it left are taken up, not created twice; a function of that name
 * with another store is refused before any write; a given store that is not an ARN is refused.
 */

import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { createEdgeSetupClient } from '../../src/aws/cloudfront-setup.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { releaseResourceNames } from '../../src/core/release-function.js';
import { ReleaseSetupError } from '../../src/core/release-setup.js';
import { setupReleases } from '../../src/flows/setup-releases.js';
import { silentLog, systemClock } from '../../src/ports.js';

const KEYS = { accessKeyId: 'AKIAFLOWTEST00000001', secretAccessKey: 'flow/test+secret/000000000000000000001' };
const RESUMED = 'E5RESUMED';
const CLASH = 'E6CLASH';
const SOURCE =
  "const RELEASE_NAME = 'site';\nconst RELEASE_PREFIX = '';\nasync function handler(e) { return e.request; }\n";

let standin: CloudFrontStandin;
let http: HttpClient;

beforeAll(async () => {
  standin = await startCloudFrontStandin({
    distributions: {
      [RESUMED]: { originDomain: 'a.s3.us-east-1.amazonaws.com' },
      [CLASH]: { originDomain: 'b.s3.us-east-1.amazonaws.com' },
    },
    credentials: KEYS,
    deployDelayMs: 0,
  });
  http = createHttpClient({ credentials: KEYS, concurrency: 2, clock: systemClock });
});
afterAll(async () => {
  http?.close();
  await standin?.stop();
});

const request = (distributionId: string) => ({
  distributionId,
  releaseName: 'docs',
  prefix: 'docs/',
  functionSource: SOURCE,
  dryRun: false,
});

test('an interrupted run is taken up: its store and its unpublished function are used, nothing made twice', async () => {
  const names = releaseResourceNames(RESUMED);
  const store = standin.edge.resources.createKeyValueStore(names.store, 'left by an interrupted run');
  standin.edge.resources.createFunction({
    name: names.function,
    comment: '',
    runtime: 'cloudfront-js-2.0',
    code: Buffer.from(SOURCE),
    keyValueStoreArns: [store.arn],
  });
  const edge = createEdgeSetupClient({ http, endpoint: standin.endpoint });
  const outcome = await setupReleases(request(RESUMED), { edge, clock: systemClock, log: silentLog });
  expect(outcome).toEqual({
    kind: 'done',
    storeArn: store.arn,
    functionArn: expect.stringMatching(/function\/s3cd-releases-E5RESUMED$/),
  });
  const { requests } = standin.state.snapshot();
  expect([
    requests.CreateKeyValueStore,
    requests.CreateFunction,
    requests.PublishFunction,
    requests.UpdateDistribution,
  ]).toEqual([0, 0, 1, 1]);
  expect(await edge.viewerRequestFunction(RESUMED)).toMatchObject({ keyValueStoreArns: [store.arn] });
});

test('a function of the setup name with another store is refused before any write', async () => {
  const names = releaseResourceNames(CLASH);
  const theirs = standin.edge.resources.createKeyValueStore('theirs', '');
  standin.edge.resources.createFunction({
    name: names.function,
    comment: '',
    runtime: 'cloudfront-js-2.0',
    code: Buffer.from(SOURCE),
    keyValueStoreArns: [theirs.arn],
  });
  const ours = standin.edge.resources.createKeyValueStore('ours', '');
  const before = standin.state.snapshot().requests;
  const edge = createEdgeSetupClient({ http, endpoint: standin.endpoint });
  const refused = setupReleases(
    { ...request(CLASH), storeArn: ours.arn },
    { edge, clock: systemClock, log: silentLog },
  );
  await expect(refused).rejects.toThrow(ReleaseSetupError);
  await expect(refused).rejects.toThrow(`--release-store ${theirs.arn}`);
  const after = standin.state.snapshot().requests;
  expect([after.PublishFunction, after.UpdateDistribution]).toEqual([
    before.PublishFunction,
    before.UpdateDistribution,
  ]);
  await expect(
    setupReleases({ ...request(CLASH), storeArn: 'my-store' }, { edge, clock: systemClock, log: silentLog }),
  ).rejects.toThrow('is not a CloudFront KeyValueStore ARN');
});
