/**
 * The read-only check the release flow makes before its first write, through the real CloudFront
 * adapter against the stand-in: Cdn.viewerRequestFunction (GetDistributionConfig, then DescribeFunction)
 * and checkReleaseSetup on what it finds: missing, another function, set up for the store. The
 * EdgeSetup adapter's writes are the ones setup-releases makes.
 */

import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { createEdgeSetupClient } from '../../src/aws/cloudfront-setup.js';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { LAYERED_RELEASES_MARKER, servesLayers } from '../../src/core/release-layers.js';
import { checkReleaseSetup } from '../../src/core/release-setup.js';
import { withViewerRequestFunction } from '../../src/core/viewer-request-association.js';
import { systemClock } from '../../src/ports.js';

const KEYS = { accessKeyId: 'AKIACHECKTEST0000001', secretAccessKey: 'check/test+secret/00000000000000000001' };
const DIST = 'E3CHECKDIST';
const OTHER = 'E4OTHERDIST';
const FOREIGN = 'arn:aws:cloudfront::123456789012:function/not-ours';

let standin: CloudFrontStandin;
let http: HttpClient;

beforeAll(async () => {
  standin = await startCloudFrontStandin({
    distributions: {
      [DIST]: { originDomain: 'site.s3.us-east-1.amazonaws.com' },
      [OTHER]: { originDomain: 'site.s3.us-east-1.amazonaws.com', viewerRequestFunctionArn: FOREIGN },
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

test('missing, then set up for one store and not for another; another function is named', async () => {
  const cdn = createCloudFrontClient({ http, endpoint: standin.endpoint });
  const edge = createEdgeSetupClient({ http, endpoint: standin.endpoint });
  const { arn: store } = await edge.createKeyValueStore('pointers', '');
  const { arn: otherStore } = await edge.createKeyValueStore('elsewhere', '');

  expect(await cdn.viewerRequestFunction(DIST)).toBeUndefined();
  expect(checkReleaseSetup(DIST, store, undefined).kind).toBe('missing');

  const created = await edge.createFunction({
    name: 'router',
    comment: '',
    runtime: 'cloudfront-js-2.0',
    code: Buffer.from('function handler(e) { return e.request; }'),
    keyValueStoreArns: [store],
  });
  expect(await edge.describeFunction('router', 'LIVE')).toBeUndefined();
  const live = await edge.publishFunction('router', created.etag);
  const config = await edge.getDistributionConfig(DIST);
  await edge.updateDistributionConfig(DIST, withViewerRequestFunction(config.xml, live.arn), config.etag);
  // The same ETag again: CloudFront's PreconditionFailed, explained.
  const stale = await edge.updateDistributionConfig(DIST, config.xml, config.etag).catch((error: unknown) => error);
  expect(stale).toBeInstanceOf(AwsError);
  expect((stale as AwsError).code).toBe('PreconditionFailed');
  expect((stale as Error).message).toContain('changed since it was read');

  const found = await cdn.viewerRequestFunction(DIST);
  expect(found).toEqual({ arn: live.arn, name: 'router', keyValueStoreArns: [store] });
  expect(checkReleaseSetup(DIST, store, found)).toEqual({ kind: 'ready', function: found });
  expect(checkReleaseSetup(DIST, otherStore, found).kind).toBe('other-function');
  expect(await edge.distributionStatus(DIST)).toBe('Deployed');

  // A function CloudFront does not describe (another account's, deleted): found, with no store.
  const foreign = await cdn.viewerRequestFunction(OTHER);
  expect(foreign).toEqual({ arn: FOREIGN, name: 'not-ours', keyValueStoreArns: [] });
  const verdict = checkReleaseSetup(OTHER, store, foreign);
  expect(verdict.kind === 'other-function' && verdict.message).toContain('another viewer-request function, not-ours');
}, 60_000);

test('GetFunction reads the LIVE code; UpdateFunction changes DEVELOPMENT only, until published', async () => {
  const cdn = createCloudFrontClient({ http, endpoint: standin.endpoint });
  const edge = createEdgeSetupClient({ http, endpoint: standin.endpoint });
  const { arn: store } = await edge.createKeyValueStore('layers', '');
  const input = {
    name: 'layers-router',
    comment: '',
    runtime: 'cloudfront-js-2.0',
    code: Buffer.from('// old\nfunction handler(e) { return e.request; }'),
    keyValueStoreArns: [store],
  };
  const created = await edge.createFunction(input);
  expect(await cdn.functionCode(created.arn)).toBeUndefined();
  await edge.publishFunction(input.name, created.etag);
  expect(await cdn.functionCode(created.arn)).toBe(input.code.toString());

  const development = await edge.describeFunction(input.name, 'DEVELOPMENT');
  const newer = Buffer.from(`${LAYERED_RELEASES_MARKER}\nfunction handler(e) { return e.request; }`);
  const updated = await edge.updateFunction({ ...input, code: newer }, development!.etag);
  const stale = await edge.updateFunction({ ...input, code: newer }, development!.etag).catch((e: unknown) => e);
  expect((stale as AwsError).code).toBe('PreconditionFailed');
  expect(servesLayers((await cdn.functionCode(created.arn))!)).toBe(false);
  await edge.publishFunction(input.name, updated.etag);
  expect(servesLayers((await cdn.functionCode(created.arn))!)).toBe(true);
  expect((await edge.describeFunction(input.name, 'LIVE'))?.keyValueStoreArns).toEqual([store]);
}, 60_000);
