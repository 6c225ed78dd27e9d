/**
 * Release mode (release-store): the site goes up as a complete release under
 * `<prefix>releases/<id>/` (unchanged files copied inside the bucket from the live release), its
 * manifest is written only once every object is in place and only if the id is new, then one
 * KeyValueStore write switches the whole site to it (release-switch.ts). A rollback only switches.
 */

import { literalGlob } from '../core/globs.js';
import { type HeaderRules, headersFor } from '../core/headers.js';
import { decodeManifest, decodeReleaseBase, encodeManifest } from '../core/manifest.js';
import { PlanError, refuseInvalidKeys } from '../core/plan.js';
import type { LayerGate } from '../core/release-layers.js';
import { pointerKeys, releaseManifestKey } from '../core/release-layout.js';
import {
  type LiveRelease,
  planRelease,
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
import { type RedirectsSource, readRedirectRules } from './redirects.js';
import { pruneReleases } from './release-prune.js';
import { planReleaseRedirects, writeReleaseKeys } from './release-redirects.js';
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
  const { store, kvs, source, log } = deps;
  const { release } = options;
  const started = deps.clock.now();
  await deps.checkSetup?.();
  const newManifestKey = releaseManifestKey(release.prefix, release.id);
  const { redirects } = options;
  const { plan, liveId, redirectKeys } = await log.group('Plan', async () => {
    const rules = redirects && (await readRedirectRules(source, options.sourceDir, redirects));
    const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
    // Hashing starts at once; the store's answer only decides, on its way, whether MD5s come in the same read.
    const live = kvs.get(pointerKeys(release.name).live);
    const liveBody = live.then((id) =>
      id === undefined ? undefined : store.getObject(releaseManifestKey(release.prefix, id)),
    );
    const [liveId, taken, body, files, gate, base] = await Promise.all([
      live,
      store.readObject(newManifestKey),
      liveBody,
      // Without a live release every file is uploaded: its MD5 is best read with its SHA-256.
      source.scan(
        options.sourceDir,
        { ...options, exclude },
        live.then((id) => id === undefined),
      ),
      live.then((id) => (id === undefined ? undefined : deps.layerGate?.())),
      liveBody.then(async (found) => {
        const id = decodeReleaseBase(found);
        return id === undefined
          ? undefined
          : { id, body: await store.getObject(releaseManifestKey(release.prefix, id)) };
      }),
    ]);
    if (taken !== undefined) throw reusedId(release, liveId);
    if (liveId !== undefined && body === undefined) {
      log.warning(
        `The live release ${liveId} has no manifest at ${releaseManifestKey(release.prefix, liveId)}: every file is uploaded.`,
      );
    }
    const current: LiveRelease | undefined =
      liveId === undefined
        ? undefined
        : {
            id: liveId,
            manifest: decodeManifest(body),
            ...(base?.body !== undefined && { base: { id: base.id, manifest: decodeManifest(base.body) } }),
          };
    const layered = layersAllowed(gate, base, release.prefix);
    const plan = planRelease({
      files,
      prefix: release.prefix,
      id: release.id,
      live: current,
      headersFor: (rel) => headersFor(rel, options.headerRules),
      graceMs: options.deleteGraceMs ?? 0,
      now: started,
      layers: layered === true ? { name: release.name } : undefined,
    });
    refuseInvalidKeys(
      [...plan.uploads, ...plan.copies].map((step) => step.key),
      'nothing was written',
    );
    if (plan.layers !== undefined) {
      log.info(
        `Release ${release.id}, layered on ${plan.layers.base}: ${plan.uploads.length} file(s) to upload, ` +
          `${plan.copies.length} to copy (headers changed), ${plan.layers.pathKeys} path key(s); ` +
          `the rest is served from the folders the keys name.`,
      );
    } else {
      const carried = plan.copies.filter((copy) => copy.removedSince !== undefined).length;
      const why = plan.fullBecause ?? (typeof layered === 'string' ? layered : undefined);
      if (why !== undefined) log.info(`A full release: ${why}.`);
      log.info(
        `Release ${release.id}: ${plan.uploads.length} file(s) to upload, ${plan.copies.length - carried} to copy from ` +
          `release ${liveId ?? '(none)'}, ${carried} removed file(s) kept by delete-grace.`,
      );
    }
    const redirectKeys = rules && redirects && planReleaseRedirects(rules, files, redirects, release, log);
    return { plan, liveId, redirectKeys };
  });
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
      writeReleaseKeys(kvs, { prefix: release.prefix, id: release.id }, releaseKeys, deps, what),
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

/** true, or why the release is full (undefined: nothing to say, e.g. the first release). */
function layersAllowed(
  gate: LayerGate | undefined,
  base: { readonly id: string; readonly body: Buffer | undefined } | undefined,
  prefix: string,
): true | string | undefined {
  if (gate === undefined) return undefined;
  if (!gate.layers) return gate.why;
  if (base !== undefined && base.body === undefined) {
    return `the live release's base ${base.id} has no manifest at ${releaseManifestKey(prefix, base.id)}`;
  }
  return true;
}

function reusedId(release: ReleaseRequest, liveId: string | undefined): PlanError {
  return new PlanError(
    `release-id ${release.id} is taken: ${releaseManifestKey(release.prefix, release.id)} exists in s3://${release.bucket}. ` +
      `A release is never overwritten; nothing was written (release ${liveId ?? '(none)'} stays live). Give a new release-id.`,
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export type { ReleaseOutcome } from '../core/release-wording.js';

/** Where the release lives, for the rollback step of the summary. */
export function releaseWhere(release: ReleaseRequest): ReleaseOutcome['where'] {
  return { storeArn: release.storeArn, name: release.name, bucket: release.bucket, prefix: release.prefix };
}
