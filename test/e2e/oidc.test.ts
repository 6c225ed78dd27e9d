/**
 * role-to-assume end to end, as the runner runs it: the action fetches its OIDC token from the
 * runner's token endpoint, assumes the role at STS, and the credentials STS issued (session token
 * included) sign every S3 and CloudFront request, both checked by SigV4 verifiers. Then the whole
 * log, summary and outputs are searched for every secret used, plain and URL-encoded.
 */
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type OidcStandin, startOidcStandin } from '../../playground/oidc-standin.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';
import { copySite, removeSites } from '../support/site.js';

const ROLE = 'arn:aws:iam::123456789012:role/site-deploy';
const BUCKET = 'oidc-site';
const DISTRIBUTION = 'E2OIDCTEST0001';

let oidc: OidcStandin;
let moto: { endpoint: string; stop(): Promise<void> };
let s3: S3Proxy;
let cloudfront: CloudFrontStandin;

beforeAll(async () => {
  oidc = await startOidcStandin({ allowedRoles: [ROLE] });
  moto = await startMoto({ buckets: [BUCKET] });
  // Both verifiers know only what STS issues, as it issues it.
  s3 = await startS3Proxy(moto.endpoint, { credentials: oidc.issuedCredentials });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '' } },
    credentials: oidc.issuedCredentials,
    completeAfterPolls: 1,
  });
});
afterAll(async () => {
  await cloudfront?.stop();
  await s3?.stop();
  await moto?.stop();
  await oidc?.stop();
  await removeSites();
});

function runWithOidc(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(inputs, {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.idTokenUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      AWS_ENDPOINT_URL_STS: oidc.stsEndpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      AWS_REGION: 'us-east-1',
      GITHUB_RUN_ID: '777',
      ...env,
    },
  });
}

/** Everything a person could read: log lines (less the runner's own ::add-mask:: commands), summary, outputs. */
function visibleText(run: ActionRun): string {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [log, run.summary, JSON.stringify(run.outputs)].join('\n');
}

function expectNoSecret(run: ActionRun, secrets: readonly string[]): void {
  const text = visibleText(run);
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])) {
      expect({ leaked: text.includes(form), secretStart: secret.slice(0, 4) }).toEqual({
        leaked: false,
        secretStart: secret.slice(0, 4),
      });
    }
  }
}

test('the issued credentials sign every S3 and CloudFront call, and no secret shows anywhere', async () => {
  const site = await copySite();
  const run = await runWithOidc({
    'role-to-assume': ROLE,
    'source-dir': site,
    bucket: BUCKET,
    'distribution-id': DISTRIBUTION,
    wait: 'true',
  });
  expect(run.code).toBe(0);
  expect(oidc.issuedTokens.map((t) => t.audience)).toEqual(['sts.amazonaws.com']);
  expect(oidc.issuedCredentials).toHaveLength(1);
  const issued = oidc.issuedCredentials[0]!;
  expect(issued.roleSessionName).toBe('GitHubActions-777');

  // S3: every request passed the verifier, signed with the issued key (and session token).
  expect(s3.refused).toEqual([]);
  expect(s3.accepted.length).toBeGreaterThan(5);
  expect(new Set(s3.accepted)).toEqual(new Set([issued.accessKeyId]));
  expect(Object.keys(await bucketState(moto.endpoint, BUCKET)).length).toBeGreaterThan(5);
  // CloudFront: the stand-in accepted the invalidation signed the same way.
  expect(run.outputs['invalidation-status']).toBe('Completed');

  // The masks went to the runner, and nothing readable carries a secret.
  for (const secret of [oidc.issuedTokens[0]!.token, issued.secretAccessKey, issued.sessionToken]) {
    expect(run.stdout).toContain(`::add-mask::${secret}`);
  }
  expectNoSecret(run, [oidc.issuedTokens[0]!.token, issued.secretAccessKey, issued.sessionToken]);
});

test('credentials from the environment are masked and never shown, even when the deploy fails', async () => {
  const site = await copySite();
  const secrets = {
    AWS_ACCESS_KEY_ID: 'AKIAENVTEST000000001',
    AWS_SECRET_ACCESS_KEY: 'env/secret+key=with%odd&chars',
    AWS_SESSION_TOKEN: 'env-session-token/+=value',
  };
  // The verifier does not know these keys: S3 refuses, the step fails, and says why without the secret.
  const run = await runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'env' },
    { env: { ...secrets, AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_S3: s3.endpoint } },
  );
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/::error::/);
  // Workflow commands escape '%' (the runner unescapes it), so the mask line shows '%25'.
  expect(run.stdout).toContain(`::add-mask::${secrets.AWS_SECRET_ACCESS_KEY.replaceAll('%', '%25')}`);
  expectNoSecret(run, [secrets.AWS_SECRET_ACCESS_KEY, secrets.AWS_SESSION_TOKEN]);
});

test('without id-token: write the runner gives no token, and the message says what to add', async () => {
  const run = await runAction(
    { 'role-to-assume': ROLE, 'distribution-id': DISTRIBUTION, 'invalidation-paths': '/*' },
    { env: { AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_STS: oidc.stsEndpoint } },
  );
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/::error::.*id-token: write/);
});

test('a role the trust policy does not allow: the message points at the trust policy', async () => {
  const run = await runWithOidc({
    'role-to-assume': 'arn:aws:iam::123456789012:role/other',
    'distribution-id': DISTRIBUTION,
    'invalidation-paths': '/*',
  });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toMatch(/::error::.*trust policy/);
  expectNoSecret(
    run,
    oidc.issuedTokens.map((t) => t.token),
  );
});
