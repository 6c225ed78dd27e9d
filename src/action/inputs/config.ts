/**
 * Inputs and environment → one typed, validated Config, before anything touches the network. Each
 * part has its module here; every input is read exactly once; the defaults are in defaults.ts.
 */
import { parseGrace } from '../../core/grace.js';
import type { RunRequest } from '../../flows/run.js';
import { optional } from '../../util/optional.js';
import { type Auth, endpointVariable, readAuth } from './auth-inputs.js';
import { type BucketAccess, readBucketAccess } from './bucket-inputs.js';
import { type CdnConfig, readCdnConfig } from './cdn-inputs.js';
import { DEFAULTS } from './defaults.js';
import { readDeployConfig } from './deploy-inputs.js';
import { type PreviewConfig, readPreviewConfig } from './preview-inputs.js';
import { bool, type Env, InputError, int, nonEmpty, type ReadInput, text } from './read.js';
import { readReleaseConfig } from './release-inputs.js';
import { readRemoveConfig } from './remove-inputs.js';
import { readSiteInputs } from './site-inputs.js';

/** The run's request (flows/run.ts) and how to reach AWS. */
export interface Config extends RunRequest {
  readonly cdn?: CdnConfig;
  readonly region: string;
  readonly s3Endpoint?: string;
  /** With release: AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE ?? AWS_ENDPOINT_URL. */
  readonly kvsEndpoint?: string;
  /** Encryption and the expected owner, for every request to the bucket. */
  readonly bucketAccess: BucketAccess;
  readonly auth: Auth;
  /** site-url and github-token: links to the changed pages, and the pull request comment. */
  readonly preview?: PreviewConfig;
  /** For tests of the built action only (TEST_CLOCK_OFFSET_VARIABLE): ms added to the run's clock. */
  readonly testClockOffsetMs?: number;
}

export function readConfig(read: ReadInput, env: Env): Config {
  const indexDocument = text(read, 'index-document', DEFAULTS.indexDocument);
  const cdn = readCdnConfig(read, env, indexDocument);
  const site = readSiteInputs(read, cdn !== undefined);
  if (site === undefined && cdn !== undefined && cdn.explicitPaths.length === 0) {
    throw new InputError('invalidation-paths', 'required when no bucket is given: the paths to invalidate, e.g. /*');
  }
  const release = readReleaseConfig(read, env, site);
  const remove = site && readRemoveConfig(read, site);
  const s3Endpoint = endpointVariable(env, 'AWS_ENDPOINT_URL_S3');
  const region = text(read, 'region') || nonEmpty(env['AWS_REGION']) || nonEmpty(env['AWS_DEFAULT_REGION']);
  const deploy =
    site && !remove && release?.rollback === undefined ? readDeployConfig(read, site, indexDocument) : undefined;
  if (site !== undefined && region === undefined && s3Endpoint === undefined) {
    throw new InputError(
      'region',
      'no region: set the region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)',
    );
  }
  return {
    ...optional('deploy', deploy),
    ...optional('remove', remove),
    ...optional('cdn', cdn),
    ...optional('release', release),
    dryRun: bool(read, 'dry-run', false),
    concurrency: int(read, 'concurrency', DEFAULTS.concurrency, { min: 1, max: 256 }),
    region: region ?? 'us-east-1',
    ...optional('s3Endpoint', s3Endpoint),
    ...optional('kvsEndpoint', release && endpointVariable(env, 'AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE')),
    bucketAccess: readBucketAccess(read),
    auth: readAuth(read, env),
    ...optional('preview', readPreviewConfig(read, deploy !== undefined, indexDocument)),
    ...optional('testClockOffsetMs', testClockOffset(env) || undefined),
  };
}

/**
 * Shifts the clock the run reads (delete-grace), as if the run happened that much later. For tests
 * of the built action only: the e2e tests cannot wait hours for a grace to end.
 */
export const TEST_CLOCK_OFFSET_VARIABLE = 'S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET';

/** ms to add to the run's clock, from TEST_CLOCK_OFFSET_VARIABLE; 0 when unset. */
function testClockOffset(env: Env): number {
  const value = env[TEST_CLOCK_OFFSET_VARIABLE]?.trim() ?? '';
  if (value === '') return 0;
  const ms = parseGrace(value);
  if (ms === undefined) throw new Error(`${TEST_CLOCK_OFFSET_VARIABLE} is not a duration like 2h: "${value}"`);
  return ms;
}
