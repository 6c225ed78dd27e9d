/**
 * role-to-assume end to end on 127.0.0.1: fetchIdToken (what main.ts passes) fetches a token from the
 * runner stand-in, our STS client trades it for credentials, and those credentials (session token
 * included) sign a CloudFront call that the SigV4-checking stand-in accepts, and only those.
 */

import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type OidcStandin, type OidcStandinOptions, startOidcStandin } from '../../playground/oidc-standin.js';
import { credentialsFromOidc, type OidcOptions, type RunnerPieces } from '../../src/action/credentials.js';
import { fetchIdToken } from '../../src/action/oidc-token.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import { assumeRoleWithWebIdentity } from '../../src/aws/sts.js';
import type { Credentials } from '../../src/core/types.js';
import type { Clock } from '../../src/ports.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy-site';
const OTHER_ROLE = 'arn:aws:iam::123456789012:role/not-trusted';
const DIST = 'E1OIDCTEST0001';
const ENV_NAMES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;

let oidc: OidcStandin;
let cloudFront: CloudFrontStandin | undefined;
let savedEnv: Record<string, string | undefined>;
let masked: string[];
let sleeps: number[];
// Real time, but retry backoff is recorded instead of waited for.
const clock: Clock = { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) };

async function startOidc(options: Partial<OidcStandinOptions> = {}): Promise<OidcStandin> {
  await oidc.stop();
  oidc = await startOidcStandin({ allowedRoles: [ROLE], ...options });
  pointRunnerAt(oidc);
  return oidc;
}

function pointRunnerAt(standin: OidcStandin): void {
  process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = standin.idTokenUrl;
  process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = standin.requestToken;
}

/** The token as main.ts fetches it, from the runner stand-in the environment points at. */
function runnerToken(audience: string): Promise<string> {
  return fetchIdToken(audience, { http: createHttpClient({ concurrency: 1, clock }), env: process.env });
}

/** What main.ts passes. */
function assume(overrides: Partial<OidcOptions & RunnerPieces> = {}): Promise<Credentials> {
  return credentialsFromOidc(
    {
      roleArn: ROLE,
      roleSessionName: 'GitHubActions-42',
      durationSeconds: 900,
      region: 'us-east-1',
      stsEndpoint: oidc.stsEndpoint,
      ...overrides,
    },
    {
      getIdToken: (audience) => runnerToken(audience),
      mask: (secret) => masked.push(secret),
      http: createHttpClient({ concurrency: 1, clock }),
      ...overrides,
    },
  );
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error('expected a failure');
}

/** Neither the message nor anything reachable from the error holds a token or a credential. */
function expectNoSecretsIn(error: Error): void {
  const secrets = [
    ...oidc.issuedTokens.flatMap(({ token }) => [token, ...token.split('.')]),
    ...oidc.issuedCredentials.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
  ];
  const seen = [error.message, JSON.stringify(error), String(error.cause), JSON.stringify(error.cause ?? null)].join(
    '\n',
  );
  for (const secret of secrets) expect(seen).not.toContain(secret);
}

beforeAll(() => {
  savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
});

