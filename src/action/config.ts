/** Inputs and environment → one typed, validated config, before anything touches the network. */

import { validateUserPath } from '../core/invalidation-paths.js';
import type { RunIdentity } from '../core/invalidation-plan.js';
import { normalizePrefix } from '../core/keys.js';
import { CANNED_ACLS, type Credentials, STORAGE_CLASSES } from '../core/types.js';
import type { CdnRequest, DeployRequest, RunRequest } from '../flows/run.js';
import { readDeleteGrace, readPreserve, readRemoveConfig, testClockOffset } from './delete-inputs.js';
import { bool, InputError, int, lines, list, oneOf, type ReadInput, text } from './input-reader.js';
import { type PreviewConfig, readPreviewConfig } from './preview-inputs.js';
import { readCacheControl, readMetadata, readUploadInputs } from './upload-inputs.js';

export const DEFAULTS = {
  include: ['**', '.well-known/**'],
  maxDeletes: 1000,
  concurrency: 16,
  waitTimeoutSeconds: 600,
  indexDocument: 'index.html',
  roleDurationSeconds: 3600,
} as const;

export interface CdnConfig extends CdnRequest {
  readonly endpoint?: string;
}

/** Where the AWS credentials come from. */
export type Auth =
  | { readonly kind: 'environment'; readonly credentials: Credentials }
  | {
      readonly kind: 'oidc';
      readonly roleArn: string;
      readonly roleSessionName: string;
      readonly durationSeconds: number;
      readonly stsEndpoint?: string;
    };

/** The run's request (flows/run.ts) and how to reach AWS. */
export interface Config extends RunRequest {
  readonly cdn?: CdnConfig;
  readonly region: string;
  readonly s3Endpoint?: string;
  readonly auth: Auth;
  /** site-url and github-token: links to the changed pages, and the pull request comment. */
  readonly preview?: PreviewConfig;
  /** For tests of the built action only (S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET): ms added to the deploy's clock. */
  readonly testClockOffsetMs?: number;
}

export type Env = Readonly<Record<string, string | undefined>>;

export function readConfig(read: ReadInput, env: Env): Config {
  const cdn = readCdnConfig(read, env);
  const bucket = text(read, 'bucket');
  const remove = readRemoveConfig(read, bucket, DEFAULTS.maxDeletes);
  if (remove !== undefined) validateBucketName(bucket);
  if (bucket === '' && cdn === undefined) {
    throw new InputError(
      'bucket',
      'required: the name of the S3 bucket to deploy to (or give distribution-id and invalidation-paths to purge a cache)',
    );
  }
  if (bucket === '' && cdn !== undefined && cdn.explicitPaths.length === 0) {
    throw new InputError('invalidation-paths', 'required when no bucket is given: the paths to invalidate, e.g. /*');
  }
  const s3Endpoint = endpointFrom(env, 'AWS_ENDPOINT_URL_S3');
  const region = text(read, 'region') || nonEmpty(env['AWS_REGION']) || nonEmpty(env['AWS_DEFAULT_REGION']);
  const deploy = bucket === '' || remove !== undefined ? undefined : readDeployConfig(read, bucket);
  if ((deploy ?? remove) !== undefined && region === undefined && s3Endpoint === undefined) {
    throw new InputError(
      'region',
      'no region: set the region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)',
    );
  }

  return {
    ...optional('deploy', deploy),
    ...optional('remove', remove),
    ...optional('cdn', cdn),
    dryRun: bool(read, 'dry-run', false),
    concurrency: int(read, 'concurrency', DEFAULTS.concurrency, { min: 1, max: 256 }),
    region: region ?? 'us-east-1',
    ...optional('s3Endpoint', s3Endpoint),
    auth: readAuth(read, env),
    ...optional(
      'preview',
      readPreviewConfig(read, deploy !== undefined, text(read, 'index-document', DEFAULTS.indexDocument)),
    ),
    ...optional('testClockOffsetMs', testClockOffset(env) || undefined),
  };
}

function readAuth(read: ReadInput, env: Env): Auth {
  const roleArn = text(read, 'role-to-assume');
  if (roleArn === '') return { kind: 'environment', credentials: credentialsFrom(env) };
  if (!ROLE_ARN.test(roleArn)) {
    throw new InputError(
      'role-to-assume',
      `"${roleArn}" is not an IAM role ARN (expected arn:aws:iam::123456789012:role/NAME or …:role/path/NAME)`,
    );
  }
  const roleSessionName = text(read, 'role-session-name') || defaultSessionName(env);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError('role-session-name', `"${roleSessionName}": 2–64 letters, digits and +=,.@_- only`);
  }
  const stsEndpoint = endpointFrom(env, 'AWS_ENDPOINT_URL_STS');
  return {
    kind: 'oidc',
    roleArn,
    roleSessionName,
    durationSeconds: int(read, 'role-duration-seconds', DEFAULTS.roleDurationSeconds, { min: 900, max: 43200 }),
    ...optional('stsEndpoint', stsEndpoint),
  };
}

