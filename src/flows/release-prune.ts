/**
 * The prune after a switch (keep-releases): lists the releases, reads when each was complete from its
 * manifest, and deletes those core/release-prune.ts names, each release's objects before its manifest
 * (a half-deleted release is then one without a manifest: never live, never pruned again by mistake).
 * The store keys of a pruned release (its layers' and redirects') are deleted before its objects; a folder a kept
 * layered release serves from is never pruned (core/release-prune.ts).
 * Best effort: the switch is done, so a failure is a warning.
 */
import { releaseKeysKey, releaseManifestKey, releasesPrefix } from '../core/release-layout.js';
import { releaseFolders } from '../core/release-list.js';
import { type PruneRules, releasesToPrune } from '../core/release-prune.js';
import type { KeyValueStore, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { datedFolders } from './release-list.js';
import { deleteReleaseKeys } from './release-redirects.js';

export async function pruneReleases(
  store: ObjectStore,
  prefix: string,
  rules: PruneRules,
  log: Log,
  kvs: KeyValueStore,
): Promise<string[]> {
  if (rules.keep <= 0) return [];
  try {
    const folders = releaseFolders(prefix, await store.list(releasesPrefix(prefix)));
    if (folders.length <= rules.keep) return [];
    const releases = await datedFolders(store, prefix, folders);
    const keysOf = new Map(folders.map((folder) => [folder.id, folder.keys]));
    const doomed = releasesToPrune(releases, rules);
    if (doomed.length === 0) return [];
    // A release's keys go first, while the list of them is still in its folder.
    for (const id of doomed.filter((id) => keysOf.get(id)?.includes(releaseKeysKey(prefix, id)))) {
      await deleteReleaseKeys(kvs, { prefix, id }, { store, log });
    }
    const manifests = new Set(doomed.map((id) => releaseManifestKey(prefix, id)));
    const objects = doomed.flatMap((id) => keysOf.get(id) ?? []).filter((key) => !manifests.has(key));
    await store.deleteObjects(objects);
    await store.deleteObjects([...manifests]);
    for (const id of doomed) log.info(`pruned release ${id} (${keysOf.get(id)?.length ?? 0} objects)`);
    return doomed;
  } catch (error) {
    log.warning(`The old releases could not be pruned (the switch is done): ${errorMessage(error)}`);
    return [];
  }
}
