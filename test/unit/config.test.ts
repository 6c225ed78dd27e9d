import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readConfig } from '../../src/action/inputs/config.js';
import { DEFAULTS } from '../../src/action/inputs/defaults.js';
import type { Env } from '../../src/action/inputs/read.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const reader = (inputs: Record<string, string>, seen?: Set<string>) => (name: string) => {
  seen?.add(name);
  return inputs[name] ?? '';
};
const minimal = { bucket: 'my-site', 'source-dir': 'public' };

describe('readConfig', () => {
  test('the README example', () => {
    const config = readConfig(
      reader({
        ...minimal,
        prefix: 'www',
        delete: 'true',
        acl: 'public-read',
        'cache-control': '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable\n',
      }),
      env,
    );
    expect(config.deploy).toMatchObject({
      bucket: 'my-site',
      sourceDir: 'public',
      prefix: 'www/',
      deleteRemoved: true,
    });
    expect(config.deploy?.headerRules.acl).toBe('public-read');
    expect(config.deploy?.headerRules.cacheControl).toMatchObject([
      { glob: '**/*.html', value: 'no-cache', line: 1 },
      { glob: 'assets/**', value: 'public, max-age=31536000, immutable', line: 2 },
    ]);
    expect(config.region).toBe('eu-west-1');
    expect(config.s3Endpoint).toBeUndefined();
  });

  test.each([
    [
      'cache-control',
      '**/*.js: max-age=60\n**/*.html: max-age=60, 日本',
      /Input "cache-control": line 2 \("\*\*\/\*\.html: max-age=60, 日本"\): "日" \(U\+65E5\) cannot be sent in an HTTP header/,
    ],
    ['cache-control', '**: no-cache, café', /Input "cache-control": line 1 .*"é" \(U\+00E9\)/],
    ['metadata', 'owner: Zoë', /Input "metadata": "owner: Zoë": "ë" \(U\+00EB\) cannot be sent/],
  ])(
    'a %s value that is not printable ASCII is refused before anything runs, naming the line',
    (input, value, message) => {
      expect(() => readConfig(reader({ ...minimal, [input]: value }), env)).toThrow(message);
    },
  );

  test('defaults', () => {
    const config = readConfig(reader(minimal), env);
    expect(config.deploy?.include).toEqual(DEFAULTS.include);
    expect(config.deploy?.maxDeletes).toBe(DEFAULTS.maxDeletes);
    expect(config.concurrency).toBe(DEFAULTS.concurrency);
    expect(config.deploy?.deleteRemoved).toBe(false);
    expect(config.dryRun).toBe(false);
    expect(config.deploy?.headerRules).toEqual({ cacheControl: [], metadata: {} });
  });

  test.each<[Record<string, string>, Env, RegExp]>([
    [{ 'source-dir': 'public' }, env, /Input "bucket": required/],
    [{ bucket: 'my-site' }, env, /Input "source-dir": required/],
    [{ ...minimal, bucket: 's3://my-site' }, env, /Input "bucket": "s3:\/\/my-site" is not a valid bucket name/],
    [{ ...minimal, acl: 'public' }, env, /Input "acl": "public" is not one of: private, public-read/],
    [{ ...minimal, 'storage-class': 'CHEAP' }, env, /Input "storage-class"/],
    [{ ...minimal, sse: 'KMS' }, env, /Input "sse": "KMS" is not one of: AES256, aws:kms, aws:kms:dsse/],
    [{ ...minimal, 'sse-kms-key-id': 'alias/site' }, env, /Input "sse-kms-key-id": a KMS key needs sse: aws:kms/],
    [{ ...minimal, sse: 'AES256', 'sse-kms-key-id': 'k' }, env, /Input "sse-kms-key-id".*not AES256/],
    [{ ...minimal, sse: 'aws:kms:dsse', 'bucket-key': 'true' }, env, /Input "bucket-key": .*aws:kms only/],
    [{ ...minimal, sse: 'aws:kms', 'bucket-key': 'maybe' }, env, /Input "bucket-key": expected true or false/],
    [{ ...minimal, 'expected-bucket-owner': '1234' }, env, /Input "expected-bucket-owner": "1234" is not an AWS/],
    [{ ...minimal, delete: 'yess' }, env, /Input "delete": expected true or false/],
    [{ ...minimal, 'max-deletes': '10k' }, env, /Input "max-deletes": expected a whole number/],
    [{ ...minimal, concurrency: '0' }, env, /Input "concurrency": expected a number from 1 to 256/],
    [{ ...minimal, 'cache-control': '**/*.html no-cache' }, env, /Input "cache-control": line 1/],
    [{ ...minimal, metadata: 'bad name: x' }, env, /Input "metadata"/],
    [{ ...minimal, prefix: 'a/../b' }, env, /Input "prefix"/],
    [{ ...minimal, prefix: 'docs\\v2' }, env, /^Input "prefix": prefix "docs\\v2" holds a backslash/],
    [
      { bucket: 'my-site', remove: 'true', prefix: 'docs\\v2' },
      env,
      /^Input "prefix": prefix "docs\\v2" holds a backslash/,
    ],
    [minimal, { ...env, AWS_REGION: '' }, /Input "region": no region/],
    [minimal, { ...env, AWS_SECRET_ACCESS_KEY: '' }, /No AWS credentials/],
    [
      minimal,
      { ...env, AWS_ENDPOINT_URL: 'localhost:9000' },
      /^AWS_ENDPOINT_URL "localhost:9000" must be an http:\/\/ or https:\/\/ URL$/,
    ],
    [
      minimal,
      { ...env, AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9000/?x=1' },
      /^AWS_ENDPOINT_URL_S3 "http:\/\/127.0.0.1:9000\/\?x=1" must not have a query or fragment$/,
    ],
    [
      { ...minimal, 'distribution-id': 'E2EXAMPLE1' },
      { ...env, AWS_ENDPOINT_URL_CLOUDFRONT: 'cloudfront' },
      /^AWS_ENDPOINT_URL_CLOUDFRONT "cloudfront" is not a URL \(expected e.g. http:\/\/127.0.0.1:9000\)$/,
    ],
  ])('refuses %j (env %j): %s', (inputs, environment, message) => {
    expect(() => readConfig(reader(inputs), environment)).toThrow(message);
  });

  test('bucket access: encryption and the expected owner, absent unless given', () => {
    expect(readConfig(reader(minimal), env).bucketAccess).toEqual({});
    const kms = { sse: 'aws:kms', 'sse-kms-key-id': 'alias/site', 'bucket-key': 'false' };
    expect(
      readConfig(reader({ ...minimal, ...kms, 'expected-bucket-owner': '111122223333' }), env).bucketAccess,
    ).toEqual({
      encryption: { mode: 'aws:kms', kmsKeyId: 'alias/site', bucketKey: false },
      expectedBucketOwner: '111122223333',
    });
    expect(readConfig(reader({ ...minimal, sse: 'aes256' }), env).bucketAccess).toEqual({
      encryption: { mode: 'AES256' },
    });
  });

  test('endpoint: the S3-specific variable wins, and a custom endpoint needs no region', () => {
    const both = { ...env, AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:2/' };
    expect(readConfig(reader(minimal), both).s3Endpoint).toBe('http://127.0.0.1:2');
    const generic = { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_ENDPOINT_URL: 'http://127.0.0.1:1' };
    expect(readConfig(reader(minimal), generic)).toMatchObject({
      s3Endpoint: 'http://127.0.0.1:1',
      region: 'us-east-1',
    });
  });

  test('credentials from the environment: session token passed through, empty one ignored', () => {
    expect(readConfig(reader(minimal), { ...env, AWS_SESSION_TOKEN: 'tok' }).auth).toEqual({
      kind: 'environment',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' },
    });
    expect(readConfig(reader(minimal), { ...env, AWS_SESSION_TOKEN: '' }).auth).toEqual({
      kind: 'environment',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
  });

  test('role-to-assume needs no credentials in the environment', () => {
    const role = 'arn:aws:iam::123456789012:role/deploy-site';
    const config = readConfig(reader({ ...minimal, 'role-to-assume': role, 'role-session-name': 'site-deploy' }), {
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:7',
    });
    expect(config.auth).toEqual({
      kind: 'oidc',
      roleArn: role,
      roleSessionName: 'site-deploy',
      durationSeconds: DEFAULTS.roleDurationSeconds,
      stsEndpoint: 'http://127.0.0.1:7',
    });
    expect(() => readConfig(reader({ ...minimal, 'role-to-assume': 'deploy-site' }), env)).toThrow(
      /Input "role-to-assume"/,
    );
    expect(() =>
      readConfig(reader({ ...minimal, 'role-to-assume': role, 'role-duration-seconds': '60' }), env),
    ).toThrow(/Input "role-duration-seconds"/);
  });
});

describe('readConfig: CloudFront', () => {
  test('a deploy with invalidation: defaults', () => {
    const config = readConfig(reader({ ...minimal, 'distribution-id': 'E2EXAMPLE1' }), env);
    expect(config.cdn).toEqual({
      distributionIds: ['E2EXAMPLE1'],
      explicitPaths: [],
      wait: false,
      waitTimeoutMs: DEFAULTS.waitTimeoutSeconds * 1000,
      indexDocument: 'index.html',
      run: { runId: expect.stringMatching(/^local\d+$/), runAttempt: '1' },
    });
  });

  test('CreateInvalidation requests are named after the workflow run and its attempt', () => {
    const inputs = reader({ ...minimal, 'distribution-id': 'E2EXAMPLE1' });
    expect(readConfig(inputs, { ...env, GITHUB_RUN_ID: '9876', GITHUB_RUN_ATTEMPT: '2' }).cdn?.run).toEqual({
      runId: '9876',
      runAttempt: '2',
    });
    expect(readConfig(inputs, { ...env, GITHUB_RUN_ID: '9876' }).cdn?.run).toEqual({ runId: '9876', runAttempt: '1' });
  });

  test('a scheduled purge needs no bucket, source-dir or region', () => {
    const config = readConfig(
      reader({ 'distribution-id': 'E2EXAMPLE1, E3EXAMPLE2\nE2EXAMPLE1', 'invalidation-paths': '/*\n/docs/a b.html' }),
      { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_ENDPOINT_URL_CLOUDFRONT: 'http://127.0.0.1:9' },
    );
    expect(config.deploy).toBeUndefined();
    expect(config.cdn).toMatchObject({
      distributionIds: ['E2EXAMPLE1', 'E3EXAMPLE2'],
      explicitPaths: ['/*', '/docs/a%20b.html'],
      endpoint: 'http://127.0.0.1:9',
    });
  });

  test('invalidate: false turns it off', () => {
    expect(
      readConfig(reader({ ...minimal, 'distribution-id': 'E2EXAMPLE1', invalidate: 'false' }), env).cdn,
    ).toBeUndefined();
  });

  test.each<[Record<string, string>, RegExp]>([
    [
      { 'distribution-id': 'd111111abcdef8.cloudfront.net', 'invalidation-paths': '/*' },
      /Input "distribution-id": "d111111abcdef8.cloudfront.net" is not a CloudFront distribution id/,
    ],
    [{ 'distribution-id': 'E2EXAMPLE1' }, /Input "invalidation-paths": required when no bucket is given/],
    [
      { 'distribution-id': 'E2EXAMPLE1', 'invalidation-paths': 'docs/*/x.html' },
      /Input "invalidation-paths": Invalid invalidation path "docs\/\*\/x.html"/,
    ],
    [{ 'invalidation-paths': '/*' }, /Input "distribution-id": required with invalidation-paths/],
    [{ 'distribution-id': 'E2EXAMPLE1', 'invalidation-paths': '/*', 'wait-timeout': '0' }, /Input "wait-timeout"/],
    [{}, /Input "bucket": required/],
  ])('refuses %j: %s', (inputs, message) => {
    expect(() => readConfig(reader(inputs), env)).toThrow(message);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));

  test('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('declares, describes and defaults every input the code reads, the same way the code does', () => {
    const seen = new Set<string>();
    readConfig(reader({ ...minimal, 'distribution-id': 'E2EXAMPLE1' }, seen), env);
    readConfig(reader({ ...minimal, 'role-to-assume': 'arn:aws:iam::123456789012:role/x' }, seen), env);
    for (const name of seen) {
      expect(action.inputs[name]?.description).toEqual(expect.any(String));
    }
    const defaults = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default?: string }>).map(([name, input]) => [
        name,
        input.default,
      ]),
    );
    const config = readConfig(reader({ ...defaults, ...minimal } as Record<string, string>), env);
    expect(config).toEqual(readConfig(reader(minimal), env));
  });

  test.each([
    ['a deploy with a distribution', { ...minimal, 'distribution-id': 'E2EXAMPLE1', 'site-url': 'https://x.test/' }],
    [
      'a remove with a distribution',
      { bucket: 'my-site', remove: 'true', prefix: 'pr-1', 'distribution-id': 'E2EXAMPLE1' },
    ],
    ['a cache purge', { 'distribution-id': 'E2EXAMPLE1', 'invalidation-paths': '/*' }],
    ['a deploy assuming a role', { ...minimal, 'role-to-assume': 'arn:aws:iam::123456789012:role/x' }],
  ])('reads every input at most once: %s', (_name, inputs) => {
    const reads = new Map<string, number>();
    readConfig((name) => {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return (inputs as Record<string, string>)[name] ?? '';
    }, env);
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    expect(reads.size).toBeGreaterThan(5);
  });

  test('describes every output', () => {
    const names = ['uploaded', 'skipped', 'deleted', 'bytes-uploaded', 'changed-keys'];
    for (const name of [...names, 'invalidation-ids', 'invalidation-paths', 'invalidation-status']) {
      expect(action.outputs[name]?.description).toEqual(expect.any(String));
    }
  });
});