function readDeployConfig(read: ReadInput, bucket: string): DeployRequest {
  validateBucketName(bucket);
  const sourceDir = text(read, 'source-dir');
  if (sourceDir === '') throw new InputError('source-dir', 'required: the directory holding the built site');
  const { headers, ...uploadOrderAndGuard } = readUploadInputs(read);
  return {
    ...uploadOrderAndGuard,
    sourceDir,
    bucket,
    prefix: withInput('prefix', () => normalizePrefix(text(read, 'prefix'))),
    include: lines(read, 'include').length > 0 ? lines(read, 'include') : [...DEFAULTS.include],
    exclude: lines(read, 'exclude'),
    headerRules: {
      cacheControl: readCacheControl(read),
      ...optional('acl', oneOf(read, 'acl', CANNED_ACLS)),
      ...optional('storageClass', oneOf(read, 'storage-class', STORAGE_CLASSES)),
      metadata: readMetadata(read),
      ...optional('headers', headers),
    },
    deleteRemoved: bool(read, 'delete', false),
    maxDeletes: int(read, 'max-deletes', DEFAULTS.maxDeletes, { min: -1, max: Number.MAX_SAFE_INTEGER }),
    preserve: readPreserve(read),
    deleteGraceMs: readDeleteGrace(read),
  };
}

function readCdnConfig(read: ReadInput, env: Env): CdnConfig | undefined {
  const distributionIds = list(read, 'distribution-id');
  for (const id of distributionIds) {
    if (!/^E[A-Z0-9]{4,31}$/.test(id)) {
      throw new InputError(
        'distribution-id',
        `"${id}" is not a CloudFront distribution id (like E2EXAMPLE1ABCD; not the domain name)`,
      );
    }
  }
  const explicitPaths = lines(read, 'invalidation-paths').map((path) =>
    withInput('invalidation-paths', () => validateUserPath(path)),
  );
  if (distributionIds.length === 0 && explicitPaths.length > 0) {
    throw new InputError('distribution-id', 'required with invalidation-paths: the distribution to invalidate');
  }
  if (!bool(read, 'invalidate', distributionIds.length > 0)) return undefined;
  if (distributionIds.length === 0) {
    throw new InputError('distribution-id', 'required when invalidate is true: the distribution to invalidate');
  }
  const maxPaths = int(read, 'max-invalidation-paths', 0, { min: 0, max: 1_000_000 });
  const originPath = read('origin-path').trim();
  const endpoint = endpointFrom(env, 'AWS_ENDPOINT_URL_CLOUDFRONT');
  return {
    run: runIdentity(env),
    distributionIds: [...new Set(distributionIds)],
    explicitPaths: [...new Set(explicitPaths)],
    wait: bool(read, 'wait', false),
    waitTimeoutMs: int(read, 'wait-timeout', DEFAULTS.waitTimeoutSeconds, { min: 1, max: 6 * 3600 }) * 1000,
    ...optional('maxPaths', maxPaths === 0 ? undefined : maxPaths),
    indexDocument: text(read, 'index-document', DEFAULTS.indexDocument),
    ...optional('originPath', originPath === '' ? undefined : originPath),
    ...optional('endpoint', endpoint),
  };
}

// Path segments exclude '/' so a long non-matching ARN cannot backtrack exponentially.
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;

/** 'GitHubActions-<run id>' (what CloudTrail shows), within STS's [\w+=,.@-]{2,64}. */
function defaultSessionName(env: Env): string {
  const runId = (env['GITHUB_RUN_ID'] ?? '').replace(/[^\w+=,.@-]/g, '');
  return (runId === '' ? 'GitHubActions' : `GitHubActions-${runId}`).slice(0, 64);
}

/** The runner's GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT; outside Actions every invocation is its own run. */
function runIdentity(env: Env): RunIdentity {
  const runId = nonEmpty(env['GITHUB_RUN_ID']);
  if (runId === undefined) return { runId: `local${Date.now()}`, runAttempt: '1' };
  return { runId, runAttempt: nonEmpty(env['GITHUB_RUN_ATTEMPT']) ?? '1' };
}

/** configure-aws-credentials exports these; an empty variable counts as unset. */
function credentialsFrom(env: Env): Credentials {
  const accessKeyId = nonEmpty(env['AWS_ACCESS_KEY_ID']);
  const secretAccessKey = nonEmpty(env['AWS_SECRET_ACCESS_KEY']);
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    throw new Error(
      'No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set ' +
        '(run aws-actions/configure-aws-credentials before this step).',
    );
  }
  const sessionToken = nonEmpty(env['AWS_SESSION_TOKEN']);
  return { accessKeyId, secretAccessKey, ...optional('sessionToken', sessionToken) };
}

/** The service-specific variable wins over AWS_ENDPOINT_URL, as in the AWS SDKs and CLI. */
function endpointFrom(env: Env, serviceVariable: string): string | undefined {
  const name = nonEmpty(env[serviceVariable]) !== undefined ? serviceVariable : 'AWS_ENDPOINT_URL';
  const value = nonEmpty(env[name]);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: "${value}" (expected e.g. http://127.0.0.1:9000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an http:// or https:// URL, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

function validateBucketName(bucket: string): void {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new InputError(
      'bucket',
      `"${bucket}" is not a valid bucket name (3–63 lower-case letters, digits, dots and dashes; give the name, not s3:// or a URL)`,
    );
  }
}

function withInput<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof Error && !(error instanceof InputError)) throw new InputError(input, error.message);
    throw error;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
