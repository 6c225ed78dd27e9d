/**
 * What a delete may never take: objects matching preserve, and another deploy's site (a sub-prefix
 * holding this action's record), for a deploy with delete: true and for remove: true.
 */
import { headersFor } from '../../src/core/headers.js';
import { MANIFEST_NAME } from '../../src/core/manifest.js';
import { OWED_NAME } from '../../src/core/owed.js';
import { compileKeyGlobs, otherDeployOwning, otherDeployRoots } from '../../src/core/ownership.js';
import { type Plan, planDeploy } from '../../src/core/plan.js';
import { planRemoval, type RemovalRules } from '../../src/core/removal.js';
import { describeKept, keptLines, planLines } from '../../src/core/wording.js';
import { file, rules, stored } from '../support/plan-fixtures.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-23T10:00:00.000Z');

describe('preserve', () => {
  const remote = [
    'uploads/a.png',
    'uploads/2026/b.png',
    'robots.txt',
    '.well-known/assetlinks.json',
    'old.js',
    'uploadsx.png',
  ].map((rel) => stored(`www/${rel}`, rel));
  const preserve = compileKeyGlobs(['uploads/**', 'robots.txt', '.well-known/**']);
  const plan = (rules: Partial<RemovalRules> = {}) =>
    planRemoval({
      remote,
      prefix: 'www/',
      manifest: new Map(),
      siteKeys: new Set(),
      rules: { preserve, graceMs: 0, now: T0, ...rules },
    });

  test('matching objects are never deleted and not counted as deletes; the plan says preserved', () => {
    const result = plan();
    expect(result.deletes.map((s) => s.key)).toEqual(['www/old.js', 'www/uploadsx.png']);
    expect(result.kept.map((s) => [s.key, s.reason.kind])).toEqual([
      ['www/.well-known/assetlinks.json', 'preserved'],
      ['www/robots.txt', 'preserved'],
      ['www/uploads/2026/b.png', 'preserved'],
      ['www/uploads/a.png', 'preserved'],
    ]);
    expect(keptLines(result.kept, 'keep').map((l) => l.line)).toContain('keep    www/robots.txt  (preserved)');
    expect(describeKept(result.kept)).toBe('4 preserved');
  });

  test('preserve wins over delete-grace, and removing the whole site spares preserved objects too', () => {
    expect(plan({ graceMs: HOUR }).kept.filter((s) => s.reason.kind === 'preserved')).toHaveLength(4);
    const whole = planRemoval({
      remote,
      prefix: 'www/',
      manifest: new Map(),
      siteKeys: new Set(),
      rules: { preserve, graceMs: 0, now: T0 },
      wholeSite: true,
    });
    expect(whole.deletes.map((s) => [s.key, s.reason])).toEqual([
      ['www/old.js', 'site removed'],
      ['www/uploadsx.png', 'site removed'],
    ]);
  });

  test.each([['/uploads/**'], ['../x'], ['a/../../b'], ['!uploads/**']])('%j is refused', (glob) => {
    expect(() => compileKeyGlobs([glob])).toThrow(glob);
  });
});

