/**
 * Redirect rules in release mode: the keys a release's rules take in the release store, read by
 * edge/viewer-request.js. Pure: no I/O.
 *
 * Rules belong to a release, as its files do: every key names the release id, so a switch changes
 * the site's files and its redirects in the same single write, a rollback brings back the old
 * rules, and a rule left out of the next release is simply not among its keys (prune deletes the
 * keys with the release). Keys of a release that is not live are never read.
 * - `<name>:r:<id>:<path>` → `<status> <to>` for an exact source (the decoded path: '/old/').
 * - `<name>:s:<id>` → how deep the deepest folder holding splats is, in slashes ('/blog/' is 2): only
 *   with splats, so a site without them costs the function one read, and no folder deeper is read.
 * - `<name>:s:<id>:<folder>` → that folder's splats, one a line: `<rest>\t<status>\t<to>`, where
 *   the source is folder + rest + '*' ('/blog/*' is '/blog/' with rest ''), longest rest first.
 * The function tries the exact key, then the folders of the path from the deepest, the first match winning.
 *
 * The function cannot see the bucket, so the file-wins rule is settled here: an exact rule whose
 * source the release serves is skipped (with the in-place notice), unless forced ('!'); a splat
 * covering files of the release without '!' is an error naming the line and a file.
 */
import type { KeyValueChange } from '../ports.js';
import type { SkippedRedirect } from './redirect-objects.js';
import { type RedirectRule, throwFirst } from './redirects.js';
import { RuleSyntaxError } from './rules.js';

/** The documented limits of a CloudFront KeyValueStore: keys of 512 characters, values of 1024. */
export const KVS_KEY_MAX_CHARS = 512;
const KVS_VALUE_MAX_CHARS = 1024;
/** UpdateKeys takes at most 50 changes (puts and deletes together) a request. */
export const KVS_CHANGES_PER_UPDATE = 50;

export interface ReleaseRedirects {
  /** Key → value, to put before the switch. */
  readonly puts: ReadonlyMap<string, string>;
  /** Rules without '!' whose source the release serves: not written. */
  readonly skipped: readonly SkippedRedirect[];
}

/** The keys of the release's redirects; a rule that cannot be stored is a RuleSyntaxError naming its line. */
export function releaseRedirectKeys(
  rules: readonly RedirectRule[],
  release: { readonly name: string; readonly id: string; readonly files: ReadonlySet<string> },
): ReleaseRedirects {
  const problems: RuleSyntaxError[] = [];
  const puts = new Map<string, string>();
  const skipped: SkippedRedirect[] = [];
  const splatsIn = new Map<string, RedirectRule[]>();
  for (const rule of rules) {
    const problem = storeProblem(rule);
    if (problem !== undefined) {
      problems.push(new RuleSyntaxError(rule.line, problem));
    } else if (rule.splat) {
      const covered = rule.force ? undefined : [...release.files].find((rel) => `/${rel}`.startsWith(rule.path));
      if (covered !== undefined) {
        problems.push(new RuleSyntaxError(rule.line, splatOverFiles(rule, covered)));
        continue;
      }
      const folder = rule.path.slice(0, rule.path.lastIndexOf('/') + 1);
      splatsIn.set(folder, [...(splatsIn.get(folder) ?? []), rule]);
    } else {
      const served = servedFile(rule.path);
      if (release.files.has(served) && !rule.force) skipped.push({ rule, file: served });
      else puts.set(exactKey(release, rule.path), `${rule.status} ${rule.to}`);
    }
  }
  for (const [folder, splats] of splatsIn) {
    const value = splats
      .map((rule) => ({ rule, rest: rule.path.slice(folder.length) }))
      .sort((a, b) => b.rest.length - a.rest.length || a.rule.line - b.rule.line)
      .map(({ rule, rest }) => `${rest}\t${rule.status}\t${rule.to}`)
      .join('\n');
    const last = splats[splats.length - 1]!;
    problems.push(...sizeProblems(last, `the splats in ${folder}`, splatKey(release, folder), value));
    puts.set(splatKey(release, folder), value);
  }
  if (splatsIn.size > 0) {
    // The deepest folder holding splats, in slashes: the function looks no deeper, and not at all without this key.
    const depth = Math.max(...[...splatsIn.keys()].map((folder) => folder.split('/').length - 1));
    puts.set(splatFoldersKey(release), String(depth));
  }
  for (const rule of rules.filter((rule) => !rule.splat)) {
    const key = exactKey(release, rule.path);
    const value = puts.get(key);
    if (value !== undefined) problems.push(...sizeProblems(rule, `"${rule.from}"`, key, value));
  }
  throwFirst(problems.sort((a, b) => a.line - b.line));
  return { puts, skipped };
}

/** The changes in UpdateKeys-sized batches, puts first, in a stable order. */
export function updateBatches(change: {
  readonly puts?: ReadonlyMap<string, string>;
  readonly deletes?: readonly string[];
}): KeyValueChange[] {
  const items: Array<{ put: [string, string] } | { delete: string }> = [
    ...[...(change.puts ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : 1)).map((put) => ({ put })),
    ...(change.deletes ?? []).map((key) => ({ delete: key })),
  ];
  const batches: KeyValueChange[] = [];
  for (let start = 0; start < items.length; start += KVS_CHANGES_PER_UPDATE) {
    const slice = items.slice(start, start + KVS_CHANGES_PER_UPDATE);
    const puts = Object.fromEntries(slice.flatMap((item) => ('put' in item ? [item.put] : [])));
    const deletes = slice.flatMap((item) => ('delete' in item ? [item.delete] : []));
    batches.push({ ...(Object.keys(puts).length > 0 && { puts }), ...(deletes.length > 0 && { deletes }) });
  }
  return batches;
}

/** What the edge serves for a path without a dot in its last segment, as edge/viewer-request.js maps it. */
function servedFile(path: string): string {
  if (path.endsWith('/')) return `${path.slice(1)}index.html`;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? path.slice(1) : `${path.slice(1)}/index.html`;
}

function exactKey(release: { readonly name: string; readonly id: string }, path: string): string {
  return `${release.name}:r:${release.id}:${path}`;
}

function splatFoldersKey(release: { readonly name: string; readonly id: string }): string {
  return `${release.name}:s:${release.id}`;
}

function splatKey(release: { readonly name: string; readonly id: string }, folder: string): string {
  return `${splatFoldersKey(release)}:${folder}`;
}

function storeProblem(rule: RedirectRule): string | undefined {
  // Tabs and line breaks separate the fields and lines of a splat value.
  if (/[\t\n\r]/.test(rule.path)) return `source "${rule.from}" holds a tab or a line break`;
  return undefined;
}

function sizeProblems(rule: RedirectRule, what: string, key: string, value: string): RuleSyntaxError[] {
  if (key.length > KVS_KEY_MAX_CHARS) {
    return [
      new RuleSyntaxError(
        rule.line,
        `${what}: its store key is ${key.length} characters; the store allows ${KVS_KEY_MAX_CHARS}`,
      ),
    ];
  }
  if (value.length > KVS_VALUE_MAX_CHARS) {
    return [
      new RuleSyntaxError(
        rule.line,
        `${what}: the stored value is ${value.length} characters; the store allows ${KVS_VALUE_MAX_CHARS}`,
      ),
    ];
  }
  return [];
}

function splatOverFiles(rule: RedirectRule, file: string): string {
  return (
    `splat "${rule.from}" covers files of the site (${file}); the edge cannot let a file win over a splat. ` +
    'Add ! after the status (301!) to redirect those paths too, or remove the files'
  );
}
