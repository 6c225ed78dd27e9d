/**
 * core/globs.ts: the one compiler behind every glob input. The relative rule is checked for each
 * input through the parser that input goes through, and each input's dot and nocomment options are
 * pinned, since they differ on purpose.
 */
import { compileGlob, GLOB_OPTIONS, GlobError, type GlobInput, notRelative } from '../../src/core/globs.js';
import { parseHeaderRules } from '../../src/core/header-rules.js';
import { compileKeyGlobs } from '../../src/core/ownership.js';
import { parseGlobRules } from '../../src/core/rules.js';
import { parseLastGlobs } from '../../src/core/upload-phases.js';
import { SourceError } from '../../src/local/errors.js';
import { createSelector } from '../../src/local/select.js';

const INPUTS = Object.keys(GLOB_OPTIONS) as GlobInput[];

describe('the relative rule', () => {
  test.each([
    ['/x', 'absolute'],
    ['/', 'absolute'],
    ['/../x', 'absolute'],
    ['..', 'parent'],
    ['../x', 'parent'],
    ['a/../b', 'parent'],
    ['a/..', 'parent'],
    ['x', undefined],
    ['..x/y', undefined],
    ['a/b..', undefined],
    ['a/...', undefined],
    ['./x', undefined],
    ['**', undefined],
  ])('%j: %s', (pattern, problem) => {
    expect(notRelative(pattern)).toBe(problem);
  });

  test.each(INPUTS.flatMap((input) => ['/abs/**', '../up/*', 'a/../b'].map((glob) => [input, glob] as const)))(
    'compileGlob(%j) refuses %j, saying what it must be relative to',
    (input, glob) => {
      const { relativeTo } = GLOB_OPTIONS[input];
      expect(() => compileGlob(glob, input)).toThrow(GlobError);
      expect(() => compileGlob(glob, input)).toThrow(`"${glob}" must be relative to ${relativeTo}`);
    },
  );

  const selector = (input: 'include' | 'exclude', pattern: string) => () =>
    input === 'include' ? createSelector([pattern], []) : createSelector(['**'], [pattern]);

  // Each input through its own parser, with the message it has always had.
  test.each<[string, string, () => unknown, string | RegExp]>([
    ['include', '/abs/**', selector('include', '/abs/**'), "include pattern '/abs/**' is absolute"],
    ['include', 'a/../b', selector('include', 'a/../b'), "include pattern 'a/../b' has a '..' segment"],
    ['exclude', '/abs/**', selector('exclude', '/abs/**'), "exclude pattern '/abs/**' is absolute"],
    ['exclude', '../up', selector('exclude', '../up'), "exclude pattern '../up' has a '..' segment"],
    [
      'cache-control',
      '/abs/*',
      () => parseGlobRules('ok: no-cache\n/abs/*: no-cache'),
      'line 2: the glob "/abs/*" must be relative to source-dir',
    ],
    [
      'headers',
      '../up/*',
      () => parseHeaderRules('../up/*: Content-Language: en'),
      'line 1: the glob "../up/*" must be relative to source-dir',
    ],
    [
      'upload-last',
      'a/../b',
      () => parseLastGlobs('# first\na/../b'),
      'line 2: the glob "a/../b" must be relative to source-dir',
    ],
    [
      'preserve',
      '/uploads/**',
      () => compileKeyGlobs(['/uploads/**']),
      '"/uploads/**" must be relative to the prefix (no leading "/", no ".." segment)',
    ],
  ])('%s refuses %j', (_input, _glob, parse, message) => {
    expect(parse).toThrow(message);
  });

  test('include and exclude refuse with a SourceError, before compiling', () => {
    expect(selector('include', '../x')).toThrow(SourceError);
    expect(selector('exclude', '/x')).toThrow(SourceError);
  });
});

describe('each input keeps its minimatch options', () => {
  // [input, dot, nocomment]: dot says whether `*` matches '.env', nocomment whether '#x' matches '#x'.
  test.each<[GlobInput, boolean, boolean]>([
    ['include', false, true],
    ['exclude', true, true],
    ['cache-control', true, false],
    ['headers', true, false],
    ['upload-last', true, false],
    ['preserve', true, true],
  ])('%s: dot %s, nocomment %s', (input, dot, nocomment) => {
    expect(GLOB_OPTIONS[input]).toMatchObject({ dot, nocomment });
    expect(compileGlob('*', input).matches('.env')).toBe(dot);
    expect(compileGlob('**', input).matches('a/.env')).toBe(dot);
    expect(compileGlob('*', input).matches('env')).toBe(true);
    expect(compileGlob('#x', input).matches('#x')).toBe(nocomment);
  });

  test.each<[string, () => boolean, boolean]>([
    ['include `*` skips dotfiles', () => createSelector(['*'], []).selectsFile('.env'), false],
    ['include `**` skips dot-directories', () => createSelector(['**'], []).selectsFile('.git/config'), false],
    ['include names a dotfile', () => createSelector(['.nojekyll'], []).selectsFile('.nojekyll'), true],
    ['include `#x` is a name', () => createSelector(['#x'], []).selectsFile('#x'), true],
    ['exclude `*` reaches dotfiles', () => createSelector(['**'], ['*']).excludesPath('.env'), true],
    ['exclude `#x` is a name', () => createSelector(['**'], ['#x']).excludesPath('#x'), true],
    ['cache-control `*` reaches dotfiles', () => parseGlobRules('*: no-cache')[0]!.matches('.env'), true],
    ['headers `*` reach dotfiles', () => parseHeaderRules('*: Content-Language: en')[0]!.matches('.env'), true],
    ['upload-last `*` reaches dotfiles', () => parseLastGlobs('*')[0]!.matches('.env'), true],
    ['preserve `**` reaches dotfiles', () => compileKeyGlobs(['**'])[0]!.matches('.well-known/x'), true],
    ['preserve `#x` is a name', () => compileKeyGlobs(['#x'])[0]!.matches('#x'), true],
  ])('through its parser: %s', (_what, matches, expected) => {
    expect(matches()).toBe(expected);
  });
});

describe('mayMatchBelow: whether a walk need enter a directory', () => {
  test.each([
    ['docs/**', 'docs', true],
    ['docs/**', 'img', false],
    ['**/*.html', 'any/depth', true],
    ['.well-known/**', '.well-known', true],
    ['a/b/c.txt', 'a', true],
    ['a/b/c.txt', 'b', false],
  ])('include %j, directory %j: %s', (glob, dir, expected) => {
    expect(compileGlob(glob, 'include').mayMatchBelow(dir)).toBe(expected);
  });
});
