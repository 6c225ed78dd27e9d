import { compareKeys, invalidKeys, keyFor, listSplitPoints, normalizePrefix, relFor } from '../../src/core/keys.js';

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

describe('S3 key order and listing ranges', () => {
  test('compareKeys is UTF-8 byte order, not UTF-16', () => {
    // U+1F600 sorts before U+FF61 in UTF-16 (its surrogates start 0xD83D), after it in UTF-8.
    expect(['😀', '｡', 'a/b', 'a b', 'a.b'].sort(compareKeys)).toEqual(['a b', 'a.b', 'a/b', '｡', '😀']);
  });

  const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${String(i).padStart(5, '0')}`);

  test.each<[number, number[]]>([
    [0, []],
    [800, []],
    [801, [399]],
    [3000, [749, 1499, 2249]],
    [20000, [2499, 4999, 7499, 9999, 12499, 14999, 17499]],
  ])('%i keys are cut into ranges of under a page, at most 8', (count, cutIndexes) => {
    const sorted = keys(count);
    expect(listSplitPoints(sorted)).toEqual(cutIndexes.map((i) => sorted[i]));
  });
});
