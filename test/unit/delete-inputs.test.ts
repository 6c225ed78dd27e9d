import { readConfig, type Env } from '../../src/action/config.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const minimal = { bucket: 'my-site', 'source-dir': 'public' };

describe('delete-grace and preserve', () => {
  test('parsed into the deploy options; absent, nothing changes', () => {
    const config = readConfig(reader({ ...minimal, delete: 'true', 'delete-grace': '7d', preserve: 'uploads/**\n# a comment\nrobots.txt\n' }), env);
    expect(config.sync?.deleteGraceMs).toBe(7 * 24 * 3_600_000);
    expect(config.sync?.preserve?.map((glob) => glob.glob)).toEqual(['uploads/**', 'robots.txt']);
    expect(config.sync?.preserve?.[0]?.matches('uploads/2026/a.png')).toBe(true);
    const plain = readConfig(reader(minimal), env);
    expect(plain.sync).toMatchObject({ deleteGraceMs: 0, preserve: [] });
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

test('the clock shift for tests of the built action comes from the environment, as a duration', () => {
  expect(readConfig(reader(minimal), { ...env, S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: '2h' }).testClockOffsetMs).toBe(7_200_000);
  expect(() => readConfig(reader(minimal), { ...env, S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: 'soon' })).toThrow(
    /S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET is not a duration/,
  );
});
