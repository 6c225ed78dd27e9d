/**
 * CloudFront invalidation paths: from changed S3 keys, from user input, and collapsed to a budget.
 * Pure: no I/O.
 *
 * CloudFront's rules (Developer Guide, "What you need to know when invalidating files" →
 * "Invalidation paths"; "Concurrent invalidation request maximum"):
 * - a path starts with '/' and is case sensitive; its maximum length is 4,000 characters;
 * - '*' is a wildcard allowed only as the last character: '/images/*', '/images/image*';
 * - non-ASCII characters and the characters RFC 1738 calls unsafe are URL-encoded, and NOTHING else:
 *   a path encoded differently from the cached URI does not invalidate it.
 *
 * Wildcard semantics ('*' matches any suffix, '/' included):
 * - '/dir/*' covers everything under '/dir/', subdirectories included, but not '/dir' itself;
 * - '/docs*' covers '/docs', '/docs/', '/docs.html', '/docs-archive.html', '/docs/a/b.png'.
 */

import { tagProblem } from './cache-tags.js';

export const MAX_PATH_LENGTH = 4000;

/** RFC 1738 §2.2 "unsafe" characters (space and controls are handled by code point). */
const RFC1738_UNSAFE = new Set([' ', '"', '#', '%', '<', '>', '{', '}', '|', '\\', '^', '[', ']', '`', '~']);

const utf8 = new TextEncoder();

