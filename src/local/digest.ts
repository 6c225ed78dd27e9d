/**
 * The one file digest, used in-process and on the hash workers. Its source text is the workers'
 * program too (see hasher.ts), so it must stay self-contained: nothing but its parameters.
 */

import type { createHash as createHashFn } from 'node:crypto';
import type fsModule from 'node:fs';

/** One reused read buffer: files up to this size are read whole into it, larger ones through it. */
export const READ_BUFFER_BYTES = 4 * 1024 * 1024;

export type DigestAlgorithm = 'sha256' | 'md5';

/** Hex digests of the file's content, one per algorithm, and the bytes hashed: one read of the file. */
export function digestFileSync(
  fs: typeof fsModule,
  createHash: typeof createHashFn,
  path: string,
  buffer: Buffer,
  algorithms: readonly string[],
): [string[], number] {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const hashes = algorithms.map((algorithm) => createHash(algorithm));
    const update = (bytes: Buffer): void => {
      for (const hash of hashes) hash.update(bytes);
    };
    let total = 0;
    if (size <= buffer.length) {
      // Stops at the size fstat gave instead of reading on to EOF: one syscall less per file.
      while (total < size) {
        const n = fs.readSync(fd, buffer, total, size - total, total);
        if (n === 0) break;
        total += n;
      }
      update(buffer.subarray(0, total));
    } else {
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, total);
        if (n === 0) break;
        update(buffer.subarray(0, n));
        total += n;
      }
    }
    return [hashes.map((hash) => hash.digest('hex')), total];
  } finally {
    fs.closeSync(fd);
  }
}
