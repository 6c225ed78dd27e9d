import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const minimal = { bucket: 'my-site', 'source-dir': 'public' };

describe('delete-grace and preserve', () => {
  test('parsed into the deploy options; absent, nothing changes', () => {
    const config = readConfig(
      reader({ ...minimal, delete: 'true', 'delete-grace': '7d', preserve: 'uploads/**\n# a comment\nrobots.txt\n' }),
      env,
    );
    expect(config.deploy?.deleteGraceMs).toBe(7 * 24 * 3_600_000);
    expect(config.deploy?.preserve?.map((glob) => glob.glob)).toEqual(['uploads/**', 'robots.txt']);
    expect(config.deploy?.preserve?.[0]?.matches('uploads/2026/a.png')).toBe(true);
    const plain = readConfig(reader(minimal), env);
    expect(plain.deploy).toMatchObject({ deleteGraceMs: 0, preserve: [] });
    expect(plain.remove).toBeUndefined();
    expect(plain.testClockOffsetMs).toBeUndefined();
  });

  test.each<[Record<string, string>, RegExp]>([
    [{ 'delete-grace': '7' }, /Input "delete-grace": "7" is not a duration/],
    [{ 'delete-grace': '1w' }, /Input "delete-grace"/],
    [{ preserve: '/uploads/**' }, /Input "preserve": "\/uploads\/\*\*" must be relative to the prefix/],
    [{ preserve: '!uploads/**' }, /Input "preserve": "!uploads\/\*\*" is negated/],
  ])('refuses %j', (inputs, message) => {
    expect(() => readConfig(reader({ ...minimal, ...inputs }), env)).toThrow(message);
  });
});

describe('remove', () => {
  const remove = { bucket: 'my-site', prefix: 'previews/pr-7', remove: 'true' };

  test('takes bucket and prefix, and no source-dir; no deploy is configured', () => {
    const config = readConfig(reader({ ...remove, preserve: 'uploads/**', 'max-deletes': '50' }), env);
    expect(config.deploy).toBeUndefined();
    expect(config.remove).toMatchObject({ bucket: 'my-site', prefix: 'previews/pr-7/', maxDeletes: 50 });
    expect(config.remove?.preserve.map((glob) => glob.glob)).toEqual(['uploads/**']);
  });

  test('the whole bucket only when prefix is written as /', () => {
    expect(readConfig(reader({ ...remove, prefix: '/' }), env).remove?.prefix).toBe('');
  });

  test.each<[Record<string, string>, RegExp]>([
    [
      { prefix: '' },
      /Input "prefix": required with remove: true; to remove everything in the bucket, write prefix: \/ explicitly/,
    ],
    [{ prefix: '//' }, /Input "prefix": "\/\/" means the whole bucket; write prefix: \//],
    [{ prefix: 'a/../b' }, /Input "prefix"/],
    [{ 'source-dir': 'public' }, /Input "remove": deletes the site under prefix, so it takes no source-dir/],
    [{ bucket: '' }, /Input "bucket": required with remove/],
    [{ bucket: 's3://my-site' }, /Input "bucket": "s3:\/\/my-site" is not a valid bucket name/],
    [{ 'delete-grace': '1d' }, /Input "delete-grace": does not apply to remove/],
    [{ remove: 'maybe' }, /Input "remove": expected true or false/],
  ])('refuses %j', (inputs, message) => {
    expect(() => readConfig(reader({ ...remove, ...inputs }), env)).toThrow(message);
  });
});

test('the clock shift for tests of the built action comes from the environment, as a duration', () => {
  expect(readConfig(reader(minimal), { ...env, S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: '2h' }).testClockOffsetMs).toBe(
    7_200_000,
  );
  expect(() => readConfig(reader(minimal), { ...env, S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: 'soon' })).toThrow(
    /S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET is not a duration/,
  );
});
