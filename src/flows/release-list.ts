/**
 * The releases command: one listing of `<prefix>releases/`, each complete release's manifest read for
 * when it went up, and the store's two pointers. Read-only.
 */
import { decodeReleaseRecord, type ReleaseRecord } from '../core/manifest.js';
import { pointerKeys, releaseManifestKey, releasesPrefix } from '../core/release-layout.js';
import { type ReleaseFolder, type ReleaseListing, releaseFolders, releaseListing } from '../core/release-list.js';
import type { KeyValueStore, ObjectStore } from '../ports.js';
import { mapLimit } from '../util/pool.js';

export async function listReleases(
  where: { readonly prefix: string; readonly name: string },
  deps: { readonly store: ObjectStore; readonly kvs: KeyValueStore },
): Promise<ReleaseListing> {
  const { store, kvs } = deps;
  const keys = pointerKeys(where.name);
  const [objects, live, previous] = await Promise.all([
    store.list(releasesPrefix(where.prefix)),
    kvs.get(keys.live),
    kvs.get(keys.previous),
  ]);
  const folders = await datedFolders(store, where.prefix, releaseFolders(where.prefix, objects));
  return releaseListing(folders, { live, previous });
}

/**
 * Each folder with what its manifest tells: when its release was complete (releasedAt; undefined without a
 * manifest) and, for a layered release, its base and the folders it serves from.
 */
export function datedFolders(
  store: ObjectStore,
  prefix: string,
  folders: readonly ReleaseFolder[],
): Promise<(ReleaseFolder & ReleaseRecord)[]> {
  return mapLimit(folders, 8, async (folder) => ({
    ...folder,
    ...(folder.hasManifest
      ? decodeReleaseRecord(await store.getObject(releaseManifestKey(prefix, folder.id)))
      : { releasedAt: undefined }),
  }));
}
