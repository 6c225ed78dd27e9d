import { planInvalidation } from '../../src/core/invalidation-plan.js';
import { servedTags } from '../../src/core/invalidation-tags.js';

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

describe('cache tags in place of paths', () => {
  const html = Array.from({ length: 1200 }, (_, i) => `www/docs/${String(i).padStart(4, '0')}/page.html`);
  const others = ['www/app.css', 'www/app.js', 'www/img/logo.svg'];
  const served = (keys: readonly string[], tags: string[]) => new Map(keys.map((key) => [key, tags]));
  const input = (changedKeys: string[], servedTags: Map<string, readonly string[]>, maxPaths = 100) => ({
    changedKeys,
    explicitPaths: [],
    indexDocument: 'index.html',
    maxPaths,
    run,
    servedTags,
  });

  test('1,200 changed HTML files under a budget of 100: #html and the other paths, no wildcard', () => {
    const tags = served(html, ['html']);
    const plan = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input([...html, ...others], tags));
    expect(plan.paths).toEqual(['/app.css', '/app.js', '/img/logo.svg', '#html']);
    expect(plan.tags).toEqual([{ tag: 'html', changedKeys: 1200, unchanged: 0 }]);
    expect(plan.pathsBeforeCollapse).toBe(1203);
    expect(plan.batches[0]?.load).toEqual({ filePaths: 4, wildcardPaths: 0 });
  });

  test('a tag whose unchanged members are many is not used: wildcards as before', () => {
    const unchanged = Array.from({ length: 200 }, (_, i) => `www/blog/${i}.html`);
    const tags = served([...html, ...unchanged], ['html']);
    const plan = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input([...html, ...others], tags));
    expect(plan.tags).toEqual([]);
    expect(plan.paths.some((path) => path.endsWith('*'))).toBe(true);
  });

  test('a few unchanged members are purged too, and said', () => {
    const unchanged = Array.from({ length: 5 }, (_, i) => `www/blog/${i}.html`);
    const tags = served([...html, ...unchanged], ['html']);
    const plan = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input(html, tags));
    expect(plan.paths).toEqual(['#html']);
    expect(plan.tags).toEqual([{ tag: 'html', changedKeys: 1200, unchanged: 5 }]);
  });

  test('keys not recorded with the tag keep their paths; within the budget no tag is used', () => {
    const tags = served(html.slice(0, 1100), ['html']);
    const plan = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input(html, tags, 150));
    expect(plan.paths).toContain('#html');
    expect(plan.paths).toContain('/docs/1100/page.html');
    expect(plan.paths).toHaveLength(101);
    const small = planInvalidation({ distributionId: 'E1', originPath: 'www' }, input(html.slice(0, 3), tags));
    expect(small.paths).toEqual(['/docs/0000/page.html', '/docs/0001/page.html', '/docs/0002/page.html']);
    expect(small.tags).toEqual([]);
  });

  test('#tag items the user gives are kept whole, never collapsed, and take their place in the budget', () => {
    const plan = planInvalidation(
      { distributionId: 'E1', originPath: '' },
      { changedKeys: [], explicitPaths: ['#html', '#foo*', '/a', '/b', '/c'], indexDocument: '', maxPaths: 3, run },
    );
    expect(plan.paths).toEqual(['/*', '#html', '#foo*']);
    expect(plan.batches[0]?.load).toEqual({ filePaths: 2, wildcardPaths: 1 });
  });
});

describe('servedTags: what a tag can reach', () => {
  const entry = (etag: string, tags?: string[]) => ({ etag, size: 1, md5: etag, headers: 'h', ...(tags && { tags }) });
  const remote = ['a.html', 'b.html', 'c.html', 'd.html'].map((rel) => ({ key: `www/${rel}`, etag: 'e', size: 1 }));

  test('trusted entries recorded with tags, minus keys an earlier run left owed', () => {
    const manifest = new Map([
      ['a.html', entry('e', ['html'])],
      ['b.html', entry('other', ['html'])], // changed by someone else since: its tags are unknown
      ['c.html', entry('e')],
      ['d.html', entry('e', ['html'])],
    ]);
    expect(servedTags(manifest, remote, 'www/', ['www/d.html'])).toEqual(new Map([['www/a.html', ['html']]]));
  });
});
