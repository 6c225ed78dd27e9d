import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { DEFAULTS } from '../../src/action/inputs/defaults.js';
import type { SiteFile } from '../../src/core/types.js';
import { READ_BUFFER_BYTES } from '../../src/local/digest.js';
import { createLocalSource, SourceError } from '../../src/local/scan.js';
import { createSelector } from '../../src/local/select.js';

/** Walk, SHA-256 and then MD5 of every file, as a deploy whose manifest vouches for nothing does. */
async function scanSource(
  dir: string,
  selection: { include: readonly string[]; exclude: readonly string[] },
): Promise<SiteFile[]> {
  const source = createLocalSource();
  try {
    const scanned = await source.scan(dir, selection);
    const md5s = await source.md5(scanned);
    return scanned.map((file, i) => ({ ...file, md5: md5s[i]! }));
  } finally {
    source.close();
  }
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'local-scan-'));
  temps.push(dir);
  return dir;
}

/** A temp dir holding the given files (content defaults to the path itself). */
async function tree(files: Record<string, string | Buffer> | readonly string[]): Promise<string> {
  const dir = await tempDir();
  const entries = Array.isArray(files) ? files.map((f) => [f, f] as const) : Object.entries(files);
  for (const [rel, content] of entries) {
    await mkdir(path.join(dir, path.dirname(rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

const md5 = (data: string | Buffer): string => createHash('md5').update(data).digest('hex');
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const all = { include: DEFAULTS.include, exclude: [] };
const rels = async (dir: string, include: readonly string[], exclude: readonly string[] = []): Promise<string[]> =>
  (await scanSource(dir, { include, exclude })).map((f) => f.rel);

async function expectSourceError(promise: Promise<unknown>, ...fragments: string[]): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  for (const fragment of fragments) expect((err as Error).message).toContain(fragment);
}

const utf8Sorted = (list: readonly string[]): string[] =>
  [...list].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('selection', () => {
  const SITE = [
    'index.html',
    'about.html',
    'style.css',
    'docs/a.html',
    'docs/b.css',
    'docs/deep/c.html',
    '.nojekyll',
    '.env',
    '.git/config',
    '.well-known/security.txt',
    '.well-known/.hidden',
    'assets/.cache/x.js',
    'assets/app.js',
    'with space.html',
    'café/ページ.html',
    'c++.html',
    '100%.html',
    '#hash.html',
    ' leading.html',
    '007',
    'a+b/c d.txt',
  ];
  const DEFAULT_SELECTED = SITE.filter(
    (f) => !['.nojekyll', '.env', '.git/config', '.well-known/.hidden', 'assets/.cache/x.js'].includes(f),
  );
  let site: string;
  beforeAll(async () => {
    site = await tree(SITE);
  });

  test.each<[string, readonly string[], readonly string[], readonly string[]]>([
    ['default: no dotfiles except .well-known/', DEFAULTS.include, [], DEFAULT_SELECTED],
    [
      '**/*.html reaches the root and nested dirs, not dot-dirs',
      ['**/*.html'],
      [],
      SITE.filter((f) => f.endsWith('.html')),
    ],
    ['an explicit dotfile include', [...DEFAULTS.include, '.nojekyll'], [], [...DEFAULT_SELECTED, '.nojekyll']],
    ['** alone skips .well-known', ['**'], [], DEFAULT_SELECTED.filter((f) => !f.startsWith('.well-known'))],
    [
      'exclude wins over include',
      DEFAULTS.include,
      ['docs/**'],
      DEFAULT_SELECTED.filter((f) => !f.startsWith('docs/')),
    ],
    [
      'exclude reaches into dot-dirs',
      DEFAULTS.include,
      ['**/*.txt'],
      DEFAULT_SELECTED.filter((f) => !f.endsWith('.txt')),
    ],
    ['nested include minus exclude', ['docs/**'], ['**/*.css'], ['docs/a.html', 'docs/deep/c.html']],
    ['a leading ./ is ignored', ['./docs/*.html'], [], ['docs/a.html']],
    ['# is literal, not a comment', ['#hash.html'], [], ['#hash.html']],
    [
      'special characters match literally',
      ['c++.html', '100%.html', ' leading.html', '007'],
      [],
      ['c++.html', '100%.html', ' leading.html', '007'],
    ],
    ['unicode and spaces', ['café/*', 'a+b/c d.txt'], [], ['café/ページ.html', 'a+b/c d.txt']],
    ['braces', ['{index,about}.html'], [], ['index.html', 'about.html']],
  ])('%s', async (_name, include, exclude, expected) => {
    expect(await rels(site, include, exclude)).toEqual(utf8Sorted(expected));
  });

  test('include ** selects exactly what minimatch matches (its fast path)', () => {
    const paths = [
      ...SITE,
      'a/b',
      'a/.b',
      '.a/b',
      'a/b.',
      'a..b',
      '...',
      'x/y/z/.w',
      'x/.y/z',
      'é/.ü',
      ' .x',
      'a/ .b',
      '-',
      '#x/.y',
    ];
    const minimatch = new Minimatch('**', { nocomment: true, dot: false });
    const selector = createSelector(['**'], []);
    for (const rel of paths) expect([rel, selector.selectsFile(rel)]).toEqual([rel, minimatch.match(rel)]);
  });

  test('rel is /-separated and absPath is the real file', async () => {
    const [file] = await scanSource(site, { include: ['docs/deep/*'], exclude: [] });
    expect(file).toEqual({
      rel: 'docs/deep/c.html',
      absPath: path.join(await realpath(site), 'docs', 'deep', 'c.html'),
      size: Buffer.byteLength('docs/deep/c.html'),
      sha256: sha256('docs/deep/c.html'),
      md5: md5('docs/deep/c.html'),
    });
  });

  test('order is UTF-8 byte order, not UTF-16', async () => {
    // U+FF61 sorts after U+1F600 in UTF-16 (surrogate D83D) but before it in UTF-8 (EF.. < F0..).
    const names = ['docs.html', 'docs/a.html', 'docs z.html', 'docs-x.html', '\uFF61.txt', '😀.txt', 'Z', 'a'];
    expect(await rels(await tree(names), DEFAULTS.include)).toEqual([
      'Z',
      'a',
      'docs z.html',
      'docs-x.html',
      'docs.html',
      'docs/a.html',
      '\uFF61.txt',
      '😀.txt',
    ]);
  });

  test.each([
    ['/abs/**', 'absolute'],
    ['C:/site/**', 'absolute'],
    ['../x/**', "'..'"],
    ['a/../b', "'..'"],
    ['!*.map', 'exclude'],
    ['', 'empty'],
  ])('include pattern %j is refused', async (pattern, why) => {
    await expectSourceError(scanSource(site, { include: [pattern], exclude: [] }), `'${pattern}'`, why);
  });

  test('a bad exclude pattern is refused too', async () => {
    await expectSourceError(
      scanSource(site, { include: DEFAULTS.include, exclude: ['../secret'] }),
      "exclude pattern '../secret'",
    );
  });

  test.each<[readonly string[], readonly string[], string, boolean]>([
    [DEFAULTS.include, [], '.git', false],
    [DEFAULTS.include, [], 'node_modules', true],
    [DEFAULTS.include, [], '.well-known', true],
    [DEFAULTS.include, ['node_modules/**'], 'node_modules', false],
    [DEFAULTS.include, ['**/drafts/**'], 'blog/drafts', false],
    [DEFAULTS.include, ['**'], 'docs', false],
    [['docs/*.html'], [], 'docs', true],
    [['docs/*.html'], [], 'blog', false],
    [['docs/*.html'], [], 'docs/deep', false],
  ])('include %j exclude %j: walk into %j is %j', (include, exclude, dir, expected) => {
    expect(createSelector(include, exclude).mayEnterDir(dir)).toBe(expected);
  });
});

describe('hashing', () => {
  test.each([0, 1, 1000, READ_BUFFER_BYTES - 1, READ_BUFFER_BYTES, READ_BUFFER_BYTES + 1, 20 * 1024 * 1024])(
    'sha256, md5 and size of %d random bytes match node crypto',
    async (size) => {
      const content = randomBytes(size);
      const dir = await tree({ 'f.bin': content });
      const [file] = await scanSource(dir, all);
      expect(file).toMatchObject({ size, md5: md5(content), sha256: sha256(content) });
    },
  );

  test('many files keep their own hashes', async () => {
    const contents: Record<string, Buffer> = {};
    for (let i = 0; i < 50; i++) contents[`d${i % 5}/f${i}.bin`] = randomBytes(i * 37);
    const dir = await tree(contents);
    const files = await scanSource(dir, all);
    expect(files.map((f) => [f.rel, f.md5, f.sha256])).toEqual(
      utf8Sorted(Object.keys(contents)).map((rel) => [rel, md5(contents[rel]!), sha256(contents[rel]!)]),
    );
  });

  test.each([
    ['a small site (in-process)', 20],
    ['a large site (worker), but for the first chunks', 300],
  ])('md5Too: %s gets its MD5 in the same read as its SHA-256', async (_name, count) => {
    const contents: Record<string, Buffer> = {};
    for (let i = 0; i < count; i++) contents[`d${i % 7}/f${i}.bin`] = randomBytes(i * 13);
    const dir = await tree(contents);
    const source = createLocalSource();
    try {
      const scanned = await source.scan(dir, all, Promise.resolve(true));
      const withMd5 = scanned.filter((file) => file.md5 !== undefined);
      expect(withMd5.length).toBeGreaterThan(count / 2);
      for (const file of withMd5) expect(file.md5).toBe(md5(contents[file.rel]!));
      expect(scanned.map((f) => f.sha256)).toEqual(
        utf8Sorted(Object.keys(contents)).map((rel) => sha256(contents[rel]!)),
      );
      const none = await source.scan(dir, all, Promise.resolve(false));
      expect(none.every((file) => file.md5 === undefined)).toBe(true);
    } finally {
      source.close();
    }
  });

  test('a file gone between the walk and its MD5 is a SourceError naming it', async () => {
    const dir = await tree(['index.html', 'gone.html']);
    const source = createLocalSource();
    try {
      const scanned = await source.scan(dir, all);
      await rm(path.join(dir, 'gone.html'));
      await expectSourceError(source.md5(scanned), "cannot read 'gone.html' in source-dir", 'ENOENT');
    } finally {
      source.close();
    }
  });
});

describe('symlinks', () => {
  test('a symlink to a file inside is followed, under the link name', async () => {
    const dir = await tree({ 'real/a.html': 'A' });
    await symlink('real/a.html', path.join(dir, 'link.html'));
    const files = await scanSource(dir, all);
    expect(files.map((f) => f.rel)).toEqual(['link.html', 'real/a.html']);
    expect(files[0]).toMatchObject({
      md5: md5('A'),
      size: 1,
      absPath: path.join(await realpath(dir), 'real', 'a.html'),
    });
  });

  test('a symlinked directory inside is walked under the link name', async () => {
    const dir = await tree({ 'v2/index.html': 'x', 'v2/img/a.png': 'y' });
    await symlink('v2', path.join(dir, 'latest'));
    expect(await rels(dir, DEFAULTS.include)).toEqual([
      'latest/img/a.png',
      'latest/index.html',
      'v2/img/a.png',
      'v2/index.html',
    ]);
  });

  test('source-dir may itself be a symlink', async () => {
    const dir = await tree(['index.html']);
    const link = path.join(await tempDir(), 'site');
    await symlink(dir, link);
    expect(await rels(link, DEFAULTS.include)).toEqual(['index.html']);
  });

  test('a symlink to a file outside is an error naming the link and its target', async () => {
    const outside = await tree({ 'secret.txt': 'key' });
    const dir = await tree(['index.html']);
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    await expectSourceError(scanSource(dir, all), "'leak.txt'", path.join(outside, 'secret.txt'), 'outside source-dir');
  });

  test('a symlink to a directory outside is an error', async () => {
    const outside = await tree(['etc/passwd']);
    const dir = await tree(['index.html']);
    await symlink(path.join(outside, 'etc'), path.join(dir, 'etc'));
    await expectSourceError(scanSource(dir, all), "'etc'", 'outside source-dir');
  });

  test('a relative symlink climbing out with .. is an error', async () => {
    const parent = await tempDir();
    await writeFile(path.join(parent, 'private.key'), 'k');
    await mkdir(path.join(parent, 'site'));
    await writeFile(path.join(parent, 'site', 'index.html'), 'i');
    await symlink('../private.key', path.join(parent, 'site', 'key.txt'));
    await expectSourceError(scanSource(path.join(parent, 'site'), all), "'key.txt'", "'../private.key'");
  });

  test('a broken symlink is an error naming it', async () => {
    const dir = await tree(['index.html']);
    await symlink('missing.html', path.join(dir, 'gone.html'));
    await expectSourceError(scanSource(dir, all), "'gone.html'", 'broken', "'missing.html'");
  });

  test('a directory cycle is an error, not an endless walk', async () => {
    const dir = await tree(['a/index.html']);
    await symlink('..', path.join(dir, 'a', 'up'));
    await expectSourceError(scanSource(dir, all), "'a/up'", 'loop');
  });

  test('a symlink pointing at itself is an error', async () => {
    const dir = await tree(['index.html']);
    await symlink('self', path.join(dir, 'self'));
    await expectSourceError(scanSource(dir, all), "'self'");
  });

  test('an excluded or unselected bad symlink is skipped unresolved', async () => {
    const outside = await tree(['secret.txt']);
    const dir = await tree(['index.html']);
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    await symlink('missing', path.join(dir, '.hidden-broken'));
    await symlink('.', path.join(dir, 'loop'));
    expect(await rels(dir, DEFAULTS.include, ['leak.txt', 'loop'])).toEqual(['index.html']);
  });
});

describe('source-dir errors', () => {
  test('missing', async () => {
    const missing = path.join(await tempDir(), 'dist');
    await expectSourceError(scanSource(missing, all), `'${missing}'`, 'does not exist');
  });

  test('a file, not a directory', async () => {
    const dir = await tree(['index.html']);
    const file = path.join(dir, 'index.html');
    await expectSourceError(scanSource(file, all), `'${file}'`, 'not a directory');
  });

  test('empty', async () => {
    const dir = await tempDir();
    await expectSourceError(scanSource(dir, all), `'${dir}'`, 'matched no files; check source-dir / include / exclude');
  });

  test('nothing selected', async () => {
    const dir = await tree(['.env', '.git/HEAD', 'index.html']);
    await expectSourceError(scanSource(dir, { include: DEFAULTS.include, exclude: ['*.html'] }), 'matched no files');
  });

  test('a file name that is not valid UTF-8 is an error', async () => {
    const dir = await tree(['index.html']);
    await writeFile(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.html')]), 'x');
    await expectSourceError(scanSource(dir, all), "'bad\uFFFD.html'", 'not valid UTF-8');
  });

  test('a selected FIFO is an error naming it; an excluded one is skipped', async () => {
    const dir = await tree(['index.html']);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await expectSourceError(scanSource(dir, all), "'pipe'", 'FIFO');
    expect(await rels(dir, DEFAULTS.include, ['pipe'])).toEqual(['index.html']);
  });
});
