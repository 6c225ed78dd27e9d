/**
 * How to reach AWS: credentials from the environment (as aws-actions/configure-aws-credentials leaves
 * them) or the action's own role assumption (role-to-assume, role-session-name, role-duration-seconds),
 * and the endpoint variables (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL), checked here so a bad one
 * is named before anything is sent.
 */
import { parseHttpUrl } from '../../core/http-url.js';
import type { Credentials } from '../../core/types.js';
import { errorMessage } from '../../util/errors.js';
import { optional } from '../../util/optional.js';
import { DEFAULTS } from './defaults.js';
import { type Env, InputError, int, nonEmpty, type ReadInput, text } from './read.js';

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

export function readAuth(read: ReadInput, env: Env): Auth {
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
  return {
    kind: 'oidc',
    roleArn,
    roleSessionName,
    durationSeconds: int(read, 'role-duration-seconds', DEFAULTS.roleDurationSeconds, { min: 900, max: 43200 }),
    ...optional('stsEndpoint', endpointVariable(env, 'AWS_ENDPOINT_URL_STS')),
  };
}

/** The service-specific variable wins over AWS_ENDPOINT_URL, as in the AWS SDKs and CLI. */
export function endpointVariable(env: Env, serviceVariable: string): string | undefined {
  const name = nonEmpty(env[serviceVariable]) !== undefined ? serviceVariable : 'AWS_ENDPOINT_URL';
  const value = nonEmpty(env[name]);
  if (value === undefined) return undefined;
  try {
    parseHttpUrl(value, 'http://127.0.0.1:9000');
  } catch (error) {
    throw new Error(`${name} ${errorMessage(error)}`);
  }
  return value.replace(/\/+$/, '');
}

// Path segments exclude '/' so a long non-matching ARN cannot backtrack exponentially.
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;

/** 'GitHubActions-<run id>' (what CloudTrail shows), within STS's [\w+=,.@-]{2,64}. */
function defaultSessionName(env: Env): string {
  const runId = (env['GITHUB_RUN_ID'] ?? '').replace(/[^\w+=,.@-]/g, '');
  return (runId === '' ? 'GitHubActions' : `GitHubActions-${runId}`).slice(0, 64);
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
  return { accessKeyId, secretAccessKey, ...optional('sessionToken', nonEmpty(env['AWS_SESSION_TOKEN'])) };
}
