/** Temporary copies of the example site, and the edits a CI checkout or a developer makes to them. */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_SITE = fileURLToPath(new URL('../../playground/site', import.meta.url));

const made: string[] = [];

export async function copySite(from = EXAMPLE_SITE): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scd-site-'));
  made.push(dir);
  await cp(from, dir, { recursive: true });
  return dir;
}

/** A temporary site of these files (relative path -> content), removed by removeSites(). */
export async function writeSite(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scd-site-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

export async function removeSites(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Every regular file, relative, '/'-separated, with its MD5. */
export async function listFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(
      relative(dir, path).split(sep).join('/'),
      createHash('md5')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return files;
}

/** What a fresh CI checkout does: same bytes, every mtime new. */
export async function touchAll(dir: string, when = new Date()): Promise<void> {
  for (const rel of (await listFiles(dir)).keys()) await utimes(join(dir, rel), when, when);
}

export async function sizeOf(path: string): Promise<number> {
  return (await stat(path)).size;
}
