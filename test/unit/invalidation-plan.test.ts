import { planInvalidation } from '../../src/core/invalidation-plan.js';

const run = { runId: '42', runAttempt: '1' };
const pages = (n: number) => Array.from({ length: n }, (_, i) => `www/p/${String(i).padStart(4, '0')}.html`);

test('changed keys below the origin path become paths; index documents add their directory forms', () => {
  const plan = planInvalidation(
    { distributionId: 'E1', originPath: '/www' },
    {
      changedKeys: ['www/docs/index.html', 'www/a b.css', 'other/x.html'],
      explicitPaths: ['/extra'],
      indexDocument: 'index.html',
      run,
    },
  );
  expect(plan.paths).toEqual(['/a%20b.css', '/docs', '/docs/', '/docs/index.html', '/extra']);
  expect(plan).toMatchObject({
    distributionId: 'E1',
    originPath: '/www',
    changedKeys: 3,
    unservedKeys: 1,
    pathsBeforeCollapse: 5,
  });
  expect(plan.batches).toHaveLength(1);
  expect(plan.batches[0]).toMatchObject({ number: 1, paths: plan.paths, load: { filePaths: 5, wildcardPaths: 0 } });
});

test('2,500 paths make three batches of at most 1000, each with its own stable reference', () => {
  const input = { changedKeys: pages(2500), explicitPaths: [], indexDocument: 'index.html', run };
  const plan = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input);
  expect(plan.batches.map((b) => b.paths.length)).toEqual([1000, 1000, 500]);
  expect(new Set(plan.batches.map((b) => b.reference)).size).toBe(3);
  expect(planInvalidation({ distributionId: 'E1', originPath: 'www' }, input).batches.map((b) => b.reference)).toEqual(
    plan.batches.map((b) => b.reference),
  );
  const otherAttempt = planInvalidation(
    { distributionId: 'E1', originPath: 'www' },
    { ...input, run: { runId: '42', runAttempt: '2' } },
  );
  expect(otherAttempt.batches[0]?.reference).not.toBe(plan.batches[0]?.reference);
});

test('a budget collapses the paths into covering wildcards and says how many there were', () => {
  const plan = planInvalidation(
    { distributionId: 'E1', originPath: '' },
    {
      changedKeys: pages(50).map((key) => key.slice(4)),
      explicitPaths: [],
      indexDocument: 'index.html',
      maxPaths: 3,
      run,
    },
  );
  expect(plan.paths.length).toBeLessThanOrEqual(3);
  expect(plan.pathsBeforeCollapse).toBe(50);
  expect(plan.paths.some((path) => path.endsWith('*'))).toBe(true);
});

test('nothing changed and nothing asked: no batch', () => {
  const plan = planInvalidation(
    { distributionId: 'E1', originPath: '' },
    { changedKeys: [], explicitPaths: [], indexDocument: 'index.html', run },
  );
  expect(plan.batches).toEqual([]);
  expect(plan.paths).toEqual([]);
});
