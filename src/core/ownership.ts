/**
 * Whose an object under the prefix is, as far as deleting goes. Two kinds are never this deploy's to
 * delete: objects matching a `preserve` glob (put there by other tools or people), and everything
 * under a sub-prefix that holds this action's own record (a manifest or an owed record): that
 * sub-prefix is another deploy's site. A root deploy with `delete: true` once wiped two preview
 * deploys living under it; the records it listed said whose they were.
 */
import { compileGlob, type Glob } from './globs.js';
import { LOCK_NAME } from './lock.js';
import { MANIFEST_NAME } from './manifest.js';
import { OWED_NAME } from './owed.js';

/** Compiles globs relative to the prefix; throws on one that could not mean a key below it. */
export function compileKeyGlobs(patterns: readonly string[]): Glob[] {
  return patterns.map((glob) => {
    const compiled = compileGlob(glob, 'preserve');
    if (glob.startsWith('!')) throw new Error(`"${glob}" is negated; preserve only adds protection`);
    return compiled;
  });
}

export function isPreserved(rel: string, preserve: readonly Glob[]): boolean {
  return preserve.some((glob) => glob.matches(rel));
}

/** The action's own record names: a key ending in one of them marks a deploy's root. */
const RECORD_NAMES = [MANIFEST_NAME, OWED_NAME, LOCK_NAME];

/**
 * Sub-prefixes (relative to the prefix, ending in '/') holding another deploy's record, given the
 * keys below the prefix. The prefix's own records (at the top) are this deploy's, not another's.
 */
export function otherDeployRoots(rels: Iterable<string>): Set<string> {
  const roots = new Set<string>();
  for (const rel of rels) {
    const slash = rel.lastIndexOf('/');
    if (slash < 0) continue;
    if (RECORD_NAMES.includes(rel.slice(slash + 1))) roots.add(rel.slice(0, slash + 1));
  }
  return roots;
}

/** The outermost other deploy's root rel lies under, or undefined when it lies under none. */
export function otherDeployOwning(rel: string, roots: ReadonlySet<string>): string | undefined {
  if (roots.size === 0) return undefined;
  for (let slash = rel.indexOf('/'); slash >= 0; slash = rel.indexOf('/', slash + 1)) {
    const dir = rel.slice(0, slash + 1);
    if (roots.has(dir)) return dir;
  }
  return undefined;
}
