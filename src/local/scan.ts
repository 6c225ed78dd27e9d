import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LocalFile } from '../core/types.js';
import { SourceError, errorMessage, isCode } from './errors.js';
import { HASH_CONCURRENCY, digestFile } from './hash.js';
import { hashOnWorkers } from './hash-workers.js';
import { createSelector } from './select.js';
import { walkDir, type Found } from './walk.js';

export { SourceError } from './errors.js';
export { DEFAULT_INCLUDE } from './select.js';
export { md5File } from './hash.js';
export type { Found } from './walk.js';

export interface ScanProgress {
  readonly filesHashed: number;
  readonly bytesHashed: number;
  /** Selected files, all known before hashing starts. */
  readonly totalFiles: number;
}

export interface ScanOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Called after each file is hashed. */
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * Every selected file under dir, hashed, sorted by the UTF-8 bytes of rel (S3's listing order).
 *
 * Symlinks to files or directories inside dir are followed; one that is broken, resolves outside dir,
 * or leads back to its own ancestor directory is a SourceError, as is a selected socket, FIFO or
 * device, and a dir that selects no file at all (an empty site must never wipe the bucket). An
 * exclude pattern matching a symlink's own path skips it unresolved: that is how to deploy past one.
 */
export async function scanSource(dir: string, options: ScanOptions): Promise<LocalFile[]> {
  return hashFiles(await selectFiles(dir, options), options.onProgress);
}

/** The walk and selection alone (fast): what scanSource hashes. Same errors, same order. */
export async function selectFiles(dir: string, selection: Pick<ScanOptions, 'include' | 'exclude'>): Promise<Found[]> {
  const selector = createSelector(selection.include, selection.exclude);
  const root = await openRoot(dir);
  const found: Found[] = [];
  await walkDir({ root, selector, found }, root, '', [root]);
  if (found.length === 0) {
    throw new SourceError(`source-dir '${dir}' matched no files; check source-dir / include / exclude`);
  }
  return sortByUtf8(found);
}

async function openRoot(dir: string): Promise<string> {
  let isDir: boolean;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch (err) {
    if (isCode(err, 'ENOENT') || isCode(err, 'ENOTDIR')) {
      throw new SourceError(`source-dir '${dir}' does not exist (resolved to '${path.resolve(dir)}')`);
    }
    throw new SourceError(`source-dir '${dir}' cannot be read: ${errorMessage(err)}`, { cause: err });
  }
  if (!isDir) throw new SourceError(`source-dir '${dir}' is not a directory`);
  return realpath(dir);
}

function sortByUtf8(found: readonly Found[]): Found[] {
  return found
    .map((f) => ({ f, key: Buffer.from(f.rel, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ f }) => f);
}

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 200;

export async function hashFiles(found: readonly Found[], onProgress?: ScanOptions['onProgress']): Promise<LocalFile[]> {
  if (found.length < WORKER_THRESHOLD) return hashInProcess(found, onProgress);
  const digests = await hashOnWorkers(found.map((f) => f.absPath));
  if (!Array.isArray(digests)) {
    throw new SourceError(`cannot read '${found[digests.index]?.rel}' in source-dir: ${digests.message}`);
  }
  const files = found.map(({ rel, absPath }, i) => ({ rel, absPath, ...digests[i]! }));
  const bytesHashed = files.reduce((sum, file) => sum + file.size, 0);
  onProgress?.({ filesHashed: files.length, bytesHashed, totalFiles: files.length });
  return files;
}

/** Hashes with HASH_CONCURRENCY files in flight; results keep the input order. */
async function hashInProcess(found: readonly Found[], onProgress: ScanOptions['onProgress']): Promise<LocalFile[]> {
  const files: LocalFile[] = new Array<LocalFile>(found.length);
  let next = 0;
  let failed = false;
  let filesHashed = 0;
  let bytesHashed = 0;
  const worker = async (): Promise<void> => {
    while (!failed && next < found.length) {
      const i = next++;
      const { rel, absPath } = found[i]!;
      let digest;
      try {
        digest = await digestFile(absPath);
      } catch (err) {
        failed = true;
        throw new SourceError(`cannot read '${rel}' in source-dir: ${errorMessage(err)}`, { cause: err });
      }
      files[i] = { rel, absPath, ...digest };
      filesHashed += 1;
      bytesHashed += digest.size;
      onProgress?.({ filesHashed, bytesHashed, totalFiles: found.length });
    }
  };
  const workers = Array.from({ length: Math.min(HASH_CONCURRENCY, found.length) }, worker);
  const failure = (await Promise.allSettled(workers)).find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  return files;
}

