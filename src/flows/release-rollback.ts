/**
 * A rollback (release mode, rollback: previous or a release id): the pointer goes back to a release
 * already uploaded. Nothing is uploaded; the release must exist (its manifest), and the switch is
 * the deploy's (release-switch.ts): only if the release found live is still live.
 */
import { decodeReleaseBase } from '../core/manifest.js';
import { PlanError } from '../core/plan.js';
import { baseKey } from '../core/release-layers.js';
import { pointerKeys, releaseManifestKey, releasesPrefix } from '../core/release-layout.js';
import { releaseFolders } from '../core/release-list.js';
import type { ObjectStore } from '../ports.js';
import { type ReleaseDeps, type ReleaseOutcome, releaseWhere } from './release.js';
import { switchLive } from './release-switch.js';
import type { ReleaseRequest } from './run.js';

export async function rollbackRelease(
  release: ReleaseRequest,
  dryRun: boolean,
  deps: Omit<ReleaseDeps, 'source'>,
): Promise<ReleaseOutcome> {
  const { store, kvs, log } = deps;
  const started = deps.clock.now();
  const keys = pointerKeys(release.name);
  const [live, previous] = await Promise.all([kvs.get(keys.live), kvs.get(keys.previous)]);
  const target = release.rollback === 'previous' ? previous : release.rollback;
  if (target === undefined) {
    throw new PlanError(
      `rollback: previous: the store ${kvs.name} records no previous release under ${keys.previous}; ` +
        `give a release id instead (${await releasesThere(store, release)}).`,
    );
  }
  const outcome: ReleaseOutcome = {
    flow: 'rollback',
    dryRun,
    releaseId: target,
    ...(live !== undefined && target !== live && { previousReleaseId: live }),
    uploaded: 0,
    copied: 0,
    bytesUploaded: 0,
    pruned: [],
    durationMs: 0,
    where: releaseWhere(release),
  };
  if (target === live) {
    log.info(`Release ${target} is already live: nothing to switch.`);
    return outcome;
  }
  const manifest = await store.getObject(releaseManifestKey(release.prefix, target));
  if (manifest === undefined) {
    throw new PlanError(
      `rollback: release ${target} does not exist in s3://${release.bucket}/${releasesPrefix(release.prefix)} ` +
        `(no manifest there). ${await releasesThere(store, release)}. Nothing was switched.`,
    );
  }
  const base = decodeReleaseBase(manifest);
  if (base !== undefined) await requireLayers(release, target, base, deps);
  await deps.checkSetup?.();
  if (!dryRun) {
    await switchLive(
      kvs,
      { name: release.name, to: target, from: live, notDone: `the rollback to ${target} did not happen` },
      log,
    );
    log.info(`Release ${target} is live again (it replaced ${live ?? 'no release'}).`);
  }
  return { ...outcome, durationMs: deps.clock.now() - started };
}

/** A layered release serves only with its base's folder and its keys: both must still be there. */
async function requireLayers(
  release: ReleaseRequest,
  target: string,
  base: string,
  { store, kvs }: Pick<ReleaseDeps, 'store' | 'kvs'>,
): Promise<void> {
  const [baseManifest, key] = await Promise.all([
    store.getObject(releaseManifestKey(release.prefix, base)),
    kvs.get(baseKey(release.name, target)),
  ]);
  if (baseManifest === undefined || key !== base) {
    const missing =
      baseManifest === undefined
        ? `its base release ${base} has no manifest in s3://${release.bucket}/${releasesPrefix(release.prefix)}`
        : `its key ${baseKey(release.name, target)} in ${kvs.name} does not name ${base} (its keys were not all written)`;
    throw new PlanError(
      `rollback: release ${target} is layered on ${base}, but ${missing}. Nothing was switched; ` +
        `roll back to another release (${await releasesThere(store, release)}).`,
    );
  }
}

/** 'The releases there: a, b, c' (those with a manifest), for a message about an id that is not one. */
async function releasesThere(store: ObjectStore, release: ReleaseRequest): Promise<string> {
  const folders = releaseFolders(release.prefix, await store.list(releasesPrefix(release.prefix)));
  const ids = folders.filter((folder) => folder.hasManifest).map((folder) => folder.id);
  return ids.length === 0 ? 'There are no releases there' : `The releases there: ${ids.sort().join(', ')}`;
}