function percentEncode(char: string): string {
  let out = '';
  for (const byte of utf8.encode(char)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

function needsEncoding(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || code >= 0x7f || RFC1738_UNSAFE.has(char);
}

/**
 * Percent-encodes (UTF-8, upper-case hex) control characters, non-ASCII characters and the RFC 1738
 * unsafe characters (space " # % < > { } | \ ^ [ ] ` ~); every other character, '+', '&', '?', '*'
 * and '/' included, is left as it is.
 */
export function encodeInvalidationPath(rawPath: string): string {
  let out = '';
  for (const char of rawPath) out += needsEncoding(char) ? percentEncode(char) : char;
  return out;
}

/** A '#tag' item: CloudFront purges every object cached with that tag (see cache-tags.ts). */
export function isTagItem(path: string): boolean {
  return path.startsWith('#');
}

/** A path ending in '*'; a '#tag' item takes '*' literally. */
export function isWildcard(path: string): boolean {
  return !isTagItem(path) && path.endsWith('*');
}

/** Whether invalidating `pattern` invalidates `path` (both encoded). A wildcard covers its prefix. */
export function covers(pattern: string, path: string): boolean {
  return isWildcard(pattern) ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export interface KeyPathOptions {
  /** The S3 key prefix the distribution's origin points at: '' or e.g. 'www' ('/www/' is accepted). */
  readonly originPath: string;
  /** The directory index name, e.g. 'index.html'; '' turns off the directory variants. */
  readonly indexDocument: string;
}

/**
 * The invalidation paths for changed (uploaded or deleted) S3 keys: '/' + the key below originPath,
 * plus '/dir/' and '/dir' for 'dir/<indexDocument>' and '/' for the root index. Keys outside
 * originPath are not served by this distribution and are dropped. A key holding '*' is cut at its
 * first '*' into a WILDCARD path ('img/a*b.png' → '/img/a*'), since '*' may only stand last.
 * A '?' in a key is encoded as '%3F' (beyond RFC 1738): a literal '?' would start a query string,
 * so viewers can only reach such an object as '%3F'.
 * Returns the paths deduplicated, without paths another returned wildcard already covers, sorted.
 */
export function pathsForKeys(keys: readonly string[], options: KeyPathOptions): string[] {
  const paths = new Set<string>();
  for (const key of keys) {
    const rel = relBelowOrigin(key, options.originPath);
    if (rel === undefined) continue;
    for (const raw of rawPathsForKey(rel, options.indexDocument)) paths.add(pathForKey(raw, key));
  }
  return dropCovered(paths);
}

/** The key's path below the origin path, or undefined when a distribution with that origin path does not serve it. */
export function relBelowOrigin(key: string, originPath: string): string | undefined {
  const prefix = trimSlashes(originPath);
  if (prefix === '') return key;
  return key.startsWith(prefix + '/') ? key.slice(prefix.length + 1) : undefined;
}

function trimSlashes(value: string): string {
  return value.replace(/^\/+/, '').replace(/\/+$/, '');
}

function rawPathsForKey(rel: string, indexDocument: string): string[] {
  const raw = ['/' + rel];
  if (indexDocument === '') return raw;
  if (rel === indexDocument) raw.push('/');
  else if (rel.endsWith('/' + indexDocument)) {
    const dir = rel.slice(0, -indexDocument.length); // keeps its trailing '/'
    raw.push('/' + dir, '/' + dir.slice(0, -1));
  }
  return raw;
}

function pathForKey(rawPath: string, key: string): string {
  const star = rawPath.indexOf('*');
  const cut = star === -1 ? rawPath : rawPath.slice(0, star);
  const path = encodeInvalidationPath(cut).replaceAll('?', '%3F') + (star === -1 ? '' : '*');
  if (path.length > MAX_PATH_LENGTH) {
    throw new Error(
      `The S3 key "${abbreviate(key)}" makes an invalidation path of ${path.length} characters; ` +
        `CloudFront allows at most ${MAX_PATH_LENGTH}.`,
    );
  }
  return path;
}

/**
 * Checks and normalises an invalidation path the user typed. Rules: it starts with '/', holds '*' at
 * most once and only as the last character, and is at most 4,000 characters once encoded; otherwise
 * an Error names the path and every rule it breaks.
 * Returns the path encoded like the paths made from keys (a user typing '/a b.html' means the file
 * 'a b.html' → '/a%20b.html'), except that a '%' already starting an escape ('%20', '%E6') is kept,
 * as typed, so an encoded path is not encoded twice (a literal '%' must be typed '%25'). '?' is
 * kept: '/page?lang=en' invalidates that query string. A '#tag' item is checked as a tag and kept.
 */
export function validateUserPath(path: string): string {
  if (isTagItem(path)) {
    const problem = tagProblem(path.slice(1));
    if (problem !== undefined) throw new Error(`Invalid cache tag item "${abbreviate(path)}": ${problem}.`);
    return path;
  }
  const problems: string[] = [];
  if (!path.startsWith('/')) problems.push("it must start with '/'");
  const star = path.indexOf('*');
  if (star !== -1 && star !== path.length - 1) problems.push("'*' may only be the last character");
  const encoded = encodeUserPath(path);
  if (encoded.length > MAX_PATH_LENGTH) {
    problems.push(`it must be at most ${MAX_PATH_LENGTH} characters once encoded (it is ${encoded.length})`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid invalidation path "${abbreviate(path)}": ${problems.join('; ')}.`);
  }
  return encoded;
}

function encodeUserPath(path: string): string {
  return path
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part, i) => (i % 2 === 1 ? part : encodeInvalidationPath(part)))
    .join('');
}

function abbreviate(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 200)}…`;
}

/**
 * Removes duplicates and paths covered by another wildcard of the set; returns the rest sorted by
 * code unit. Sorting by the wildcard's prefix (wildcard first on ties) puts everything a wildcard
 * covers right after it.
 */
function dropCovered(paths: Iterable<string>): string[] {
  const byPrefix = [...new Set(paths)].map((path) => ({ path, prefix: isWildcard(path) ? path.slice(0, -1) : path }));
  byPrefix.sort((a, b) => compare(a.prefix, b.prefix) || Number(isWildcard(b.path)) - Number(isWildcard(a.path)));
  const kept: string[] = [];
  let coveringPrefix: string | undefined;
  for (const { path, prefix } of byPrefix) {
    if (coveringPrefix !== undefined && path.startsWith(coveringPrefix)) continue;
    kept.push(path);
    coveringPrefix = isWildcard(path) ? prefix : undefined;
  }
  return kept.sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every prefix of `text` ending in '/', nearest (longest) first: '/a/b' → '/a/', '/'. */
function dirPrefixes(text: string): string[] {
  const dirs: string[] = [];
  for (let slash = text.lastIndexOf('/'); slash !== -1; slash = slash === 0 ? -1 : text.lastIndexOf('/', slash - 1)) {
    dirs.push(text.slice(0, slash + 1));
  }
  return dirs;
}

/**
 * The directories whose collapse covers a path, nearest first: '/a/b.html' → '/a/', '/'. A directory's
 * own entries belong to it: '/a/' → '/a/', '/'; '/a' too when '/a/' is also present (an index's
 * '/a', '/a/', '/a/index.html'). A wildcard belongs to the directory above it: '/a/*' → '/'.
 */
function collapsibleDirs(path: string, present: ReadonlySet<string>): string[] {
  if (isWildcard(path)) {
    const stem = path.slice(0, -1);
    return dirPrefixes(stem.endsWith('/') ? stem.slice(0, -1) : stem);
  }
  const dirs = dirPrefixes(path);
  if (!path.endsWith('/') && present.has(path + '/')) dirs.unshift(path + '/');
  return dirs;
}

/** 'dir/*', or 'dir*' when the path 'dir' is present too: '/docs*' also covers '/docs'. */
function wildcardFor(dir: string, present: ReadonlySet<string>): string {
  const bare = dir.slice(0, -1);
  return bare !== '' && present.has(bare) ? bare + '*' : dir + '*';
}

function depth(dir: string): number {
  return dir.split('/').length;
}

function deeperFirst(a: string, b: string): number {
  return depth(b) - depth(a) || compare(a, b);
}

/**
 * Fits the paths into `budget` paths (the `max-invalidation-paths` input) with wildcards that still
 * cover every input path; returns them deduplicated, without paths a wildcard of theirs covers, sorted.
 * Budget Infinity only merges (e.g. the user's paths with the keys').
 * Algorithm, in rounds: replace all paths of a directory by one wildcard ('/dir/*', or '/dir*' when
 * '/dir' is changed too), taking the directories other than '/' that directly hold ≥ 2 paths, most
 * crowded first (ties: deepest, then alphabetical) — but when one collapse is enough, the least crowded
 * that is. Failing those, the deepest directories holding ≥ 2 paths at any depth; '/*' at worst.
 */
export function collapsePaths(paths: readonly string[], budget: number): string[] {
  if (!(Number.isInteger(budget) || budget === Infinity) || budget < 1) {
    throw new Error(`The invalidation path budget must be a whole number of at least 1, got ${budget}.`);
  }
  let current = dropCovered(paths);
  while (current.length > budget) current = dropCovered(collapseRound(current, current.length - budget));
  return current;
}

/**
 * One round: picks unrelated directories (none inside another, so the paths they cover are disjoint and
 * the counts taken at the start stay exact) until `excess` paths are saved, and collapses them.
 * Every pick covers ≥ 2 paths, so every round saves ≥ 1.
 */
function collapseRound(paths: readonly string[], excess: number): string[] {
  const present = new Set(paths);
  const direct = new Map<string, number>();
  const below = new Map<string, number>();
  for (const path of paths) {
    const dirs = collapsibleDirs(path, present);
    if (dirs[0] !== undefined) direct.set(dirs[0], (direct.get(dirs[0]) ?? 0) + 1);
    for (const dir of dirs) below.set(dir, (below.get(dir) ?? 0) + 1);
  }
  const saved = (dir: string) => (below.get(dir) ?? 0) - 1;
  const crowded = [...direct].filter(([dir, count]) => count >= 2 && dir !== '/').map(([dir]) => dir);
  const candidates =
    crowded.length > 0
      ? crowded.sort((a, b) => (direct.get(b) ?? 0) - (direct.get(a) ?? 0) || deeperFirst(a, b))
      : deepestShared(below);

  const chosen = new Set<string>();
  const aboveChosen = new Set<string>();
  const isFree = (dir: string) =>
    !chosen.has(dir) && !aboveChosen.has(dir) && !dirPrefixes(dir).some((above) => chosen.has(above));
  const leastSufficient = () =>
    candidates
      .filter((dir) => isFree(dir) && saved(dir) >= excess)
      .sort((a, b) => saved(a) - saved(b) || deeperFirst(a, b))[0];

  const first = leastSufficient();
  for (const dir of first === undefined ? candidates : [first]) {
    if (excess <= 0) break;
    if (!isFree(dir)) continue;
    const pick = saved(dir) >= excess ? (leastSufficient() ?? dir) : dir;
    chosen.add(pick);
    for (const above of dirPrefixes(pick.slice(0, -1))) aboveChosen.add(above);
    excess -= saved(pick);
  }
  const kept = paths.filter((path) => !collapsibleDirs(path, present).some((dir) => chosen.has(dir)));
  return [...kept, ...[...chosen].map((dir) => wildcardFor(dir, present))];
}

/** The deepest directories with ≥ 2 paths anywhere below them, most paths first; else '/'. */
function deepestShared(below: ReadonlyMap<string, number>): string[] {
  const shared = [...below].filter(([, count]) => count >= 2).map(([dir]) => dir);
  const deepest = Math.max(...shared.map(depth));
  const atDeepest = shared.filter((dir) => depth(dir) === deepest);
  return atDeepest.length > 0
    ? atDeepest.sort((a, b) => (below.get(b) ?? 0) - (below.get(a) ?? 0) || compare(a, b))
    : ['/'];
}