afterAll(() => {
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

beforeEach(async () => {
  masked = [];
  sleeps = [];
  oidc = await startOidcStandin({ allowedRoles: [ROLE] });
  pointRunnerAt(oidc);
});

afterEach(async () => {
  await oidc.stop();
  await cloudFront?.stop();
  cloudFront = undefined;
});

async function startCloudFront(credentials: Credentials): Promise<CloudFrontStandin> {
  cloudFront = await startCloudFrontStandin({
    distributions: { [DIST]: { originDomain: 'site.s3.us-east-1.amazonaws.com' } },
    credentials,
  });
  return cloudFront;
}

async function invalidateWith(credentials: Credentials) {
  const http = createHttpClient({ credentials, concurrency: 1, clock });
  try {
    return await createCloudFrontClient({ http, endpoint: cloudFront!.endpoint }).createInvalidation(
      DIST,
      ['/index.html'],
      `oidc-${Date.now()}`,
    );
  } finally {
    http.close();
  }
}

describe('credentialsFromOidc with the runner stand-in', () => {
  test('returns the issued credentials, asking for audience sts.amazonaws.com, and masks every secret', async () => {
    const credentials = await assume();

    expect(oidc.issuedTokens.map((t) => t.audience)).toEqual(['sts.amazonaws.com']);
    expect(oidc.issuedCredentials).toHaveLength(1);
    const issued = oidc.issuedCredentials[0]!;
    expect(credentials).toEqual({
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      sessionToken: issued.sessionToken,
    });
    expect(issued).toMatchObject({ roleArn: ROLE, roleSessionName: 'GitHubActions-42' });
    expect(issued.expiration.getTime() - Date.now()).toBeGreaterThan(800_000);
    // The token first (before STS could echo it anywhere), then everything STS handed over.
    expect(masked).toEqual([
      oidc.issuedTokens[0]!.token,
      issued.accessKeyId,
      issued.secretAccessKey,
      issued.sessionToken,
    ]);
  });

  test('the issued credentials, session token included, sign a CloudFront call the stand-in accepts', async () => {
    const credentials = await assume();
    await startCloudFront(credentials);

    const invalidation = await invalidateWith(credentials);

    expect(invalidation.status).toBe('InProgress');
    expect(cloudFront!.state.snapshot().requests.CreateInvalidation).toBe(1);
  });

  test('a CloudFront stand-in expecting other credentials refuses them', async () => {
    const credentials = await assume();
    const otherwise = await assume({ roleSessionName: 'GitHubActions-43' });
    await startCloudFront(otherwise);

    const refused = await failureOf(invalidateWith(credentials));
    expect(refused).toMatchObject({ code: 'InvalidClientTokenId' });
    expectNoSecretsIn(refused);
  });

  test('the same keys without their session token are refused', async () => {
    const credentials = await assume();
    await startCloudFront(credentials);

    const refused = await failureOf(
      invalidateWith({ accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey }),
    );
    expect(refused).toMatchObject({ code: 'InvalidClientTokenId' });
  });
});

describe('what the user is told', () => {
  test('a role whose trust policy does not admit this repository: AccessDenied about the Condition on sub', async () => {
    const error = await failureOf(assume({ roleArn: OTHER_ROLE }));

    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403, resource: OTHER_ROLE });
    expect(error.message).toMatch(
      /^STS AssumeRoleWithWebIdentity for arn:aws:iam::123456789012:role\/not-trusted failed with AccessDenied, HTTP 403: /,
    );
    expect(error.message).toContain(
      "Not authorized to perform sts:AssumeRoleWithWebIdentity: check the trust policy's Condition on " +
        'token.actions.githubusercontent.com:sub — it must match this repository/branch/environment, e.g. repo:OWNER/REPO:ref:refs/heads/main',
    );
    expect(error.message).toMatch(/\(request id [0-9a-f-]{36}\)$/);
    expect(oidc.requests.sts).toBe(1);
    expect(masked).toEqual([oidc.issuedTokens[0]!.token]);
    expectNoSecretsIn(error);
  });

  test('a token the provider did not issue: InvalidIdentityToken about trusting the GitHub provider', async () => {
    const forged = (audience: string) => runnerToken(audience).then((token) => `${token.slice(0, -4)}AAAA`);
    const error = await failureOf(assume({ getIdToken: forged }));

    expect(error).toMatchObject({ code: 'InvalidIdentityToken', status: 400 });
    expect(error.message).toContain(
      "the role's trust policy must trust the GitHub OIDC provider token.actions.githubusercontent.com, with audience sts.amazonaws.com",
    );
    expect(masked[0]).toMatch(/AAAA$/);
    expectNoSecretsIn(error);
  });

  test('a token for another audience is an InvalidIdentityToken too', async () => {
    const token = await runnerToken('https://github.com/octo-org');
    const error = await failureOf(
      assumeRoleWithWebIdentity({
        endpoint: oidc.stsEndpoint,
        roleArn: ROLE,
        roleSessionName: 's1',
        durationSeconds: 900,
        webIdentityToken: token,
        http: createHttpClient({ concurrency: 1, clock }),
      }),
    );
    expect(error).toMatchObject({ code: 'InvalidIdentityToken' });
    expect(error.message).toContain('STS said: Incorrect token audience');
    expect(error.message).not.toContain(token);
  });

  test('an expired token: ExpiredTokenException, not retried', async () => {
    await startOidc({ tokenLifetimeSeconds: 0 });
    const error = await failureOf(assume());
    expect(error).toMatchObject({ code: 'ExpiredTokenException' });
    expect(error.message).toMatch(/token expired before STS saw it; re-run the job/);
    expect(oidc.requests.sts).toBe(1);
    expectNoSecretsIn(error);
  });

  test('a duration above the role maximum: ValidationError naming role-duration-seconds', async () => {
    const error = await failureOf(assume({ durationSeconds: 7200 }));
    expect(error).toMatchObject({ code: 'ValidationError' });
    expect(error.message).toContain(
      "check role-duration-seconds: 900 to 43200, and no more than the role's maximum session duration",
    );
  });

  test('a session name STS refuses: ValidationError naming role-session-name', async () => {
    const error = await failureOf(assume({ roleSessionName: 'has space' }));
    expect(error).toMatchObject({ code: 'ValidationError' });
    expect(error.message).toContain('check role-session-name');
  });

  test('no ACTIONS_ID_TOKEN_REQUEST_URL (no id-token: write): says which permission to add, asks STS nothing', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    const error = await failureOf(assume());
    expect(error.message).toBe(
      'The runner gave no OIDC token: add `permissions: id-token: write` to the job (or workflow) to use role-to-assume',
    );
    expect(oidc.requests).toEqual({ idToken: 0, sts: 0 });
    expect(masked).toEqual([]);
  });

  test('no ACTIONS_ID_TOKEN_REQUEST_TOKEN: the same advice, nothing asked', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    const error = await failureOf(assume());
    expect(error.message).toMatch(/^The runner gave no OIDC token: add `permissions: id-token: write`/);
    expect(oidc.requests).toEqual({ idToken: 0, sts: 0 });
  });

  test('a request token the runner refuses: the HTTP status, not retried, no secret in the message', async () => {
    const requestToken = 'not-the-runners-request-token';
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = requestToken;
    const error = await failureOf(assume());
    expect(error.message).toMatch(/^Could not get a GitHub OIDC token for role-to-assume: .*401/);
    expect(error.message).not.toContain(requestToken);
    expect(oidc.requests).toEqual({ idToken: 1, sts: 0 });
    expect(masked).toEqual([]);
  });

  test('STS unreachable: names the endpoint to check', async () => {
    const endpoint = oidc.stsEndpoint;
    await oidc.stop();
    oidc = await startOidcStandin({ allowedRoles: [ROLE] });
    pointRunnerAt(oidc);
    const error = await failureOf(assume({ stsEndpoint: endpoint }));
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    expect(error.message).toContain(
      `no answer from ${endpoint.replace(/\/$/, '')} (connect ECONNREFUSED 127.0.0.1:${new URL(endpoint).port}): ` +
        'check the region and AWS_ENDPOINT_URL_STS',
    );
    expectNoSecretsIn(error);
  });
});

describe('retries', () => {
  test.each(['IDPCommunicationError', 'Throttling', 'InternalError', 'reset'] as const)(
    'one %s, then the credentials',
    async (fault) => {
      oidc.faults.push(fault);
      const credentials = await assume();
      expect(credentials.accessKeyId).toBe(oidc.issuedCredentials[0]?.accessKeyId);
      expect(oidc.requests.sts).toBe(2);
      expect(sleeps).toHaveLength(1);
    },
  );

  test('three IDPCommunicationErrors: gives up after the standard 3 attempts with advice', async () => {
    oidc.faults.push(
      'IDPCommunicationError',
      'IDPCommunicationError',
      'IDPCommunicationError',
      'IDPCommunicationError',
    );
    const error = await failureOf(assume());
    expect(error).toMatchObject({ code: 'IDPCommunicationError' });
    expect(error.message).toMatch(/could not reach the GitHub OIDC provider, even after retries/);
    expect(oidc.requests.sts).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  test('AccessDenied is not retried', async () => {
    await failureOf(assume({ roleArn: OTHER_ROLE }));
    expect(oidc.requests.sts).toBe(1);
    expect(sleeps).toEqual([]);
  });
});
