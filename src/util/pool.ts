/**
 * Bounded parallelism. After the first failure no new item starts (the ones in flight finish), so a
 * broken run stops quickly and still reports everything that went wrong.
 */
export interface Failure<T> {
  readonly item: T;
  readonly error: unknown;
}

/** Runs work over items with at most `concurrency` in flight; returns every failure. */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<Failure<T>[]> {
  const failures: Failure<T>[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failures.push({ item, error });
      }
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return failures;
}

/** fn over items, results in input order; throws the first failure once everything in flight settled. */
export async function mapLimit<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const indexes = items.map((_, index) => index);
  const failures = await runPool(indexes, concurrency, async (index) => {
    results[index] = await fn(items[index] as T);
  });
  if (failures[0] !== undefined) throw failures[0].error;
  return results;
}
