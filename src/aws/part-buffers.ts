/**
 * A few part-sized buffers, lent out and taken back: a multipart part is read once into one, hashed
 * and sent from it. Memory stays at most `max` parts however large the files, and reading creates no
 * garbage: streamed reads left a 1 GiB upload with about 85 MB of 64 KB chunks waiting for the
 * garbage collector.
 */
export interface PartBuffers {
  /** How many can be lent at once. */
  readonly max: number;
  /** A buffer of at least `bytes`, once one is free. */
  take(bytes: number): Promise<Buffer>;
  give(buffer: Buffer): void;
}

export function createPartBuffers(max: number): PartBuffers {
  const free: Buffer[] = [];
  const waiting: (() => void)[] = [];
  let lent = 0;
  return {
    max,
    async take(bytes) {
      while (lent >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      lent += 1;
      const fits = free.findIndex((buffer) => buffer.length >= bytes);
      return fits >= 0 ? free.splice(fits, 1)[0]! : Buffer.allocUnsafe(bytes);
    },
    give(buffer) {
      lent -= 1;
      free.push(buffer);
      // A larger part size (a file of over 10,000 parts) leaves smaller buffers behind: keep `max` at most.
      if (free.length + lent > max) free.sort((a, b) => b.length - a.length).pop();
      waiting.shift()?.();
    },
  };
}
