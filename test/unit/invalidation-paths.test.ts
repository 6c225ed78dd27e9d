import {
  collapsePaths,
  covers,
  encodeInvalidationPath,
  isWildcard,
  MAX_PATH_LENGTH,
  pathsForKeys,
  validateUserPath,
} from '../../src/core/invalidation-paths.js';

const site = { originPath: '', indexDocument: 'index.html' };

describe('pathsForKeys: index documents', () => {
  it.each<[string, readonly string[], string[]]>([
    ['root index', ['index.html'], ['/', '/index.html']],
    ['nested index', ['docs/index.html'], ['/docs', '/docs/', '/docs/index.html']],
    ['deep index', ['a/b/index.html'], ['/a/b', '/a/b/', '/a/b/index.html']],
    ['not an index: name only ends like one', ['docs/xindex.html'], ['/docs/xindex.html']],
    ['plain file', ['css/site.css'], ['/css/site.css']],
  ])('%s', (_name, keys, expected) => {
    expect(pathsForKeys(keys, site)).toEqual(expected);
  });

  it.each<[string, string, readonly string[], string[]]>([
    [
      'custom index name',
      'default.htm',
      ['default.htm', 'docs/default.htm', 'docs/index.html'],
      ['/', '/default.htm', '/docs', '/docs/', '/docs/default.htm', '/docs/index.html'],
    ],
    ['no index document', '', ['index.html', 'docs/index.html'], ['/docs/index.html', '/index.html']],
  ])('%s', (_name, indexDocument, keys, expected) => {
    expect(pathsForKeys(keys, { originPath: '', indexDocument })).toEqual(expected);
  });
});

describe('pathsForKeys: originPath', () => {
  it.each<[string, string, readonly string[], string[]]>([
    [
      'keys inside are made relative',
      'www',
      ['www/a.html', 'www/docs/index.html'],
      ['/a.html', '/docs', '/docs/', '/docs/index.html'],
    ],
    ['keys outside are dropped', 'www', ['other/a.html', 'a.html', 'wwwx/b.html', 'www'], []],
    ['trailing slash on the prefix', 'www/', ['www/a.html', 'b.html'], ['/a.html']],
    ['leading slash (CloudFront OriginPath form)', '/www', ['www/a.html'], ['/a.html']],
    [
      'nested prefix with root index',
      'sites/blog',
      ['sites/blog/index.html', 'sites/other/index.html'],
      ['/', '/index.html'],
    ],
    ['empty prefix keeps the whole key', '', ['www/a.html'], ['/www/a.html']],
  ])('%s', (_name, originPath, keys, expected) => {
    expect(pathsForKeys(keys, { originPath, indexDocument: 'index.html' })).toEqual(expected);
  });
});

describe('encodeInvalidationPath', () => {
  it.each<[string, string]>([
    ['/a b.html', '/a%20b.html'],
    ['/a+b.html', '/a+b.html'],
    ['/a&b=c.html', '/a&b=c.html'],
    ['/100%.html', '/100%25.html'],
    ['/a#b.html', '/a%23b.html'],
    ['/~user/x', '/%7Euser/x'],
    ['/"q".html', '/%22q%22.html'],
    ['/<tag>.html', '/%3Ctag%3E.html'],
    ['/a^b', '/a%5Eb'],
    ['/a`b', '/a%60b'],
    ['/a|b', '/a%7Cb'],
    ['/{a}[b]\\c', '/%7Ba%7D%5Bb%5D%5Cc'],
    ['/日本語/ページ.html', '/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8.html'],
    ['/café', '/caf%C3%A9'],
    ['/emoji-😀', '/emoji-%F0%9F%98%80'],
    ['/tab\there\n\u007f', '/tab%09here%0A%7F'],
    ["/keep-these/!$'()*,;:@=.-_", "/keep-these/!$'()*,;:@=.-_"],
  ])('%j → %j', (raw, encoded) => {
    expect(encodeInvalidationPath(raw)).toBe(encoded);
  });
});

