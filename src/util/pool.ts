/** Runs work over items with at most `concurrency` in flight. After the first failure no new item
 * starts (the ones in flight finish), so a broken deploy stops quickly and reports every failure. */
export interface Failure<T> {
  readonly item: T;
  readonly error: unknown;
}

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
