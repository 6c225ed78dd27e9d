import { createPartBuffers } from '../../src/aws/part-buffers.js';

test('no more than max buffers are lent at once; a taker waits for one to come back', async () => {
  const buffers = createPartBuffers(2);
  const a = await buffers.take(8);
  const b = await buffers.take(8);
  let third: Buffer | undefined;
  const waiting = buffers.take(8).then((buffer) => {
    third = buffer;
  });
  await new Promise((resolve) => setImmediate(resolve));
  expect(third).toBeUndefined();
  buffers.give(a);
  await waiting;
  expect(third).toBe(a); // reused, not a new allocation
  buffers.give(b);
  buffers.give(third!);
});

test('a larger request gets a larger buffer, and the pool keeps at most max', async () => {
  const buffers = createPartBuffers(2);
  const small = [await buffers.take(8), await buffers.take(8)];
  for (const buffer of small) buffers.give(buffer);
  const big = await buffers.take(16);
  expect(big.length).toBeGreaterThanOrEqual(16);
  expect(small).not.toContain(big);
  buffers.give(big);
  // Two fit, one small one was let go: the big one and a small one are what is left.
  const again = [await buffers.take(16), await buffers.take(8)];
  expect(again[0]).toBe(big);
  expect(small).toContain(again[1]);
});
