import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';
import { defaultReleaseId, releaseIdOf, releaseIdProblem, releaseManifestKey } from '../../src/core/release-layout.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const STORE = 'arn:aws:cloudfront::123456789012:key-value-store/0123abcd-4567-89ef-0123-456789abcdef';
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const site = { bucket: 'my-site', 'source-dir': 'public', 'release-store': STORE };

test('release-store turns release mode on, with the defaults and the run-derived id', () => {
  const config = readConfig(reader({ ...site, prefix: 'www' }), {
    ...env,
    GITHUB_SHA: '3f2a9c1d0e',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '2',
  });
  expect(config.release).toEqual({
    storeArn: STORE,
    name: 'site',
    bucket: 'my-site',
    prefix: 'www/',
    id: '3f2a9c1-42.2',
    keep: 5,
  });
  expect(config.deploy?.sourceDir).toBe('public');
});

test('a rollback needs no source-dir and reads no deploy', () => {
  const config = readConfig(reader({ bucket: 'my-site', 'release-store': STORE, rollback: 'previous' }), env);
  expect(config.release).toMatchObject({ rollback: 'previous' });
  expect(config.deploy).toBeUndefined();
});

test('without release-store there is no release, and the release inputs are refused', () => {
  expect(readConfig(reader({ bucket: 'my-site', 'source-dir': 'public' }), env).release).toBeUndefined();
  expect(() => readConfig(reader({ bucket: 'b-1', 'source-dir': 'p', rollback: 'previous' }), env)).toThrow(
    'Input "rollback": applies to release mode only: set release-store too',
  );
});

test.each<[string, Record<string, string>, RegExp]>([
  [
    'a malformed store ARN',
    { 'release-store': 'arn:aws:s3:::bucket' },
    /^Input "release-store": .* is not a CloudFront KeyValueStore ARN/,
  ],
  [
    'remove',
    { remove: 'true', 'source-dir': '', prefix: 'www' },
    /^Input "remove": is not supported with release-store/,
  ],
  ['a release id with a slash', { 'release-id': 'a/b' }, /^Input "release-id": "a\/b" is not a release id/],
  ['a release id of dots', { 'release-id': '..' }, /^Input "release-id": ".." is not a release id: an id of dots only/],
  ['a rollback with source-dir', { rollback: 'previous' }, /^Input "rollback": .* takes no source-dir/],
  ['a rollback to a bad id', { rollback: 'x y', 'source-dir': '' }, /^Input "rollback": "x y" is not a release id/],
  ['a bad name', { 'release-name': 'a:b' }, /^Input "release-name": "a:b"/],
  ['keep-releases not a number', { 'keep-releases': 'some' }, /^Input "keep-releases": expected a whole number/],
])('%s is one clear error naming the input', (_name, inputs, message) => {
  expect(() => readConfig(reader({ ...site, ...inputs }), env)).toThrow(message);
});

test('release ids and keys', () => {
  expect(releaseIdProblem('v1.2_rc-3')).toBeUndefined();
  expect(releaseIdProblem('')).toMatch(/letters, digits/);
  expect(defaultReleaseId({ sha: 'ABCDEF0123', runAttempt: '1', now: 0 })).toBe('ABCDEF0-1');
  expect(defaultReleaseId({ now: Date.parse('2026-12-02T08:30:05Z') })).toBe('local-20261202T083005Z');
  expect(releaseManifestKey('www/', 'r1')).toBe('www/releases/r1/.s3-cloudfront-deploy.json');
  expect(releaseIdOf('www/', 'www/releases/r1/a/b.js')).toBe('r1');
  expect(releaseIdOf('www/', 'www/releases/r1')).toBeUndefined();
  expect(releaseIdOf('www/', 'www/other/r1/x')).toBeUndefined();
});