describe('another deploy under the prefix is never deleted', () => {
  test.each<[string, string[], string[]]>([
    ['a manifest below marks its sub-prefix', ['scratch/.s3-cloudfront-deploy.json', 'index.html'], ['scratch/']],
    [
      'an owed record alone marks it too (a first deploy killed early)',
      ['pr-1/.s3-cloudfront-deploy.owed.json'],
      ['pr-1/'],
    ],
    ["the prefix's own records mark nothing", [MANIFEST_NAME, OWED_NAME], []],
    [
      'deeper deploys each mark their own',
      ['a/b/.s3-cloudfront-deploy.json', 'c/.s3-cloudfront-deploy.json'],
      ['a/b/', 'c/'],
    ],
    ['a look-alike name marks nothing', ['x/.s3-cloudfront-deploy.json.bak', 'y/my.s3-cloudfront-deploy.json'], []],
  ])('%s', (_title, rels, roots) => {
    expect([...otherDeployRoots(rels)].sort()).toEqual(roots);
  });

  test.each<[string, string | undefined]>([
    ['scratch/index.html', 'scratch/'],
    ['scratch/deep/er/x.js', 'scratch/'],
    ['scratch2/x.js', 'scratch2/'],
    ['scratch', undefined],
    ['scratchy/x.js', undefined],
    ['a/b/c.js', 'a/b/'],
    ['a/c.js', undefined],
  ])('%s lies under %j', (rel, owner) => {
    expect(otherDeployOwning(rel, new Set(['scratch/', 'scratch2/', 'a/b/']))).toBe(owner);
  });

  test('a root deploy with delete keeps both nested deploys, records and all, and deletes the rest', () => {
    const nested = (dir: string) =>
      [
        `${dir}/.s3-cloudfront-deploy.json`,
        `${dir}/.s3-cloudfront-deploy.owed.json`,
        `${dir}/index.html`,
        `${dir}/assets/a.js`,
      ].map((key) => stored(key, key));
    const remote = [
      ...nested('scratch'),
      ...nested('scratch2'),
      stored('index.html', 'x'),
      stored('gone.html', 'g'),
      stored(MANIFEST_NAME, '{}'),
    ];
    const plan: Plan = planDeploy({
      files: [file('index.html', 'x')],
      remote,
      manifest: new Map(),
      prefix: '',
      headersFor: (rel) => headersFor(rel, rules),
      deleteRemoved: true,
      removal: { preserve: [], graceMs: 0, now: T0 },
    });
    expect(plan.deletes.map((s) => s.key)).toEqual(['gone.html']);
    expect(plan.kept).toHaveLength(8);
    expect(new Set(plan.kept.map((s) => JSON.stringify(s.reason)))).toEqual(
      new Set(
        [
          { kind: 'other deploy', owner: 'scratch/' },
          { kind: 'other deploy', owner: 'scratch2/' },
        ].map((r) => JSON.stringify(r)),
      ),
    );
    expect(planLines(plan)).toEqual(
      expect.arrayContaining([
        'keep    scratch/  (4 object(s): belongs to the deploy under scratch/)',
        'keep    scratch2/  (4 object(s): belongs to the deploy under scratch2/)',
      ]),
    );
    expect(describeKept(plan.kept)).toBe("8 of other deploys' sites");
  });

  test('a site file named like a record, at any depth, is refused: it would mark its directory as another deploy', () => {
    const common = {
      remote: [],
      manifest: new Map(),
      prefix: 'www/',
      headersFor: (rel: string) => headersFor(rel, rules),
      deleteRemoved: true,
    };
    expect(() => planDeploy({ ...common, files: [file(`docs/${MANIFEST_NAME}`, '{}')] })).toThrow('exclude that file');
    expect(() => planDeploy({ ...common, files: [file(`a/b/${OWED_NAME}`, '{}')] })).toThrow('exclude that file');
  });

  test('under a non-empty prefix the owner is named by its full key prefix; preserve cannot make it deletable', () => {
    const remote = [stored('www/pr-1/.s3-cloudfront-deploy.json', '{}'), stored('www/pr-1/a.js', 'a')];
    const preserve = compileKeyGlobs(['nothing/**']);
    const result = planRemoval({
      remote,
      prefix: 'www/',
      manifest: new Map(),
      siteKeys: new Set(),
      rules: { preserve, graceMs: 0, now: T0 },
      wholeSite: true,
    });
    expect(result.deletes).toEqual([]);
    expect(result.kept.map((s) => s.reason)).toEqual([
      { kind: 'other deploy', owner: 'www/pr-1/' },
      { kind: 'other deploy', owner: 'www/pr-1/' },
    ]);
  });
});
