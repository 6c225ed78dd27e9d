/**
 * The walk of source-dir, synchronous: one readdir per directory and one selector call per entry,
 * with no promise per entry. It takes a few milliseconds for thousands of files, and each file is
 * handed on as soon as it is found, so hashing starts while the walk goes on.
 */
import { type Dirent, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorMessage, isCode, SourceError } from './errors.js';
import type { Selector } from './select.js';

/** A selected file before hashing: absPath is a real path (symlinks resolved). */
export interface FoundFile {
  /** Path relative to source-dir, '/'-separated. */
  readonly rel: string;
  readonly absPath: string;
}

export interface Walk {
  /** Real path of source-dir: every followed symlink must resolve inside it. */
  readonly root: string;
  readonly selector: Selector;
  readonly onFile: (file: FoundFile) => void;
}

/** ancestors: real paths of realDir and the directories above it on this walk, to detect cycles. */
export function walkDir(walk: Walk, realDir: string, relDir: string, ancestors: readonly string[]): void {
  for (const entry of readDirectory(realDir, relDir)) visit(walk, entry, realDir, relDir, ancestors);
}

function visit(walk: Walk, entry: Dirent, realDir: string, relDir: string, ancestors: readonly string[]): void {
  const { selector } = walk;
  const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
  // realDir is a real path and a name holds no separator: joining needs no normalizing.
  const abs = realDir.endsWith(path.sep) ? realDir + entry.name : realDir + path.sep + entry.name;
  if (entry.name.includes('\uFFFD') && (selector.selectsFile(rel) || selector.mayEnterDir(rel))) {
    assertNameIsUtf8(rel, abs);
  }
  if (entry.isDirectory()) {
    if (selector.mayEnterDir(rel)) walkDir(walk, abs, rel, [...ancestors, abs]);
  } else if (entry.isFile()) {
    if (selector.selectsFile(rel)) walk.onFile({ rel, absPath: abs });
  } else if (entry.isSymbolicLink()) {
    followSymlink(walk, rel, abs, ancestors);
  } else if (selector.selectsFile(rel)) {
    throw specialFileError(rel, entry);
  }
}

function followSymlink(walk: Walk, rel: string, abs: string, ancestors: readonly string[]): void {
  const { selector, root } = walk;
  const asFile = selector.selectsFile(rel);
  const asDir = selector.mayEnterDir(rel);
  if (selector.excludesPath(rel) || (!asFile && !asDir)) return;

  let target: string;
  try {
    target = realpathSync(abs);
  } catch (err) {
    const to = readlinkOr(abs, '?');
    if (isCode(err, 'ENOENT')) {
      throw new SourceError(
        `symlink '${rel}' in source-dir is broken: its target '${to}' does not exist; fix it or exclude '${rel}'`,
      );
    }
    throw new SourceError(
      `symlink '${rel}' (to '${to}') in source-dir cannot be resolved: ${errorMessage(err)}; fix it or exclude '${rel}'`,
      { cause: err },
    );
  }
  if (!isInside(root, target)) {
    const to = readlinkOr(abs, target);
    throw new SourceError(
      `symlink '${rel}' points to '${to}' (${target}), outside source-dir '${root}'; ` +
        `copy the target into source-dir or exclude '${rel}'`,
    );
  }
  const targetStat = statSync(target);
  if (targetStat.isDirectory()) {
    if (!asDir) return;
    if (ancestors.includes(target)) {
      throw new SourceError(
        `symlink '${rel}' points to '${target}', a directory that contains it: following it would loop forever; exclude '${rel}'`,
      );
    }
    walkDir(walk, target, rel, [...ancestors, target]);
  } else if (targetStat.isFile()) {
    if (asFile) walk.onFile({ rel, absPath: target });
  } else if (asFile) {
    throw specialFileError(rel, targetStat);
  }
}

function readlinkOr(abs: string, fallback: string): string {
  try {
    return readlinkSync(abs);
  } catch {
    return fallback;
  }
}

function readDirectory(realDir: string, relDir: string): Dirent[] {
  try {
    return readdirSync(realDir, { withFileTypes: true });
  } catch (err) {
    throw new SourceError(`cannot read directory '${relDir || '.'}' in source-dir: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

/** Node decodes a non-UTF-8 name with U+FFFD, which then names no file; S3 keys must be UTF-8 anyway. */
function assertNameIsUtf8(rel: string, abs: string): void {
  try {
    lstatSync(abs);
  } catch (err) {
    if (!isCode(err, 'ENOENT')) throw err;
    throw new SourceError(`'${rel}' in source-dir has a name that is not valid UTF-8; rename it`);
  }
}

interface TypeProbe {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}

function specialFileError(rel: string, probe: TypeProbe): SourceError {
  const kind = probe.isFIFO()
    ? 'a FIFO (named pipe)'
    : probe.isSocket()
      ? 'a socket'
      : probe.isBlockDevice() || probe.isCharacterDevice()
        ? 'a device'
        : 'not a regular file';
  return new SourceError(
    `'${rel}' in source-dir is ${kind}; only regular files (and symlinks to them) can be deployed; exclude '${rel}'`,
  );
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
