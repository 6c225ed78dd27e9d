import { invalidKeys, keyFor, normalizePrefix, relFor } from '../../src/core/keys.js';

test.each([
  ['', ''],
  ['/', ''],
  ['www', 'www/'],
  ['/www/', 'www/'],
  ['a//b/', 'a/b/'],
])('normalizePrefix(%j) = %j', (input, output) => {
  expect(normalizePrefix(input)).toBe(output);
});

test('a prefix with dot segments is refused', () => {
  expect(() => normalizePrefix('www/../etc')).toThrow('".."');
});

test('keyFor and relFor are inverse under the prefix, and relFor refuses other keys', () => {
  expect(keyFor('www/', 'docs/a b.html')).toBe('www/docs/a b.html');
  expect(relFor('www/', 'www/docs/a b.html')).toBe('docs/a b.html');
  expect(relFor('www/', 'wwwx/a.html')).toBeUndefined();
  expect(relFor('', 'a.html')).toBe('a.html');
});

test('keys over 1024 UTF-8 bytes are reported, shorter ones are not', () => {
  const ok = 'a'.repeat(1024);
  const multibyte = 'é'.repeat(513); // 1026 bytes, 513 characters
  expect(invalidKeys([ok, multibyte, `${ok}b`]).map((problem) => problem.key)).toEqual([multibyte, `${ok}b`]);
  expect(invalidKeys([multibyte])[0]?.reason).toContain('1026 bytes');
});
