import { credentialsFromOidc } from '../../src/action/credentials.js';
import { readConfig } from '../../src/action/inputs/config.js';
import { stsEndpoint } from '../../src/aws/endpoints.js';
import { AwsError, errorFromResponse } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import { explainStsError, parseAssumeRoleWithWebIdentityResponse, stsFailureKind } from '../../src/aws/sts.js';
import type { Clock } from '../../src/ports.js';

const ROLE = 'arn:aws:iam::123456789012:role/deploy-site';
// JWT-shaped, with parts long enough that a leak of any one of them would be seen.
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vc2l0ZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
const CONTEXT = { roleArn: ROLE, webIdentityToken: TOKEN, endpoint: 'https://sts.us-east-1.amazonaws.com' };
const noClock: Clock = { now: () => 0, sleep: async () => undefined };

function stsError(status: number, code: string, message: string): AwsError {
  const body = `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`;
  // STS names the request in this header (and beside <Error>, where errorFromResponse does not look).
  return errorFromResponse(status, { 'x-amzn-requestid': 'req-1' }, Buffer.from(body));
}

/** The auth config readConfig makes of these inputs and environment. */
function auth(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return readConfig(
    (name) => ({ bucket: 'my-site', 'source-dir': 'public', region: 'us-east-1', ...inputs })[name] ?? '',
    env,
  ).auth;
}
const validateRoleArn = (arn: string) => auth({ 'role-to-assume': arn });
const defaultSessionName = (env: Record<string, string>) => {
  const found = auth({ 'role-to-assume': ROLE }, env);
  return found.kind === 'oidc' ? found.roleSessionName : undefined;
};

function expectNoTokenIn(text: string): void {
  for (const secret of [TOKEN, ...TOKEN.split('.')]) expect(text).not.toContain(secret);
}

