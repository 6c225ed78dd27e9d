/**
 * The one file digest, used in-process and on the hash workers. Its source text is the workers'
 * program too (see hasher.ts), so these functions must stay self-contained: nothing but their
 * parameters and each other.
 */

import type { createHash as createHashFn, Hash } from 'node:crypto';
import type fsModule from 'node:fs';

/**
 * One reused read buffer: files up to this size are read whole into it, larger ones through it.
 * 128 KiB, as coreutils reads: on Linux, reads of up to 128 KiB from the page cache cost a third of
 * the system time that larger ones do (225 MB hashed: 50 against 150-190 ms of sys, measured with
 * buffers from 32 KiB to 4 MiB), and the hashing slices on the main thread stay short.
 */
export const READ_BUFFER_BYTES = 128 * 1024;

export type DigestAlgorithm = 'sha256' | 'md5';

/** A file being hashed: open, its size as fstat gave it, and the bytes hashed so far. */
export interface FileDigest {
  readonly fd: number;
  readonly size: number;
  readonly hashes: Hash[];
  hashed: number;
}

export function openDigest(
  fs: typeof fsModule,
  createHash: typeof createHashFn,
  path: string,
  algorithms: readonly string[],
): FileDigest {
  const fd = fs.openSync(path, 'r');
  try {
    return { fd, size: fs.fstatSync(fd).size, hashes: algorithms.map((algorithm) => createHash(algorithm)), hashed: 0 };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/**
 * Reads and hashes the next buffer-full; true once the file is done. It stops at the size fstat
 * gave (one read syscall less than reading on to EOF), or earlier at EOF if the file shrank.
 */
export function digestMore(fs: typeof fsModule, digest: FileDigest, buffer: Buffer): boolean {
  const wanted = Math.min(buffer.length, digest.size - digest.hashed);
  if (wanted <= 0) return true;
  const n = fs.readSync(digest.fd, buffer, 0, wanted, digest.hashed);
  if (n === 0) return true;
  const bytes = buffer.subarray(0, n);
  for (const hash of digest.hashes) hash.update(bytes);
  digest.hashed += n;
  return digest.hashed >= digest.size;
}

/** Hex digests, one per algorithm, and the bytes hashed; closes the file. */
export function closeDigest(fs: typeof fsModule, digest: FileDigest): [string[], number] {
  fs.closeSync(digest.fd);
  return [digest.hashes.map((hash) => hash.digest('hex')), digest.hashed];
}

/** The whole file at once: what the workers do with each path. */
export function digestFileSync(
  fs: typeof fsModule,
  createHash: typeof createHashFn,
  path: string,
  buffer: Buffer,
  algorithms: readonly string[],
): [string[], number] {
  const digest = openDigest(fs, createHash, path, algorithms);
  try {
    while (!digestMore(fs, digest, buffer)) {}
  } catch (error) {
    fs.closeSync(digest.fd);
    throw error;
  }
  return closeDigest(fs, digest);
}
