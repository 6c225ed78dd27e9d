import {
  batchesThatFitNow,
  CLOUDFRONT_INVALIDATION_LIMITS,
  callerReference,
  chunkPaths,
  fitsInProgress,
  type InvalidationLoad,
  loadOf,
  MAX_CALLER_REFERENCE_LENGTH,
} from '../../src/core/invalidation-batches.js';

describe('chunkPaths', () => {
  it('splits 4,500 paths into 5 batches of at most 1000, each path exactly once, in order', () => {
    const paths = Array.from({ length: 4500 }, (_, i) => `/p/${i}.html`);
    const batches = chunkPaths(paths);
    expect(batches.map((batch) => batch.length)).toEqual([1000, 1000, 1000, 1000, 500]);
    expect(batches.flat()).toEqual(paths);
  });

  it.each<[string, string[], number, number[]]>([
    ['nothing', [], 1000, []],
    ['exactly one full batch', ['/a', '/b'], 2, [2]],
    ['one over', ['/a', '/b', '/c'], 2, [2, 1]],
    ['one per batch', ['/a', '/b', '/c'], 1, [1, 1, 1]],
  ])('%s', (_name, paths, max, sizes) => {
    const batches = chunkPaths(paths, max);
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(paths);
  });

  it('starts a new batch rather than hold more wildcards than can ever be in progress', () => {
    const paths = [
      ...Array.from({ length: 20 }, (_, i) => `/w${i}/*`),
      ...Array.from({ length: 5 }, (_, i) => `/f${i}.html`),
    ];
    const batches = chunkPaths(paths);
    expect(batches.map((batch) => loadOf(batch))).toEqual([
      { filePaths: 0, wildcardPaths: 15 },
      { filePaths: 5, wildcardPaths: 5 },
    ]);
    expect(batches.flat()).toEqual(paths);
  });

  it.each([0, -1, 2.5])('rejects a batch size of %p', (max) => {
    expect(() => chunkPaths(['/a'], max)).toThrow(/maxPerBatch/);
  });
});

describe('callerReference', () => {
  const base = {
    runId: '9876543210',
    runAttempt: '1',
    distributionId: 'E2EXAMPLE',
    batchIndex: 0,
    paths: ['/a', '/b'],
  };

  it('is the same for the same run and content', () => {
    expect(callerReference(base)).toBe(callerReference({ ...base, paths: ['/a', '/b'] }));
    expect(callerReference(base)).toMatch(/^scd-9876543210-1-[0-9a-f]{32}$/);
  });

  it.each<[string, Partial<typeof base>]>([
    ['another run', { runId: '9876543211' }],
    ['another attempt', { runAttempt: '2' }],
    ['another distribution', { distributionId: 'E3EXAMPLE' }],
    ['another batch index', { batchIndex: 1 }],
    ['another path', { paths: ['/a', '/c'] }],
    ['one path more', { paths: ['/a', '/b', '/c'] }],
    ['the paths in another order', { paths: ['/b', '/a'] }],
    ['paths joined differently', { paths: ['/a/b'] }],
  ])('differs for %s', (_name, change) => {
    expect(callerReference({ ...base, ...change })).not.toBe(callerReference(base));
  });

  it('stays short and plain whatever the run id looks like', () => {
    const reference = callerReference({ ...base, runId: 'x'.repeat(500) + ' /é', runAttempt: '' });
    expect(reference.length).toBeLessThanOrEqual(MAX_CALLER_REFERENCE_LENGTH);
    expect(reference).toMatch(/^scd-x{40}-_-[0-9a-f]{32}$/);
  });
});

describe('loadOf', () => {
  it('counts file paths and wildcard paths', () => {
    expect(loadOf(['/a', '/b/*', '/c*', '/d/', '/'])).toEqual({ filePaths: 3, wildcardPaths: 2 });
  });
});

describe('capacity planning', () => {
  const files = (filePaths: number): InvalidationLoad => ({ filePaths, wildcardPaths: 0 });
  const wild = (wildcardPaths: number): InvalidationLoad => ({ filePaths: 0, wildcardPaths });

  it('uses the documented limits', () => {
    expect(CLOUDFRONT_INVALIDATION_LIMITS).toEqual({ filePaths: 3000, wildcardPaths: 15 });
  });

  it.each<[string, InvalidationLoad, InvalidationLoad[], boolean]>([
    ['nothing in progress', files(1000), [], true],
    ['files up to exactly 3000', files(1000), [files(1000), files(1000)], true],
    ['one file over 3000', files(1000), [files(1000), files(1001)], false],
    ['wildcards up to exactly 15', wild(5), [wild(10)], true],
    ['one wildcard over 15', wild(6), [wild(10)], false],
    ['the two limits are independent: full files, wildcards fit', wild(15), [files(3000)], true],
    ['the two limits are independent: full wildcards, files fit', files(3000), [wild(15)], true],
    ['a mixed batch needs room in both', { filePaths: 1, wildcardPaths: 1 }, [wild(15)], false],
  ])('fitsInProgress: %s', (_name, batch, inProgress, expected) => {
    expect(fitsInProgress(batch, inProgress)).toBe(expected);
  });

  it.each<[string, InvalidationLoad[], InvalidationLoad[], number]>([
    ['all fit when nothing runs', [files(1000), files(1000), files(1000)], [], 3],
    ['the fourth waits', [files(1000), files(1000), files(1000), files(500)], [], 3],
    ['only what room is left', [files(1000), files(1000)], [files(1500)], 1],
    ['none when full', [files(1)], [files(3000)], 0],
    ['in order: a small batch does not overtake a waiting big one', [files(1000), files(10)], [files(2500)], 0],
    ['wildcard room', [wild(10), wild(10)], [wild(2)], 1],
    ['nothing pending', [], [files(3000)], 0],
  ])('batchesThatFitNow: %s', (_name, pending, inProgress, expected) => {
    expect(batchesThatFitNow(pending, inProgress)).toBe(expected);
  });

  it('refuses a batch that could never fit, instead of waiting forever', () => {
    expect(() => batchesThatFitNow([wild(16)], [])).toThrow(/16 wildcard paths can never run/);
    expect(() => batchesThatFitNow([files(3001)], [])).toThrow(/3001 file paths/);
  });

  it('honours other limits', () => {
    expect(batchesThatFitNow([files(2), files(2)], [files(1)], { filePaths: 4, wildcardPaths: 1 })).toBe(1);
  });
});
