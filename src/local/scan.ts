import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareKeys } from '../core/keys.js';
import type { ScannedFile } from '../core/types.js';
import type { LocalSource } from '../ports.js';
import { errorMessage, isCode, SourceError } from './errors.js';
import { createHasher, type Digest, type Hasher, HashFailure } from './hasher.js';
import { createSelector } from './select.js';
import { type FoundFile, walkDir } from './walk.js';

export { SourceError } from './errors.js';

interface Selection {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

/**
 * source-dir on this machine. scan walks it and hashes every selected file with SHA-256 as the
 * walk finds it, and with MD5 too once md5Too says so; md5 hashes again only the files that need
 * an MD5 and did not get it. The hashing threads live from
 * one scan to the next md5 and end with close.
 *
 * Symlinks to files or directories inside dir are followed; one that is broken, resolves outside dir,
 * or leads back to its own ancestor directory is a SourceError, as is a selected socket, FIFO or
 * device, and a dir that selects no file at all (an empty site must never wipe the bucket). An
 * exclude pattern matching a symlink's own path skips it unresolved: that is how to deploy past one.
 */
export function createLocalSource(): LocalSource {
  let hasher: Hasher | undefined;
  const failed = (found: readonly FoundFile[], error: unknown): unknown => {
    if (!(error instanceof HashFailure)) return error;
    const rel = found.find((file) => file.absPath === error.path)?.rel ?? error.path;
    return new SourceError(`cannot read '${rel}' in source-dir: ${error.message}`, { cause: error });
  };
  return {
    async scan(dir: string, selection: Selection, md5Too?: Promise<boolean>): Promise<ScannedFile[]> {
      hasher?.close();
      const current = createHasher();
      hasher = current;
      // A failed manifest GET fails the deploy elsewhere; here it only means no MD5 in this read.
      void md5Too?.then((yes) => yes && current.alsoMd5()).catch(() => undefined);
      const found = selectFiles(dir, selection, (file) => current.add(file.absPath));
      let digests: Digest[];
      try {
        digests = await current.finish();
      } catch (error) {
        throw failed(found, error);
      }
      const files = found.map(({ rel, absPath }, i): ScannedFile => {
        const { size, hex, md5 } = digests[i]!;
        return md5 === undefined ? { rel, absPath, size, sha256: hex } : { rel, absPath, size, sha256: hex, md5 };
      });
      return files.sort((a, b) => compareKeys(a.rel, b.rel)); // S3's listing order
    },
    async md5(files: readonly ScannedFile[]): Promise<string[]> {
      hasher ??= createHasher();
      try {
        return (await hasher.md5(files.map((file) => file.absPath))).map((digest) => digest.hex);
      } catch (error) {
        throw failed(files, error);
      }
    },
    async readText(dir: string, rel: string): Promise<string> {
      try {
        return await readFile(path.join(dir, rel), 'utf8');
      } catch (err) {
        const why = isCode(err, 'ENOENT') ? 'no such file' : errorMessage(err);
        throw new SourceError(`cannot read '${rel}' in source-dir '${dir}': ${why}`, { cause: err });
      }
    },
    close() {
      hasher?.close();
      hasher = undefined;
    },
  };
}

/** The walk and selection; each selected file is handed to onFile as it is found. */
function selectFiles(dir: string, selection: Selection, onFile: (file: FoundFile) => void): FoundFile[] {
  const selector = createSelector(selection.include, selection.exclude);
  const root = openRoot(dir);
  const found: FoundFile[] = [];
  walkDir(
    {
      root,
      selector,
      onFile: (file) => {
        found.push(file);
        onFile(file);
      },
    },
    root,
    '',
    [root],
  );
  if (found.length === 0) {
    throw new SourceError(`source-dir '${dir}' matched no files; check source-dir / include / exclude`);
  }
  return found;
}

function openRoot(dir: string): string {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    if (isCode(err, 'ENOENT') || isCode(err, 'ENOTDIR')) {
      throw new SourceError(`source-dir '${dir}' does not exist (resolved to '${path.resolve(dir)}')`);
    }
    throw new SourceError(`source-dir '${dir}' cannot be read: ${errorMessage(err)}`, { cause: err });
  }
  if (!isDir) throw new SourceError(`source-dir '${dir}' is not a directory`);
  return realpathSync(dir);
}
