/**
 * Where the AWS credentials come from, masked the moment we hold them: the environment (as
 * aws-actions/configure-aws-credentials leaves it), or the action's own role assumption (GitHub's
 * OIDC token → STS AssumeRoleWithWebIdentity → temporary credentials). The runner's pieces
 * (the OIDC token fetch, core.setSecret) are passed in, so this runs in tests without a runner.
 */

import { stsEndpoint } from '../aws/endpoints.js';
import type { HttpClient } from '../aws/http.js';
import { assumeRoleWithWebIdentity } from '../aws/sts.js';
import type { Credentials } from '../core/types.js';
import { errorMessage } from '../util/errors.js';
import type { Auth } from './inputs/auth-inputs.js';

const OIDC_AUDIENCE = 'sts.amazonaws.com';

export interface RunnerPieces {
  /** fetchIdToken (oidc-token.ts) in the action. */
  readonly getIdToken: (audience: string) => Promise<string>;
  /** core.setSecret in the action. */
  readonly mask: (secret: string) => void;
  /** STS is called unsigned through it (there are no credentials yet). */
  readonly http: HttpClient;
}

export async function resolveCredentials(auth: Auth, region: string, runner: RunnerPieces): Promise<Credentials> {
  if (auth.kind === 'environment') {
    for (const secret of [auth.credentials.secretAccessKey, auth.credentials.sessionToken]) {
      if (secret !== undefined) runner.mask(secret);
    }
    return auth.credentials;
  }
  return credentialsFromOidc({ ...auth, region }, runner);
}

export interface OidcOptions {
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly durationSeconds: number;
  readonly region: string;
  /** AWS_ENDPOINT_URL_STS ?? AWS_ENDPOINT_URL, resolved by config. */
  readonly stsEndpoint?: string | undefined;
}

/** The role ARN and session name were validated by config. */
export async function credentialsFromOidc(options: OidcOptions, runner: RunnerPieces): Promise<Credentials> {
  const webIdentityToken = await idToken(runner.getIdToken);
  runner.mask(webIdentityToken);
  const { credentials } = await assumeRoleWithWebIdentity({
    http: runner.http,
    endpoint: stsEndpoint(options.region, options.stsEndpoint),
    roleArn: options.roleArn,
    roleSessionName: options.roleSessionName,
    durationSeconds: options.durationSeconds,
    webIdentityToken,
  });
  runner.mask(credentials.accessKeyId);
  runner.mask(credentials.secretAccessKey);
  if (credentials.sessionToken !== undefined) runner.mask(credentials.sessionToken);
  return credentials;
}

async function idToken(getIdToken: (audience: string) => Promise<string>): Promise<string> {
  let token: string;
  try {
    token = await getIdToken(OIDC_AUDIENCE);
  } catch (error) {
    // The runner sets ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN only with id-token: write; a missing
    // one is named in the error.
    const detail = errorMessage(error);
    if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(detail)) {
      throw new Error(
        'The runner gave no OIDC token: add `permissions: id-token: write` to the job (or workflow) to use role-to-assume',
        { cause: error },
      );
    }
    throw new Error(`Could not get a GitHub OIDC token for role-to-assume: ${detail}`, { cause: error });
  }
  if (token === '') throw new Error('The runner gave an empty OIDC token for role-to-assume');
  return token;
}
