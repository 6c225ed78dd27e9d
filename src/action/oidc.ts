/**
 * The action's own role assumption: GitHub's OIDC token → STS AssumeRoleWithWebIdentity →
 * temporary credentials. Everything secret is masked the moment we hold it. The runner's
 * pieces (core.getIDToken, core.setSecret) are passed in, so this runs in tests without a runner.
 */
import type { Credentials } from '../core/types.js';
import type { Clock } from '../ports.js';
import { assumeRoleWithWebIdentity, stsEndpoint } from '../aws/sts.js';

export const OIDC_AUDIENCE = 'sts.amazonaws.com';

export interface OidcOptions {
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly durationSeconds: number;
  readonly region: string;
  /** AWS_ENDPOINT_URL_STS ?? AWS_ENDPOINT_URL, resolved by the caller. */
  readonly stsEndpointOverride?: string;
  /** core.getIDToken in the action. */
  readonly getIdToken: (audience: string) => Promise<string>;
  /** core.setSecret in the action. */
  readonly mask: (secret: string) => void;
  readonly clock: Clock;
}

export async function credentialsFromOidc(options: OidcOptions): Promise<Credentials> {
  try {
    validateRoleArn(options.roleArn);
  } catch (error) {
    throw new Error(`Input "role-to-assume": ${(error as Error).message}`);
  }
  const webIdentityToken = await idToken(options.getIdToken);
  options.mask(webIdentityToken);
  const { credentials } = await assumeRoleWithWebIdentity({
    endpoint: stsEndpoint(options.region, options.stsEndpointOverride),
    roleArn: options.roleArn,
    roleSessionName: options.roleSessionName,
    durationSeconds: options.durationSeconds,
    webIdentityToken,
    clock: options.clock,
  });
  options.mask(credentials.accessKeyId);
  options.mask(credentials.secretAccessKey);
  if (credentials.sessionToken !== undefined) options.mask(credentials.sessionToken);
  return credentials;
}

async function idToken(getIdToken: (audience: string) => Promise<string>): Promise<string> {
  let token: string;
  try {
    token = await getIdToken(OIDC_AUDIENCE);
  } catch (error) {
    // core.getIDToken says "Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable" when the job
    // lacks the permission; the runner sets both variables only with id-token: write.
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
    const detail = typeof message === 'string' ? message : String(error);
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

// Path segments exclude '/' so a long non-matching ARN cannot backtrack exponentially.
const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;

/** Throws unless arn is an IAM role ARN (arn:aws[-cn|-us-gov]:iam::<12 digits>:role/<path/>name). */
export function validateRoleArn(arn: string): void {
  if (!ROLE_ARN.test(arn)) {
    throw new Error(`"${arn}" is not an IAM role ARN (expected arn:aws:iam::123456789012:role/NAME or …:role/path/NAME)`);
  }
}

/** 'GitHubActions-<run id>' (what CloudTrail shows), within STS's [\w+=,.@-]{2,64}. */
export function defaultSessionName(env: Readonly<Record<string, string | undefined>>): string {
  const runId = (env['GITHUB_RUN_ID'] ?? '').replace(/[^\w+=,.@-]/g, '');
  return (runId === '' ? 'GitHubActions' : `GitHubActions-${runId}`).slice(0, 64);
}
