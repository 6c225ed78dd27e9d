import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const minimal = { bucket: 'my-site', 'source-dir': 'public', prefix: 'www' };

test('by default: records under the prefix, 5 minutes for the lock, no older build', () => {
  const { deploy } = readConfig(reader(minimal), env);
  expect(deploy?.statePrefix).toBeUndefined();
  expect(deploy?.lockTimeoutMs).toBe(300_000);
  expect(deploy?.allowOlder).toBe(false);
});

test('state-prefix, lock-timeout and allow-older are read; remove keeps its records under state-prefix too', () => {
  const inputs = { ...minimal, 'state-prefix': '/_state//www', 'lock-timeout': '0', 'allow-older': 'true' };
  const { deploy } = readConfig(reader(inputs), env);
  expect(deploy).toMatchObject({ statePrefix: '_state/www/', lockTimeoutMs: 0, allowOlder: true });
  const remove = readConfig(
    reader({ bucket: 'my-site', prefix: 'pr-1', remove: 'true', 'state-prefix': 's/pr-1' }),
    env,
  );
  expect(remove.remove?.statePrefix).toBe('s/pr-1/');
});

test.each([
  ['state-prefix', 'state\\www', /Input "state-prefix".*backslash/],
  ['lock-timeout', '5m', /Input "lock-timeout"/],
  ['lock-timeout', '-1', /Input "lock-timeout"/],
  ['allow-older', 'yes please', /Input "allow-older"/],
])('%s: %s is one clear error naming the input', (input, value, message) => {
  expect(() => readConfig(reader({ ...minimal, [input]: value }), env)).toThrow(message);
});