describe('validateRoleArn', () => {
  test.each([
    'arn:aws:iam::123456789012:role/deploy-site',
    'arn:aws:iam::123456789012:role/ci/github/deploy-site',
    'arn:aws-cn:iam::123456789012:role/deploy',
    'arn:aws-us-gov:iam::123456789012:role/deploy+site=,.@_-1',
  ])('accepts %s', (arn) => {
    expect(() => validateRoleArn(arn)).not.toThrow();
  });

  test.each([
    'deploy-site',
    'arn:aws:iam::12345678901:role/deploy',
    'arn:aws:iam::123456789012:user/deploy',
    'arn:aws:iam::123456789012:role/',
    'arn:aws:sts::123456789012:assumed-role/deploy/session',
    'arn:aws-eu:iam::123456789012:role/deploy',
    'arn:aws:iam::123456789012:role/deploy site',
  ])('rejects %j with the expected shape', (arn) => {
    expect(() => validateRoleArn(arn)).toThrow(
      /is not an IAM role ARN \(expected arn:aws:iam::123456789012:role\/NAME/,
    );
  });

  test('a long hostile path is rejected quickly (no catastrophic backtracking)', () => {
    const started = Date.now();
    expect(() => validateRoleArn(`arn:aws:iam::123456789012:role/${'a/'.repeat(5000)}!`)).toThrow();
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('defaultSessionName', () => {
  test.each([
    [{ GITHUB_RUN_ID: '9876543210' }, 'GitHubActions-9876543210'],
    [{}, 'GitHubActions'],
    [{ GITHUB_RUN_ID: '' }, 'GitHubActions'],
    [{ GITHUB_RUN_ID: '12 34/56' }, 'GitHubActions-123456'],
  ])('%j → %s', (env, expected) => {
    expect(defaultSessionName(env)).toBe(expected);
  });

  test('stays within STS limits however long the run id', () => {
    const name = defaultSessionName({ GITHUB_RUN_ID: '9'.repeat(100) });
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
    expect(name).toHaveLength(64);
  });
});

describe('stsEndpoint', () => {
  test.each([
    ['us-east-1', undefined, 'https://sts.us-east-1.amazonaws.com'],
    ['eu-west-3', undefined, 'https://sts.eu-west-3.amazonaws.com'],
    ['cn-north-1', undefined, 'https://sts.cn-north-1.amazonaws.com.cn'],
    ['us-gov-west-1', undefined, 'https://sts.us-gov-west-1.amazonaws.com'],
    ['us-east-1', 'http://127.0.0.1:4570/', 'http://127.0.0.1:4570'],
    ['us-east-1', '', 'https://sts.us-east-1.amazonaws.com'],
  ])('%s with override %j → %s', (region, override, expected) => {
    expect(stsEndpoint(region, override)).toBe(expected);
  });
});

describe('parseAssumeRoleWithWebIdentityResponse', () => {
  const answer = (
    credentials: string,
  ) => `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/deploy-site/GitHubActions-1</Arn>
    </AssumedRoleUser>
    <Credentials>${credentials}</Credentials>
  </AssumeRoleWithWebIdentityResult>
</AssumeRoleWithWebIdentityResponse>`;

  test('reads the credentials, expiration and assumed-role ARN exactly', () => {
    const parsed = parseAssumeRoleWithWebIdentityResponse(
      answer(
        '<SessionToken>FwoG+/token==</SessionToken><SecretAccessKey>wJal/rX+0007</SecretAccessKey>' +
          '<Expiration>2031-01-01T01:00:00Z</Expiration><AccessKeyId>ASIA0000000000000007</AccessKeyId>',
      ),
    );
    expect(parsed).toEqual({
      credentials: {
        accessKeyId: 'ASIA0000000000000007',
        secretAccessKey: 'wJal/rX+0007',
        sessionToken: 'FwoG+/token==',
      },
      expiration: new Date(Date.UTC(2031, 0, 1, 1)),
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/deploy-site/GitHubActions-1',
    });
  });

  test('an answer without a session token is refused', () => {
    expect(() =>
      parseAssumeRoleWithWebIdentityResponse(
        answer(
          '<SecretAccessKey>s</SecretAccessKey><Expiration>2031-01-01T01:00:00Z</Expiration><AccessKeyId>ASIA1</AccessKeyId>',
        ),
      ),
    ).toThrow(/without <Credentials>/);
  });
});

describe('stsFailureKind', () => {
  test.each([
    [stsError(400, 'IDPCommunicationError', 'unreachable'), 'transient'],
    [stsError(400, 'Throttling', 'Rate exceeded'), 'throttle'],
    [stsError(500, 'InternalError', 'oops'), 'transient'],
    [stsError(503, 'ServiceUnavailable', 'later'), 'transient'],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'transient'],
    [stsError(400, 'InvalidIdentityToken', 'Incorrect token audience'), 'fatal'],
    [stsError(403, 'AccessDenied', 'Not authorized'), 'fatal'],
    [stsError(400, 'ExpiredTokenException', 'Token expired'), 'fatal'],
    [stsError(400, 'ValidationError', 'bad'), 'fatal'],
    [Object.assign(stsError(403, 'RequestExpired', 'late'), { serverTime: 1 }), 'fatal'],
  ])('%s → %s', (error, kind) => {
    expect(stsFailureKind(error)).toBe(kind);
  });
});

describe('explainStsError says what to check', () => {
  test.each([
    [
      'InvalidIdentityToken',
      400,
      /trust the GitHub OIDC provider token\.actions\.githubusercontent\.com, with audience sts\.amazonaws\.com/,
    ],
    [
      'AccessDenied',
      403,
      /Not authorized to perform sts:AssumeRoleWithWebIdentity: check the trust policy's Condition on token\.actions\.githubusercontent\.com:sub .*repo:OWNER\/REPO:ref:refs\/heads\/main/,
    ],
    ['ExpiredTokenException', 400, /token expired/],
    ['IDPCommunicationError', 400, /could not reach the GitHub OIDC provider/],
  ])('%s', (code, status, advice) => {
    const error = explainStsError(stsError(status, code, 'from STS'), CONTEXT);
    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({ code, status, resource: ROLE, requestId: 'req-1' });
    expect(error.message).toMatch(advice);
    expect(error.message).toContain(`for ${ROLE} failed with ${code}, HTTP ${status}`);
    expect(error.message).toContain('STS said: from STS');
  });

  test.each([
    [
      "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint",
      /check role-session-name/,
    ],
    ['The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', /check role-duration-seconds/],
    [
      "1 validation error detected: Value 'x' at 'durationSeconds' failed to satisfy constraint",
      /check role-duration-seconds/,
    ],
    ['Request ARN is invalid', /check role-to-assume/],
    ['Something else', /check role-to-assume, role-duration-seconds and role-session-name/],
  ])('ValidationError %j names the input', (serverMessage, advice) => {
    expect(explainStsError(stsError(400, 'ValidationError', serverMessage), CONTEXT).message).toMatch(advice);
  });

  test('a socket failure names the endpoint and keeps the cause', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = explainStsError(cause, CONTEXT);
    expect(error.message).toContain(
      'no answer from https://sts.us-east-1.amazonaws.com (connect ECONNREFUSED 127.0.0.1:1): check the region and AWS_ENDPOINT_URL_STS',
    );
    expect(error.cause).toBe(cause);
  });

  test.each(['InvalidIdentityToken', 'AccessDenied', 'ValidationError', 'SomethingNew'])(
    '%s: STS echoing the token (or a part of it) never reaches the message or the error',
    (code) => {
      const echo = `token ${TOKEN} with claims ${TOKEN.split('.')[1]} rejected`;
      const error = explainStsError(stsError(400, code, echo), CONTEXT);
      expectNoTokenIn(error.message);
      expectNoTokenIn(JSON.stringify(error));
      expectNoTokenIn(String(error.serverMessage));
      expect(error.cause).toBeUndefined();
      expect(error.message).toContain('***');
    },
  );
});

describe('credentialsFromOidc before any network call', () => {
  const base = {
    roleArn: ROLE,
    roleSessionName: 'GitHubActions-1',
    durationSeconds: 3600,
    region: 'us-east-1',
    stsEndpoint: 'http://127.0.0.1:9',
  };

  test('a runner without id-token: write is told what to add', async () => {
    const masked: string[] = [];
    const failure = credentialsFromOidc(base, {
      getIdToken: async () => {
        throw new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
      },
      mask: (secret) => masked.push(secret),
      http: createHttpClient({ concurrency: 1, clock: noClock }),
    });
    await expect(failure).rejects.toThrow(
      'The runner gave no OIDC token: add `permissions: id-token: write` to the job (or workflow) to use role-to-assume',
    );
    expect(masked).toEqual([]);
  });

  test('another token failure is reported as such', async () => {
    const failure = credentialsFromOidc(base, {
      getIdToken: async () => {
        throw new Error('Failed to get ID Token. Error Code : 500');
      },
      mask: () => undefined,
      http: createHttpClient({ concurrency: 1, clock: noClock }),
    });
    await expect(failure).rejects.toThrow(
      /Could not get a GitHub OIDC token for role-to-assume: Failed to get ID Token/,
    );
  });
});
