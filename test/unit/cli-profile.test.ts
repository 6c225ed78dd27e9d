/**
 * Credentials, region and endpoint from the shared AWS files, written to a temporary HOME and to the
 * places AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name; a variable that is set wins.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSharedConfig } from '../../src/cli/profile.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'scd-home-'));
  await mkdir(join(home, '.aws'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

const CREDENTIALS = `[default]
aws_access_key_id = AKIADEFAULT
aws_secret_access_key = default-secret

# a comment
[site]
aws_access_key_id = AKIASITE
aws_secret_access_key = site-secret
aws_session_token = site-token
`;
const CONFIG = `[default]
region = eu-west-1

[profile site]
region = eu-central-1
endpoint_url = http://127.0.0.1:9000

[profile sso]
sso_session = corp
sso_account_id = 123456789012

[profile process]
credential_process = /usr/local/bin/get-creds

[profile role]
role_arn = arn:aws:iam::123456789012:role/deploy
source_profile = default

[profile keys-in-config]
aws_access_key_id = AKIACONFIG
aws_secret_access_key = config-secret
`;

async function files(): Promise<void> {
  await writeFile(join(home, '.aws', 'credentials'), CREDENTIALS);
  await writeFile(join(home, '.aws', 'config'), CONFIG);
}

test('the default profile: its keys and its region, from ~/.aws', async () => {
  await files();
  const env = await withSharedConfig({ HOME: home });
  expect(env).toMatchObject({
    AWS_ACCESS_KEY_ID: 'AKIADEFAULT',
    AWS_SECRET_ACCESS_KEY: 'default-secret',
    AWS_SESSION_TOKEN: '',
    AWS_REGION: 'eu-west-1',
  });
  expect(env['AWS_ENDPOINT_URL']).toBeUndefined();
});

test('AWS_PROFILE: keys and session token from credentials, region and endpoint_url from [profile x]', async () => {
  await files();
  const env = await withSharedConfig({ HOME: home, AWS_PROFILE: 'site' });
  expect(env).toMatchObject({
    AWS_ACCESS_KEY_ID: 'AKIASITE',
    AWS_SECRET_ACCESS_KEY: 'site-secret',
    AWS_SESSION_TOKEN: 'site-token',
    AWS_REGION: 'eu-central-1',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9000',
  });
});

test('keys may stand in the config file', async () => {
  await files();
  const env = await withSharedConfig({ HOME: home, AWS_PROFILE: 'keys-in-config' });
  expect(env).toMatchObject({ AWS_ACCESS_KEY_ID: 'AKIACONFIG', AWS_SECRET_ACCESS_KEY: 'config-secret' });
});

test('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name other files', async () => {
  const credentials = join(home, 'creds.ini');
  const config = join(home, 'conf.ini');
  await writeFile(credentials, '[ci]\naws_access_key_id = AKIACI\naws_secret_access_key = ci-secret\n');
  await writeFile(config, '[profile ci]\nregion = ap-southeast-2\n');
  const env = await withSharedConfig({
    HOME: home,
    AWS_PROFILE: 'ci',
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_CONFIG_FILE: config,
  });
  expect(env).toMatchObject({ AWS_ACCESS_KEY_ID: 'AKIACI', AWS_REGION: 'ap-southeast-2' });
});

test('variables that are set win over the profile, and keys never mix with another session token', async () => {
  await files();
  const set = {
    HOME: home,
    AWS_PROFILE: 'site',
    AWS_ACCESS_KEY_ID: 'AKIAENV',
    AWS_SECRET_ACCESS_KEY: 'env-secret',
    AWS_REGION: 'us-west-2',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
  };
  expect(await withSharedConfig(set)).toMatchObject(set);
  const stray = await withSharedConfig({ HOME: home, AWS_SESSION_TOKEN: 'left-over', AWS_DEFAULT_REGION: 'sa-east-1' });
  expect(stray).toMatchObject({ AWS_ACCESS_KEY_ID: 'AKIADEFAULT', AWS_SESSION_TOKEN: '' });
  expect(stray['AWS_REGION']).toBeUndefined();
});

test.each([
  ['sso', 'IAM Identity Center (SSO)'],
  ['process', 'an external process (credential_process)'],
  ['role', 'an assumed role (role_arn)'],
])('profile %s is named as unsupported, with what to do instead', async (profile, what) => {
  await files();
  await expect(withSharedConfig({ HOME: home, AWS_PROFILE: profile })).rejects.toThrow(
    `AWS profile "${profile}" gets its credentials from ${what}, which s3-cloudfront-deploy does not support: ` +
      `export them first, e.g. eval "$(aws configure export-credentials --profile ${profile} --format env)"`,
  );
});

test('a profile that is not there, and no credentials at all, are clear errors that print no secret', async () => {
  await files();
  const missing = withSharedConfig({ HOME: home, AWS_PROFILE: 'nope' });
  await expect(missing).rejects.toThrow(`AWS_PROFILE is "nope", but neither ${join(home, '.aws', 'credentials')}`);
  const empty = await mkdtemp(join(tmpdir(), 'scd-home-'));
  try {
    await expect(withSharedConfig({ HOME: empty })).rejects.toThrow(
      'No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    );
  } finally {
    await rm(empty, { recursive: true });
  }
  const error = await withSharedConfig({ HOME: home, AWS_PROFILE: 'sso' }).catch((e: Error) => e);
  expect(String(error)).not.toMatch(/secret|AKIA/);
});
