/**
 * Which releases the prune after a switch deletes: those beyond the newest keep-releases, but never
 * the live or the previous one (a rollback must find it), nor one younger than delete-grace (pages
 * opened on it may still load its chunks). A release without a readable manifest is incomplete: a
 * failed deploy, or one still uploading; it is never touched. A folder a kept release serves from (a layered
 * release's base, or an earlier layer its keys name) is kept with it, and so are the folders that one uses.
 */
export interface ReleaseInfo {
  readonly id: string;
  /** When its manifest was written (ms); undefined: no manifest, or one without the time. */
  readonly releasedAt: number | undefined;
  /** A layered release's base and the other folders it serves from. */
  readonly layered?: { readonly folders: readonly string[] } | undefined;
}

export interface PruneRules {
  /** 0 keeps every release. */
  readonly keep: number;
  readonly live: string;
  readonly previous: string | undefined;
  readonly graceMs: number;
  readonly now: number;
}

/** The ids to delete, oldest first. */
export function releasesToPrune(releases: readonly ReleaseInfo[], rules: PruneRules): string[] {
  if (rules.keep <= 0) return [];
  const complete = releases
    .filter((release): release is ReleaseInfo & { releasedAt: number } => release.releasedAt !== undefined)
    .sort((a, b) => b.releasedAt - a.releasedAt || (a.id < b.id ? 1 : -1));
  const candidates = new Set(
    complete
      .slice(rules.keep)
      .filter((release) => release.id !== rules.live && release.id !== rules.previous)
      .filter((release) => rules.now - release.releasedAt >= rules.graceMs)
      .map((release) => release.id),
  );
  // Every folder a kept release serves from is kept, and so on through the layers that keep it.
  const usesOf = new Map(releases.map((release) => [release.id, release.layered?.folders ?? []]));
  const kept = releases.map((release) => release.id).filter((id) => !candidates.has(id));
  while (kept.length > 0) {
    for (const used of usesOf.get(kept.pop()!) ?? []) {
      if (candidates.delete(used)) kept.push(used);
    }
  }
  return complete
    .filter((release) => candidates.has(release.id))
    .map((release) => release.id)
    .reverse();
}
