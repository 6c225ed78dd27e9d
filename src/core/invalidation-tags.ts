/**
 * Cache tags in the invalidation plan. When the changed keys make more paths than the budget, a
 * `#tag` whose tagged objects all changed (or nearly all) replaces their paths: one item, billed as
 * one path, that purges only what carries the tag, where a wildcard would also purge unchanged files.
 * A tag reaches only what CloudFront may hold with it: the version of each key the previous deploy
 * recorded (manifest entry still trusted) with that tag. Anything else keeps its paths. Pure.
 */
import { relFor } from './keys.js';
import type { Manifest } from './manifest.js';
import { isTrusted } from './plan.js';
import type { RemoteObject } from './types.js';

/** A tag used in place of paths, and what it reaches. */
export interface TagChoice {
  /** As written in the rule, without '#'. */
  readonly tag: string;
  /** Changed keys whose paths it replaces. */
  readonly changedKeys: number;
  /** Objects carrying it that did not change: purged too. */
  readonly unchanged: number;
}

/** Unchanged members a tag may purge as well, as a share of all its members ("few"). */
export const FEW_UNCHANGED = 0.1;

/**
 * Full key → the cache tags of the version CloudFront may hold (trusted entries of the previous
 * manifest). Keys an earlier run left owed are left out: CloudFront may hold a version older than the
 * entry, uploaded before the tag.
 */
export function servedTags(
  previous: Manifest,
  remote: readonly RemoteObject[],
  prefix: string,
  owedEarlier: readonly string[] = [],
): Map<string, readonly string[]> {
  const served = new Map<string, readonly string[]>();
  const owed = new Set(owedEarlier);
  for (const object of remote) {
    if (owed.has(object.key)) continue;
    const rel = relFor(prefix, object.key);
    const entry = rel === undefined ? undefined : previous.get(rel);
    if (entry?.tags !== undefined && entry.tags.length > 0 && isTrusted(entry, object)) {
      served.set(object.key, entry.tags);
    }
  }
  return served;
}

export interface TagInput {
  /** Each changed key with its invalidation paths. */
  readonly keyPaths: ReadonlyMap<string, readonly string[]>;
  /** Paths needed whatever the tags (the user's). */
  readonly fixed: readonly string[];
  readonly served: ReadonlyMap<string, readonly string[]>;
  readonly budget: number;
}

/**
 * Greedy: while the paths and the chosen tags exceed the budget, take the eligible tag (unchanged
 * members at most FEW_UNCHANGED of its members) that saves the most paths, fewer unchanged members
 * first on a tie. Returns the tags chosen and the paths still needed (not yet fitted to the budget).
 */
export function preferTags(input: TagInput): { tags: TagChoice[]; paths: string[] } {
  const members = tagMembers(input.served);
  const uncovered = new Set(input.keyPaths.keys());
  const pathsOf = (keys: Iterable<string>) => {
    const paths = new Set(input.fixed);
    for (const key of keys) for (const path of input.keyPaths.get(key) ?? []) paths.add(path);
    return paths;
  };
  const tags: TagChoice[] = [];
  let current = pathsOf(uncovered);
  while (current.size + tags.length > input.budget && tags.length + 1 < input.budget) {
    let best: { choice: TagChoice; covered: string[]; saved: number } | undefined;
    for (const [lower, { tag, keys }] of members) {
      if (tags.some((t) => t.tag.toLowerCase() === lower)) continue;
      const covered = [...uncovered].filter((key) => keys.has(key));
      const changed = [...keys].filter((key) => input.keyPaths.has(key)).length;
      const unchanged = keys.size - changed;
      if (covered.length === 0 || unchanged > keys.size * FEW_UNCHANGED) continue;
      const saved = current.size - pathsOf([...uncovered].filter((key) => !keys.has(key))).size - 1;
      if (saved < 1) continue;
      if (best === undefined || saved > best.saved || (saved === best.saved && unchanged < best.choice.unchanged)) {
        best = { choice: { tag, changedKeys: covered.length, unchanged }, covered, saved };
      }
    }
    if (best === undefined) break;
    tags.push(best.choice);
    for (const key of best.covered) uncovered.delete(key);
    current = pathsOf(uncovered);
  }
  return { tags, paths: [...current] };
}

/** Lower-cased tag → its first spelling and every key carrying it. */
function tagMembers(served: ReadonlyMap<string, readonly string[]>): Map<string, { tag: string; keys: Set<string> }> {
  const members = new Map<string, { tag: string; keys: Set<string> }>();
  for (const [key, tags] of served) {
    for (const tag of tags) {
      const lower = tag.toLowerCase();
      const member = members.get(lower) ?? { tag, keys: new Set<string>() };
      member.keys.add(key);
      members.set(lower, member);
    }
  }
  return members;
}
