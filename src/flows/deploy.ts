/**
 * The whole deploy, written against ports: scan → list → plan → upload assets → upload HTML →
 * delete → record the manifest. Nothing here knows about GitHub Actions or HTTP.
 */

import type { Glob } from '../core/globs.js';
import type { HeaderRules } from '../core/headers.js';
import { servedTags } from '../core/invalidation-tags.js';
import { type DeployOrigin, encodeManifest, manifestKey, sameManifest } from '../core/manifest.js';
import { type SiteResult, siteResult } from '../core/outcome.js';
import { nextManifest, type RunOutcome, type UploadStep } from '../core/plan.js';
import { RECORD_HEADERS } from '../core/types.js';
import type { LastGlob, UploadPhase } from '../core/upload-phases.js';
import { uploadDetail } from '../core/wording.js';
import type { Clock, LocalSource, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { runPool } from '../util/pool.js';
import type { DeployLock } from './deploy-lock.js';
import { planSiteDeploy, planWrites } from './deploy-plan.js';
import type { OwedLedger } from './owed-record.js';
import { type RemoteReads, startRemoteReads } from './plan-inputs.js';
import type { RedirectsSource } from './redirects.js';

export interface DeployOptions {
  readonly sourceDir: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Normalized: '' or ending in '/'. */
  readonly prefix: string;
  /** 's3://bucket/prefix', for messages. */
  readonly target: string;
  readonly headerRules: HeaderRules;
  readonly deleteRemoved: boolean;
  readonly maxDeletes: number;
  /** Objects under the prefix never deleted (globs relative to the prefix). */
  readonly preserve?: readonly Glob[];
  /** delete-grace: how long a removed non-HTML file is kept (ms); 0 or absent: deleted at once. */
  readonly deleteGraceMs?: number;
  readonly dryRun: boolean;
  readonly concurrency: number;
  /** Uploaded after every HTML file, one glob after the other. */
  readonly uploadLast?: readonly LastGlob[];
  /** An immutable file changed in place becomes a warning instead of stopping the deploy. */
  readonly allowImmutableChanges?: boolean;
  /** redirects-file: its exact rules become S3 website redirect objects; the file is not published. */
  readonly redirects?: RedirectsSource;
  /** Where the manifest, owed record and lock are kept (normalized); absent: prefix. */
  readonly statePrefix?: string;
  /** The build deployed, recorded in the manifest; its commit time is what the never-older rule compares. */
  readonly origin?: DeployOrigin;
  /** allow-older: deploy a commit older than the live one (a deliberate rollback). */
  readonly allowOlder?: boolean;
}

export interface DeployDeps {
  readonly store: ObjectStore;
  readonly source: LocalSource;
  readonly clock: Clock;
  readonly log: Log;
  /** The invalidations owed for options.prefix: this deploy's changes are recorded there before the first write. */
  readonly owed: OwedLedger;
  /** The manifest GET and the listing, when the caller started them already (for options.prefix). */
  readonly remoteReads?: RemoteReads | undefined;
  /** Taken before the first write, only when the plan writes (flows/deploy-lock.ts); the caller releases it. */
  readonly lock?: DeployLock | undefined;
}

export class UploadFailedError extends Error {
  override name = 'UploadFailedError';
  constructor(
    readonly failures: readonly { key: string; error: unknown }[],
    readonly uploadedCount: number,
  ) {
    const first = failures[0];
    const detail = first === undefined ? '' : `: ${first.key}: ${errorMessage(first.error)}`;
    super(
      `${failures.length} upload(s) failed${detail}. ${uploadedCount} object(s) were uploaded; nothing was deleted. ` +
        `Re-running the deploy finishes the job.`,
    );
  }
}

export async function deploy(options: DeployOptions, deps: DeployDeps): Promise<SiteResult> {
  const started = deps.clock.now();
  const { log, store } = deps;
  const statePrefix = options.statePrefix ?? options.prefix;
  const freshReads = () => startRemoteReads(store, options.prefix, statePrefix);

  const lock = options.dryRun ? undefined : deps.lock;
  // The lock, then the manifest's ETag read once it is held. Taken as soon as the manifest and the
  // walk show a change, while the listing's last pages are still coming, else once the plan writes.
  let locked: Promise<{ guarded: boolean; etag?: string | undefined }> | undefined;
  const takeLock = (held: DeployLock) =>
    (locked ??= held.acquire().then(async (guarded) => ({
      guarded,
      etag: guarded ? await liveEtag(store, manifestKey(statePrefix)) : undefined,
    })));
  const onChangeSeen = lock && (() => void takeLock(lock).catch(() => undefined));
  const reads = deps.remoteReads ?? freshReads();
  let planned = await log.group('Plan', () => planSiteDeploy(options, deps, reads, started, onChangeSeen));
  if (lock !== undefined && planWrites(planned.plan)) {
    const { guarded, etag } = await takeLock(lock);
    // Another deploy may have finished between this run's reads and its lock: its plan is stale then.
    if (guarded && etag !== planned.live.etag) {
      log.info('Another deploy changed the site since this run listed it: planning again from a fresh listing.');
      planned = await log.group('Plan again', () => planSiteDeploy(options, deps, freshReads(), deps.clock.now()));
    }
  }
  const { plan, remote, manifest, live, localCount, remoteCount, earlier } = planned;
  // Recorded before the first write that makes them owed: a run killed after it leaves the debt on record.
  const owed = await deps.owed.record([...plan.uploads, ...plan.deletes].map((step) => step.key));
  const tags = servedTags(manifest, remote, options.prefix, [...earlier.values()].flat());
  const finish = (done: Parameters<typeof siteResult>[1]): SiteResult => ({
    ...siteResult(plan, done, {
      target: options.target,
      localCount,
      remoteCount,
      durationMs: deps.clock.now() - started,
    }),
    owed,
    ...(tags.size > 0 && { servedTags: tags }),
  });
  if (options.dryRun) return finish('dry run');
  // A killed earlier run may have left incomplete multipart uploads of the very files this run writes.
  // Any such upload begun before this run is stale: a second deploy to the same prefix at the same time
  // is a race the deploy lock (or the workflow's concurrency group) rules out. Not awaited first: the store holds
  // back only the multipart uploads until its listing is in, so the sweep costs no round of its own.
  const writes = plan.uploads.map((step) => ({ key: step.key, size: step.file.size }));
  const sweep = writes.length > 0 ? store.abortStaleUploads(options.prefix, 0, writes) : undefined;

  const uploadedEtags = new Map<string, string>();
  const uploaded: UploadStep[] = [];
  const onUploaded = (step: UploadStep, etag: string): void => {
    uploadedEtags.set(step.key, etag);
    uploaded.push(step);
    log.info(`uploaded  ${step.key}  (${uploadDetail(step)})`);
  };
  const failures =
    plan.uploads.length === 0
      ? []
      : await log.group('Upload', () => upload(plan.phases, options.concurrency, deps, onUploaded));
  await sweep; // never throws

  const deleted: string[] = [];
  let failure: unknown;
  try {
    if (failures.length > 0) throw new UploadFailedError(failures, uploaded.length);
    if (plan.deletes.length > 0) {
      await log.group('Delete', async () => {
        const keys = plan.deletes.map((step) => step.key);
        await store.deleteObjects(keys);
        deleted.push(...keys);
        for (const step of plan.deletes) log.info(`deleted  ${step.key}  (${step.reason})`);
      });
    }
  } catch (error) {
    failure = error;
  }
  // Also after a failure: what did upload is recorded, so a re-run only does the rest.
  const run = {
    plan,
    previous: manifest,
    remote,
    prefix: options.prefix,
    uploaded: uploadedEtags,
    deleted: new Set(deleted),
  };
  try {
    await saveManifest(store, statePrefix, run, { etag: live.etag, origin: options.origin });
  } catch (error) {
    if (failure === undefined) throw error;
    log.warning(`Could not record the deploy manifest either: ${errorMessage(error)}`);
  }
  if (failure !== undefined) throw failure;
  return finish({ uploaded, deleted });
}

/** The plan's phases one after the other (assets, HTML, upload-last): each only if every earlier upload made it. */
async function upload(
  phases: readonly UploadPhase<UploadStep>[],
  concurrency: number,
  deps: DeployDeps,
  onUploaded: (step: UploadStep, etag: string) => void,
): Promise<{ key: string; error: unknown }[]> {
  const steps = phases.flatMap((phase) => phase.steps);
  const progress = {
    filesDone: 0,
    filesTotal: steps.length,
    bytesDone: 0,
    bytesTotal: steps.reduce((s, x) => s + x.file.size, 0),
  };
  for (const phase of phases) {
    const failures = await runPool(phase.steps, concurrency, async (step) => {
      const etag = step.redirect
        ? await deps.store.putObject(step.key, Buffer.alloc(0), step.headers)
        : await deps.store.uploadFile(step.key, step.file, step.headers, (bytes) => {
            progress.bytesDone += bytes;
          });
      progress.filesDone += 1;
      onUploaded(step, etag);
      deps.log.progress('upload', progress);
    });
    if (failures.length > 0) return failures.map(({ item, error }) => ({ key: item.key, error }));
  }
  return [];
}

/**
 * Written only over the manifest this run's plan read (If-Match; If-None-Match '*' when there was none):
 * a run that lost a race to another deploy never overwrites the winner's record.
 */
async function saveManifest(
  store: ObjectStore,
  statePrefix: string,
  run: RunOutcome,
  { etag, origin }: { etag: string | undefined; origin: DeployOrigin | undefined },
): Promise<void> {
  const next = nextManifest(run);
  if (sameManifest(run.previous, next)) return;
  const key = manifestKey(statePrefix);
  const body = encodeManifest(next, { origin });
  try {
    await store.putObject(key, body, RECORD_HEADERS, etag === undefined ? { ifNoneMatch: '*' } : { ifMatch: etag });
  } catch (error) {
    if (store.isConditionUnsupported(error)) return void (await store.putObject(key, body, RECORD_HEADERS));
    if (!store.isConditionFailed(error)) throw error;
    // A retried write meets its own first attempt when only the answer was lost.
    if ((await store.readObject(key))?.body.equals(body)) return;
    throw new Error(
      `another deploy recorded ${key} while this one ran, so this run's record was not written over it. ` +
        'Run the deploy again: it plans against what is there now.',
    );
  }
}

/** The manifest's ETag now, from a one-key listing (the manifest itself may be megabytes). */
async function liveEtag(store: ObjectStore, key: string): Promise<string | undefined> {
  const found = await store.list(key);
  return found.find((object) => object.key === key)?.etag;
}
