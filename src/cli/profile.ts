/**
 * Credentials, region and endpoint from the shared AWS files, for a laptop or a CI that has no
 * AWS_ACCESS_KEY_ID: the profile AWS_PROFILE names (else default) in ~/.aws/credentials and
 * ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE), read by the AWS SDK's own parser.
 * The result is the environment the action would have been given, so the same config code reads it;
 * as in the AWS CLI and SDKs, a variable that is set wins over the profile.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseKnownFiles } from '@smithy/core/config';
import { type Env, nonEmpty } from '../action/inputs/read.js';

/** Profile keys naming a credential source we do not implement, and what it is called. */
const UNSUPPORTED: readonly (readonly [key: string, what: string])[] = [
  ['sso_session', 'IAM Identity Center (SSO)'],
  ['sso_start_url', 'IAM Identity Center (SSO)'],
  ['credential_process', 'an external process (credential_process)'],
  ['role_arn', 'an assumed role (role_arn)'],
  ['web_identity_token_file', 'a web identity token file'],
];

export async function withSharedConfig(env: Env): Promise<Env> {
  const home = nonEmpty(env['HOME']) ?? homedir();
  const files = {
    filepath: nonEmpty(env['AWS_SHARED_CREDENTIALS_FILE']) ?? join(home, '.aws', 'credentials'),
    configFilepath: nonEmpty(env['AWS_CONFIG_FILE']) ?? join(home, '.aws', 'config'),
  };
  const named = nonEmpty(env['AWS_PROFILE']);
  const name = named ?? 'default';
  const haveKeys =
    nonEmpty(env['AWS_ACCESS_KEY_ID']) !== undefined && nonEmpty(env['AWS_SECRET_ACCESS_KEY']) !== undefined;
  const profile = (await parseKnownFiles({ ...files, ignoreCache: true }))[name];
  if (profile === undefined) {
    if (named !== undefined && !haveKeys) {
      throw new Error(
        `AWS_PROFILE is "${named}", but neither ${files.filepath} nor ${files.configFilepath} has that profile`,
      );
    }
    if (haveKeys) return env;
    throw noCredentials();
  }
  const filled: Record<string, string | undefined> = { ...env };
  if (!haveKeys) {
    const accessKeyId = nonEmpty(profile['aws_access_key_id']);
    const secretAccessKey = nonEmpty(profile['aws_secret_access_key']);
    if (accessKeyId === undefined || secretAccessKey === undefined) throw unsupported(name, profile);
    filled['AWS_ACCESS_KEY_ID'] = accessKeyId;
    filled['AWS_SECRET_ACCESS_KEY'] = secretAccessKey;
    // Never a session token of other keys: the profile's, or none.
    filled['AWS_SESSION_TOKEN'] = nonEmpty(profile['aws_session_token']) ?? '';
  }
  const region = nonEmpty(profile['region']);
  if (
    region !== undefined &&
    nonEmpty(env['AWS_REGION']) === undefined &&
    nonEmpty(env['AWS_DEFAULT_REGION']) === undefined
  ) {
    filled['AWS_REGION'] = region;
  }
  const endpoint = nonEmpty(profile['endpoint_url']);
  if (endpoint !== undefined && nonEmpty(env['AWS_ENDPOINT_URL']) === undefined) filled['AWS_ENDPOINT_URL'] = endpoint;
  return filled;
}

function unsupported(name: string, profile: Readonly<Record<string, string | undefined>>): Error {
  const source = UNSUPPORTED.find(([key]) => profile[key] !== undefined);
  if (source === undefined) {
    return new Error(`AWS profile "${name}" has no aws_access_key_id and aws_secret_access_key`);
  }
  return new Error(
    `AWS profile "${name}" gets its credentials from ${source[1]}, which s3-cloudfront-deploy does not support: ` +
      `export them first, e.g. eval "$(aws configure export-credentials --profile ${name} --format env)"`,
  );
}

function noCredentials(): Error {
  return new Error(
    'No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN with temporary ones), ' +
      'or AWS_PROFILE naming a profile of ~/.aws/credentials or ~/.aws/config',
  );
}
