/**
 * Release mode (release-store): the site goes up as a release under `<prefix>releases/<id>/`, full
 * (unchanged files copied inside the bucket from the folders serving them) or layered (only what changed,
 * the rest named by keys; release-planning.ts decides), its manifest written only once every object is in
 * place and only if the id is new, then its keys, then one KeyValueStore write switches the whole site to
 * it (release-switch.ts). A rollback only switches.
 */

import type { HeaderRules } from '../core/headers.js';
import { encodeManifest } from '../core/manifest.js';
import type { LayerGate } from '../core/release-layers.js';
import { releaseManifestKey } from '../core/release-layout.js';
import {
  type ReleaseCopy,
  type ReleasePlan,
  type ReleaseUpload,
  releaseManifest,
  releaseMd5sNeeded,
} from '../core/release-plan.js';
import type { ReleaseOutcome } from '../core/release-wording.js';
import { RECORD_HEADERS, type SiteFile } from '../core/types.js';
import type { Clock, KeyValueStore, LocalSource, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { runPool } from '../util/pool.js';
import type { RedirectsSource } from './redirects.js';
import { planDeploy } from './release-planning.js';
import { pruneReleases } from './release-prune.js';
import { writeReleaseKeys } from './release-redirects.js';
import { switchLive } from './release-switch.js';
import type { ReleaseRequest } from './run.js';

export interface ReleaseDeployOptions {
  readonly sourceDir: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly headerRules: HeaderRules;
  readonly deleteGraceMs?: number;
  readonly release: ReleaseRequest;
  readonly dryRun: boolean;
  readonly concurrency: number;
  /** redirects-file: its rules become keys of the release in the store; the file is not published. */
  readonly redirects?: RedirectsSource | undefined;
}

export interface ReleaseDeps {
  readonly store: ObjectStore;
  readonly kvs: KeyValueStore;
  readonly source: LocalSource;
  readonly clock: Clock;
  readonly log: Log;
  /**
   * The read-only check that the distribution serves through the release function of this store;
   * runs before anything is written and throws to stop the run (release-run.ts, with distribution-id).
   */
  readonly checkSetup?: (() => Promise<void>) | undefined;
  /** Whether the edge serves layered releases (release-run.ts); absent: it cannot be told, so releases are full. */
  readonly layerGate?: (() => Promise<LayerGate>) | undefined;
}

export async function deployRelease(options: ReleaseDeployOptions, deps: ReleaseDeps): Promise<ReleaseOutcome> {
  try {
    return await deploy(options, deps);
  } finally {
    deps.source.close();
  }
}

async function deploy(options: ReleaseDeployOptions, deps: ReleaseDeps): Promise<ReleaseOutcome> {
  const { store, kvs, log } = deps;
  const { release } = options;
  const started = deps.clock.now();
  await deps.checkSetup?.();
  const newManifestKey = releaseManifestKey(release.prefix, release.id);
  const { plan, liveId, redirectKeys } = await log.group('Plan', () => planDeploy(options, deps, started));
  const outcome = (done: { uploaded: number; bytes: number; pruned: readonly string[] }): ReleaseOutcome => ({
    flow: 'deploy',
    dryRun: options.dryRun,
    releaseId: release.id,
    ...(liveId !== undefined && { previousReleaseId: liveId }),
    uploaded: done.uploaded,
    copied: plan.copies.length,
    ...(plan.layers !== undefined && { layered: { base: plan.layers.base, paths: plan.layers.pathKeys } }),
    bytesUploaded: done.bytes,
    pruned: done.pruned,
    durationMs: deps.clock.now() - started,
    where: releaseWhere(release),
  });
  if (options.dryRun) {
    return outcome({ uploaded: plan.uploads.length, bytes: sum(plan.uploads.map((s) => s.file.size)), pruned: [] });
  }

  const uploaded = await log.group('Upload', () => writeRelease(plan, options.concurrency, deps));
  const manifest = releaseManifest(plan, uploaded.steps, uploaded.etags);
  try {
    const releasedAt = new Date(deps.clock.now()).toISOString();
    const record = { releasedAt, base: plan.layers?.base, layerPaths: plan.layers?.pathKeys };
    await store.putObject(newManifestKey, encodeManifest(manifest, record), RECORD_HEADERS, {
      ifNoneMatch: '*',
    });
  } catch (error) {
    if (!store.isConditionFailed(error)) throw error;
    throw new Error(
      `release-id ${release.id} was taken by another deploy while this one uploaded (its manifest appeared first): ` +
        `this run switches nothing. Run one deploy per release-id at a time (a concurrency group).`,
    );
  }
  const releaseKeys = new Map([...(plan.layers?.keys ?? []), ...(redirectKeys ?? [])]);
  if (releaseKeys.size > 0) {
    const what = [plan.layers && 'layer', redirectKeys?.size && 'redirect'].filter(Boolean).join(' and ');
    await log.group('Keys', () =>
      writeReleaseKeys(kvs, { prefix: release.prefix, id: release.id }, releaseKeys, deps, what, plan.layers?.baseKey),
    );
  }
  await log.group('Switch', async () => {
    await switchLive(
      kvs,
      { name: release.name, to: release.id, from: liveId, notDone: `release ${release.id} is uploaded but not live` },
      log,
    );
    log.info(`Release ${release.id} is live (it replaced ${liveId ?? 'no release'}).`);
  });
  const rules = { keep: release.keep, live: release.id, previous: liveId, graceMs: options.deleteGraceMs ?? 0 };
  const pruned = await log.group('Prune', () =>
    pruneReleases(store, release.prefix, { ...rules, now: deps.clock.now() }, log, kvs),
  );
  return outcome({ uploaded: uploaded.steps.length, bytes: sum(uploaded.steps.map((s) => s.file.size)), pruned });
}

/** An upload with its file's MD5 known. */
type SiteUpload = Omit<ReleaseUpload, 'file'> & { readonly file: SiteFile };

interface Uploaded {
  readonly steps: readonly SiteUpload[];
  /** key → ETag of every object written. */
  readonly etags: Map<string, string>;
}

/** Every copy and upload of the plan, concurrency at a time; any failure stops the release before its manifest. */
async function writeRelease(plan: ReleasePlan, concurrency: number, deps: ReleaseDeps): Promise<Uploaded> {
  const { store, source, log } = deps;
  const needed = releaseMd5sNeeded(plan);
  const md5s = await source.md5(needed);
  const md5Of = new Map(needed.map((file, i) => [file.rel, md5s[i]!]));
  const steps: SiteUpload[] = plan.uploads.map((step) => ({
    ...step,
    file: { ...step.file, md5: step.file.md5 ?? md5Of.get(step.file.rel)! },
  }));
  const etags = new Map<string, string>();
  type Write = { kind: 'copy'; copy: ReleaseCopy } | { kind: 'upload'; step: SiteUpload };
  const writes: Write[] = [
    ...plan.copies.map((copy) => ({ kind: 'copy' as const, copy })),
    ...steps.map((step) => ({ kind: 'upload' as const, step })),
  ];
  const failures = await runPool(writes, concurrency, async (write) => {
    if (write.kind === 'copy') {
      const { copy } = write;
      const source = { key: copy.sourceKey, size: copy.entry.size, md5: copy.entry.md5 };
      etags.set(copy.key, await store.copyObject(source, copy.key, copy.headers));
    } else {
      etags.set(write.step.key, await store.uploadFile(write.step.key, write.step.file, write.step.headers));
      log.info(`uploaded  ${write.step.key}  (${write.step.reason})`);
    }
  });
  if (failures.length > 0) {
    const first = failures[0]!;
    const key = first.item.kind === 'copy' ? first.item.copy.key : first.item.step.key;
    throw new Error(
      `${failures.length} write(s) of release ${plan.id} failed (${key}: ${errorMessage(first.error)}). ` +
        `The release is incomplete and not live; the site is unchanged. Re-run the deploy (a new run attempt is a new release id).`,
    );
  }
  return { steps, etags };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export type { ReleaseOutcome } from '../core/release-wording.js';

/** Where the release lives, for the rollback step of the summary. */
export function releaseWhere(release: ReleaseRequest): ReleaseOutcome['where'] {
  return { storeArn: release.storeArn, name: release.name, bucket: release.bucket, prefix: release.prefix };
}
