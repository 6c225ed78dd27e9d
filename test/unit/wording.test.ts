/** How results read as text, line by line: each case compares the whole line. */
import type { DistributionPlan } from '../../src/core/invalidation-plan.js';
import type { SiteSummary } from '../../src/core/outcome.js';
import type { Plan } from '../../src/core/plan.js';
import {
  closingLine,
  deployLine,
  describePlan,
  formatBytes,
  formatSeconds,
  planDetailLines,
  planLines,
  planNotes,
  uploadDetail,
  wouldInvalidateLines,
} from '../../src/core/wording.js';
import { del, HTML, invalidation, keep, MIXED, plan, result, upload } from '../support/result-fixtures.js';

const EMPTY = plan({});
const REMOVAL = plan({
  deletes: [del('www/a.html', 'site removed'), del('www/b.css', 'site removed')],
  kept: [keep('www/robots.txt', { kind: 'preserved' })],
});

test.each<[number, string]>([
  [0, '0 B'],
  [1023, '1023 B'],
  [1024, '1.0 KiB'],
  [1343, '1.3 KiB'],
  [10 * 1024 ** 2, '10.0 MiB'],
  [3 * 1024 ** 3, '3.0 GiB'],
  [2 * 1024 ** 5, '2048.0 TiB'],
])('formatBytes(%d) is %j', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test.each<[number, string]>([
  [0, '0.0 s'],
  [440, '0.4 s'],
  [61_240, '61.2 s'],
])('formatSeconds(%d) is %j', (ms, text) => {
  expect(formatSeconds(ms)).toBe(text);
});

test.each<[string, Plan, string]>([
  ['nothing', EMPTY, '3 local file(s), 5 remote object(s): 0 to upload (0 B), 0 unchanged, 0 to delete.'],
  [
    'every kind of step',
    MIXED,
    '3 local file(s), 5 remote object(s): 2 to upload (1.3 KiB; 1 content changed, 1 new), 1 unchanged, 1 to delete, ' +
      "4 kept (1 removed, kept for delete-grace; 1 preserved; 2 of other deploys' sites).",
  ],
])('describePlan: %s', (_, steps, line) => {
  expect(describePlan(steps, 3, 5)).toBe(line);
});

test('planLines: one line per key in key order, one per other deploy', () => {
  expect(planLines(MIXED)).toEqual([
    'upload  www/app.css  (content changed; text/css; charset=utf-8)',
    'keep    www/chunk.js  (removed, kept until 2026-11-23 11:00 UTC)',
    'upload  www/index.html  (new; text/html; charset=utf-8; no-cache)',
    'skip    www/logo.svg  (unchanged)',
    'delete  www/old.js  (removed locally)',
    'keep    www/pr-1/  (2 object(s): belongs to the deploy under www/pr-1/)',
    'keep    www/robots.txt  (preserved)',
  ]);
});

test.each([
  ['without Cache-Control', upload('www/a.css', 1, 'headers changed'), 'headers changed; text/css; charset=utf-8'],
  [
    'with Cache-Control',
    upload('www/a.html', 1, 'headers unknown', HTML),
    'headers unknown; text/html; charset=utf-8; no-cache',
  ],
])('uploadDetail %s', (_, step, detail) => {
  expect(uploadDetail(step)).toBe(detail);
});

const OWED = new Map([
  ['E1', ['www/x.html', 'www/y.html']],
  ['E2', ['www/x.html']],
]);

test.each<[string, Plan, ReadonlyMap<string, readonly string[]>, boolean, string[]]>([
  [
    'a dry run lists the whole plan, then the debt',
    plan({ uploads: [upload('www/a.css', 1, 'new')], kept: [keep('www/robots.txt', { kind: 'preserved' })] }),
    OWED,
    true,
    [
      'upload  www/a.css  (new; text/css; charset=utf-8)',
      'keep    www/robots.txt  (preserved)',
      '2 key(s) changed by an earlier run are still owed an invalidation by E1.',
      '1 key(s) changed by an earlier run are still owed an invalidation by E2.',
    ],
  ],
  [
    'a deploy lists what it kept, preserved objects only counted, then the debt',
    MIXED,
    OWED,
    false,
    [
      'kept    www/chunk.js  (removed, kept until 2026-11-23 11:00 UTC)',
      'kept    www/pr-1/  (2 object(s): belongs to the deploy under www/pr-1/)',
      '2 key(s) changed by an earlier run are still owed an invalidation by E1.',
      '1 key(s) changed by an earlier run are still owed an invalidation by E2.',
    ],
  ],
  ['nothing kept, nothing owed: nothing to say', EMPTY, new Map(), false, []],
])('planDetailLines: %s', (_, steps, owed, dryRun, lines) => {
  expect(planDetailLines(steps, owed, dryRun)).toEqual(lines);
});

const summary = (steps: Plan, mode: 'done' | 'dry run', flow: SiteSummary['flow'] = 'deploy') =>
  result(steps, mode, new Map(), flow).summary;

test.each<[string, SiteSummary, string]>([
  [
    'a deploy',
    summary(MIXED, 'done'),
    'Deployed s3://site/www/: 2 uploaded (1.3 KiB), 1 unchanged, 1 deleted, 4 kept in 0.4 s.',
  ],
  [
    'a dry run',
    summary(MIXED, 'dry run'),
    'Dry run, nothing written. s3://site/www/ would get: 2 uploaded (1.3 KiB), 1 unchanged, 1 deleted, 4 kept (planned in 0.4 s).',
  ],
  [
    'a deploy with nothing to do',
    summary(EMPTY, 'done'),
    'Deployed s3://site/www/: 0 uploaded (0 B), 0 unchanged, 0 deleted in 0.4 s.',
  ],
  ['a removal', summary(REMOVAL, 'done', 'remove'), 'Removed s3://site/www/: 2 deleted, 1 kept in 0.4 s.'],
  [
    'a dry run of a removal',
    summary(REMOVAL, 'dry run', 'remove'),
    'Dry run, nothing written. Removing s3://site/www/ would delete 2 object(s), 1 kept (planned in 0.4 s).',
  ],
])('deployLine: %s', (_, deploySummary, line) => {
  expect(deployLine(deploySummary)).toBe(line);
});

test.each<
  [string, boolean, ReturnType<typeof result> | undefined, ReturnType<typeof invalidation>[] | undefined, string]
>([
  ['nothing run', false, undefined, undefined, ''],
  [
    'a deploy alone',
    false,
    result(MIXED),
    undefined,
    'Deployed s3://site/www/: 2 uploaded (1.3 KiB), 1 unchanged, 1 deleted, 4 kept in 0.4 s.',
  ],
  [
    'invalidations alone: submitted, and none owed',
    false,
    undefined,
    [invalidation('E1', ['/a', '/b'], ['I1', 'I2'], 'Completed'), invalidation('E2', [], [], 'None')],
    'E1: 2 path(s) in I1, I2: Completed. E2: nothing to invalidate.',
  ],
  [
    'a deploy, then an invalidation still in progress',
    false,
    result(EMPTY),
    [invalidation('E3', ['/x'], ['I3'], 'InProgress')],
    'Deployed s3://site/www/: 0 uploaded (0 B), 0 unchanged, 0 deleted in 0.4 s. E3: 1 path(s) in I3: InProgress.',
  ],
  [
    'a dry run says what it would invalidate',
    true,
    result(MIXED, 'dry run'),
    [invalidation('E1', ['/a'], [], 'None')],
    'Dry run, nothing written. s3://site/www/ would get: 2 uploaded (1.3 KiB), 1 unchanged, 1 deleted, 4 kept ' +
      '(planned in 0.4 s). E1: would invalidate 1 path(s).',
  ],
])('closingLine: %s', (_, dryRun, deployed, invalidations, line) => {
  expect(closingLine(dryRun, deployed, invalidations)).toBe(line);
});

const distributionPlan = (distributionId: string, paths: string[], batches: number): DistributionPlan => ({
  distributionId,
  originPath: '',
  paths,
  pathsBeforeCollapse: paths.length,
  tags: [],
  changedKeys: paths.length,
  unservedKeys: 0,
  batches: Array.from({ length: batches }, (_, i) => ({
    number: i + 1,
    paths,
    reference: `r${i}`,
    load: { filePaths: paths.length, wildcardPaths: 0 },
  })),
});

test.each<[string, DistributionPlan, string[]]>([
  [
    'each path on a line of its own',
    distributionPlan('E1', ['/index.html', '/docs/*'], 1),
    ['E1: would invalidate 2 path(s) in 1 batch(es):', '  /index.html', '  /docs/*'],
  ],
  ['nothing to invalidate', distributionPlan('E2', [], 0), ['E2: would invalidate 0 path(s) in 0 batch(es):']],
])('wouldInvalidateLines: %s', (_, distribution, lines) => {
  expect(wouldInvalidateLines(distribution)).toEqual(lines);
});

test.each<[string, DistributionPlan, { level: string; text: string }[]]>([
  ['a plan that serves its changes says nothing', distributionPlan('E1', ['/index.html'], 1), []],
  [
    'none of the changes below the origin path',
    { ...distributionPlan('E2', [], 0), changedKeys: 3, unservedKeys: 3, originPath: '/www' },
    [
      {
        level: 'warning',
        text: 'E2: none of the 3 changed key(s) is below the origin path "/www", so this distribution does not serve them.',
      },
    ],
  ],
  [
    'paths collapsed into wildcards',
    { ...distributionPlan('E3', ['/docs/*'], 1), pathsBeforeCollapse: 40 },
    [{ level: 'info', text: 'E3: 40 paths collapsed into 1 covering wildcard path(s).' }],
  ],
])('planNotes: %s', (_, distribution, notes) => {
  expect(planNotes(distribution)).toEqual(notes);
});