describe('pathsForKeys: encoding and wildcards from keys', () => {
  it.each<[string, readonly string[], string[]]>([
    ['space', ['my file.html'], ['/my%20file.html']],
    ['plus stays', ['a+b.html'], ['/a+b.html']],
    ['percent', ['50%.html'], ['/50%25.html']],
    ['question mark is not a query here', ['a?b.html'], ['/a%3Fb.html']],
    ['unicode', ['日本語/ページ.html'], ['/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8.html']],
    ["'*' in a file name becomes a wildcard cut at the first '*'", ['img/a*b*c.png'], ['/img/a*']],
    ["'*' in a directory of an index", ['a*b/index.html'], ['/a*']],
    ['the wildcard swallows what it covers', ['img/a*b.png', 'img/a1.png', 'img/b.png'], ['/img/a*', '/img/b.png']],
  ])('%s', (_name, keys, expected) => {
    expect(pathsForKeys(keys, site)).toEqual(expected);
  });

  it('deduplicates and sorts by code unit whatever the input order', () => {
    const keys = ['z.html', 'docs/index.html', 'A.html', 'docs/index.html', 'docs/a.html', 'index.html'];
    const expected = ['/', '/A.html', '/docs', '/docs/', '/docs/a.html', '/docs/index.html', '/index.html', '/z.html'];
    expect(pathsForKeys(keys, site)).toEqual(expected);
    expect(pathsForKeys([...keys].reverse(), site)).toEqual(expected);
  });

  it('names the key whose path is too long', () => {
    const key = `dir/${'é'.repeat(700)}.html`; // 700 × '%C3%A9' = 4200 characters
    expect(() => pathsForKeys([key], site)).toThrow(/S3 key "dir\/é+….*4210 characters.*at most 4000/);
    expect(pathsForKeys([`${'a'.repeat(MAX_PATH_LENGTH - 1)}`], site)[0]).toHaveLength(MAX_PATH_LENGTH);
    expect(() => pathsForKeys([`${'a'.repeat(MAX_PATH_LENGTH)}`], site)).toThrow(/at most 4000/);
  });
});

describe('validateUserPath', () => {
  it.each<[string, string]>([
    ['/*', '/*'],
    ['/index.html', '/index.html'],
    ['/docs/*', '/docs/*'],
    ['/images/image*', '/images/image*'],
    ['/a b.html', '/a%20b.html'],
    ['/a%20b.html', '/a%20b.html'],
    ['/a%e6.html', '/a%e6.html'],
    ['/100%.html', '/100%25.html'],
    ['/100%2.html', '/100%252.html'],
    ['/ページ', '/%E3%83%9A%E3%83%BC%E3%82%B8'],
    ['/page?lang=en', '/page?lang=en'],
    ['/a+b&c', '/a+b&c'],
  ])('%j is accepted as %j', (input, normalised) => {
    expect(validateUserPath(input)).toBe(normalised);
  });

  it.each<[string, RegExp]>([
    ['docs/*/x.html', /"docs\/\*\/x\.html".*must start with '\/'.*'\*' may only be the last/],
    ['/docs/*/x.html', /"\/docs\/\*\/x\.html".*'\*' may only be the last/],
    ['/a**', /'\*' may only be the last/],
    ['index.html', /"index\.html".*must start with '\/'/],
    ['', /must start with '\/'/],
    [`/${'a'.repeat(MAX_PATH_LENGTH)}`, /at most 4000 characters/],
    [`/${' '.repeat(1400)}`, /at most 4000 characters once encoded \(it is 4201\)/],
  ])('%.40j is rejected', (input, message) => {
    expect(() => validateUserPath(input)).toThrow(message);
  });

  it('accepts exactly 4000 characters', () => {
    expect(validateUserPath(`/${'a'.repeat(MAX_PATH_LENGTH - 1)}`)).toHaveLength(MAX_PATH_LENGTH);
  });
});

describe('isWildcard and covers', () => {
  it.each<[string, boolean]>([
    ['/*', true],
    ['/docs*', true],
    ['/docs/', false],
    ['/a*b', false],
  ])('isWildcard(%j) is %s', (path, expected) => {
    expect(isWildcard(path)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['/dir/*', '/dir/a.html', true],
    ['/dir/*', '/dir/sub/deep.png', true],
    ['/dir/*', '/dir/', true],
    ['/dir/*', '/dir', false],
    ['/dir/*', '/dirt/a.html', false],
    ['/docs*', '/docs', true],
    ['/docs*', '/docs/', true],
    ['/docs*', '/docs.html', true],
    ['/docs*', '/docs-archive.html', true],
    ['/docs*', '/doc.html', false],
    ['/*', '/', true],
    ['/a.html', '/a.html', true],
    ['/a.html', '/A.html', false],
    ['/dir/*', '/dir/sub/*', true],
  ])('covers(%j, %j) is %s', (pattern, path, expected) => {
    expect(covers(pattern, path)).toBe(expected);
  });
});

describe('collapsePaths', () => {
  function expectCollapse(input: readonly string[], budget: number): string[] {
    const out = collapsePaths(input, budget);
    expect(out.length).toBeLessThanOrEqual(budget);
    expect(new Set(out).size).toBe(out.length);
    expect([...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(out);
    for (const path of input) {
      if (!out.some((pattern) => covers(pattern, path))) throw new Error(`${path} is not covered by ${out.join(' ')}`);
    }
    return out;
  }

  it.each<[string, string[], number, string[]]>([
    ['within budget: unchanged (deduplicated, sorted)', ['/b', '/a', '/b'], 2, ['/a', '/b']],
    [
      'most crowded directory first',
      ['/a/1', '/a/2', '/a/3', '/b/1', '/b/2', '/c.html'],
      4,
      ['/a/*', '/b/1', '/b/2', '/c.html'],
    ],
    [
      'a single collapse that suffices: the least crowded one',
      ['/a/1', '/a/2', '/a/3', '/b/1', '/b/2', '/c.html'],
      5,
      ['/a/1', '/a/2', '/a/3', '/b/*', '/c.html'],
    ],
    ['climbs toward the root', ['/a/x/1', '/a/x/2', '/a/y/1', '/a/y/2', '/b.html'], 2, ['/a/*', '/b.html']],
    [
      'deepest shared directory when no directory holds two directly',
      ['/a/x/1', '/a/y/1', '/b/z/1', '/c.html'],
      3,
      ['/a/*', '/b/z/1', '/c.html'],
    ],
    ['/* at worst', ['/a/1', '/b/1', '/c.html', '/'], 1, ['/*']],
    [
      "an index's '/docs' and '/docs/' go with its directory as '/docs*'",
      ['/docs', '/docs/', '/docs/a.html', '/docs/b.html', '/x.html'],
      3,
      ['/docs*', '/x.html'],
    ],
    [
      "'/docs/*' when '/docs' itself did not change",
      ['/docs/', '/docs/a.html', '/docs/b.html', '/docs.html', '/x.html'],
      3,
      ['/docs.html', '/docs/*', '/x.html'],
    ],
    [
      'index trios collapse one by one before their parent',
      ['/', '/index.html', '/p1', '/p1/', '/p1/index.html', '/p2', '/p2/', '/p2/index.html'],
      6,
      ['/', '/index.html', '/p1*', '/p2', '/p2/', '/p2/index.html'],
    ],
    [
      'existing wildcards are kept and swallow what they cover',
      ['/img/*', '/img/a.png', '/img/b/c.png', '/x.html'],
      2,
      ['/img/*', '/x.html'],
    ],
    [
      'a nested wildcard climbs with its directory',
      ['/a/b/*', '/a/c.html', '/a/d.html', '/e.html', '/f.html'],
      3,
      ['/a/*', '/e.html', '/f.html'],
    ],
  ])('%s', (_name, input, budget, expected) => {
    expect(expectCollapse(input, budget)).toEqual(expected);
  });

  it('covers every path of a real site in every budget', () => {
    const keys = [
      'index.html',
      ...Array.from({ length: 40 }, (_, i) => `blog/2024/post-${i}/index.html`),
      ...Array.from({ length: 25 }, (_, i) => `assets/img/p${i}.png`),
      ...Array.from({ length: 5 }, (_, i) => `assets/css/s${i}.css`),
      'about/index.html',
      'my file.html',
      'img/a*b.png',
    ];
    const paths = pathsForKeys(keys, site);
    for (const budget of [1, 2, 3, 5, 10, 15, 50, 100, paths.length]) expectCollapse(paths, budget);
  });

  it('stays fast on many sparse directories', () => {
    const paths = Array.from({ length: 20000 }, (_, i) => `/d${i % 5000}/s${i % 7}/f${i}.html`);
    const started = Date.now();
    expectCollapse(paths, 15);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('with an unlimited budget only merges: duplicates and covered paths go', () => {
    expect(collapsePaths(['/b.html', '/img/*', '/img/a.png', '/b.html', '/a.html'], Infinity)).toEqual([
      '/a.html',
      '/b.html',
      '/img/*',
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the budget %p', (budget) => {
    expect(() => collapsePaths(['/a'], budget)).toThrow(/budget/);
  });

  it('does not change its input', () => {
    const input = ['/a/1', '/a/2', '/b'];
    const copy = [...input];
    collapsePaths(input, 1);
    expect(input).toEqual(copy);
  });
});
