import { mapLimit, runPool } from '../../src/util/pool.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('never more than the limit in flight, and results keep the input order', async () => {
  let inFlight = 0;
  let most = 0;
  const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
    most = Math.max(most, ++inFlight);
    for (let i = 0; i < n; i++) await tick();
    inFlight--;
    return n * 10;
  });
  expect(results).toEqual([50, 10, 40, 20, 30]);
  expect(most).toBe(2);
});

test('after a failure no new item starts; the ones in flight finish; every failure is reported', async () => {
  const started: number[] = [];
  const failures = await runPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
    started.push(n);
    await tick();
    if (n <= 2) throw new Error(`boom ${n}`);
  });
  expect(started).toEqual([1, 2]);
  expect(failures.map((f) => [f.item, (f.error as Error).message])).toEqual([
    [1, 'boom 1'],
    [2, 'boom 2'],
  ]);
  await expect(
    mapLimit([1, 2, 3], 3, async (n) => {
      if (n === 2) throw new Error('second');
      return n;
    }),
  ).rejects.toThrow('second');
});
