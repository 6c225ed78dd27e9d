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

test('a prefix with a backslash is refused, saying why', () => {
  expect(() => normalizePrefix('docs\\v2')).toThrow(
    'prefix "docs\\v2" holds a backslash: browsers turn it into / in a URL, so no page under it could be reached. Separate folders with / (docs/v2).',
  );
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

  test('compareKeys agrees with comparing the UTF-8 bytes, on every kind of code unit', () => {
    const samples = [
      '',
      'a',
      'a/',
      'a b',
      'A',
      '~',
      '\u007f',
      '\u0080',
      'é',
      '\u07ff',
      '\u0800',
      '\ud7ff',
      '\ue000',
      '｡',
      '\uffff',
      '😀',
      '\u{10000}',
      '\u{10ffff}',
      'a😀',
      'a\uffff',
    ];
    for (const a of samples) {
      for (const b of samples) {
        expect(Math.sign(compareKeys(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }
    }
  });

  test.each<[number, number[]]>([
    [0, []],
    [3000, []],
    [10000, []],
    [10001, Array.from({ length: 10 }, (_, i) => 959 + i * 960)],
    [30000, Array.from({ length: 31 }, (_, i) => 959 + i * 960)],
  ])('%i keys: listed page after page up to 10,000, else cut into ranges of about a page', (count, cutIndexes) => {
    const sorted = keys(count);
    expect(listSplitPoints(sorted)).toEqual(cutIndexes.map((i) => sorted[i]));
  });
});
