import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';

/** Files of at most this size are read whole into one buffer; larger ones are streamed in chunks. */
export const WHOLE_READ_MAX_BYTES = 4 * 1024 * 1024;
const STREAM_CHUNK_BYTES = 1024 * 1024;

/**
 * Files hashed at once. Per-file async I/O (a thread-pool round trip per syscall) dominates over MD5
 * itself; 8 in flight roughly halves the wall time against 1 (see bench/BASELINE.md).
 */
export const HASH_CONCURRENCY = 8;

export interface FileDigest {
  readonly md5: string;
  /** Bytes actually hashed, so size and md5 always describe the same content. */
  readonly size: number;
}

/** Lower-case hex MD5 of a file's content. */
export async function md5File(path: string): Promise<string> {
  return (await digestFile(path)).md5;
}

/** MD5 and size of a file, from one open file descriptor. */
export async function digestFile(path: string): Promise<FileDigest> {
  // The callback API with one fd is measurably cheaper per file than fs.promises.readFile or FileHandle.
  const fd = await call<number>((cb) => fs.open(path, 'r', cb));
  try {
    const { size } = await call<fs.Stats>((cb) => fs.fstat(fd, cb));
    const hash = createHash('md5');
    const hashed = size <= WHOLE_READ_MAX_BYTES ? await hashWhole(fd, size, hash) : await hashChunks(fd, hash);
    return { md5: hash.digest('hex'), size: hashed };
  } finally {
    await call<void>((cb) => fs.close(fd, (err) => cb(err, undefined)));
  }
}

async function hashWhole(fd: number, size: number, hash: Hash): Promise<number> {
  const buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = await readAt(fd, buf, filled, size - filled, filled);
    if (n === 0) break; // truncated since fstat
    filled += n;
  }
  hash.update(buf.subarray(0, filled));
  // Not reading on to EOF to catch growth since fstat: that would cost one more syscall per file.
  return filled;
}

/** Hashes to end of file through one reused buffer, so memory stays flat. */
async function hashChunks(fd: number, hash: Hash): Promise<number> {
  const buf = Buffer.allocUnsafe(STREAM_CHUNK_BYTES);
  let total = 0;
  for (;;) {
    const n = await readAt(fd, buf, 0, buf.length, total);
    if (n === 0) return total;
    hash.update(buf.subarray(0, n));
    total += n;
  }
}

function readAt(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return call<number>((cb) => fs.read(fd, buf, offset, length, position, (err, n) => cb(err, n)));
}

function call<T>(fn: (cb: (err: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));
}
