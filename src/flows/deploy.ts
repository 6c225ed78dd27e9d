/**
 * The whole deploy, written against ports: scan → list → plan → upload assets → upload HTML →
 * delete → record the manifest. Nothing here knows about GitHub Actions or HTTP.
 */

import { type Glob, literalGlob } from '../core/globs.js';
import { type HeaderRules, headersFor } from '../core/headers.js';
import { immutableChanges, immutableError, immutableWarning } from '../core/immutable-guard.js';
import { servedTags } from '../core/invalidation-tags.js';
import { invalidKeys } from '../core/keys.js';
import { encodeManifest, type Manifest, manifestKey, sameManifest } from '../core/manifest.js';
import { type SiteResult, siteResult } from '../core/outcome.js';
import {
  checkDeleteLimit,
  nextManifest,
  type Plan,
  PlanError,
  planDeploy,
  type RunOutcome,
  type UploadStep,
} from '../core/plan.js';
import type { RemoteObject } from '../core/types.js';
import type { LastGlob, UploadPhase } from '../core/upload-phases.js';
import { describePlan, planDetailLines, uploadDetail } from '../core/wording.js';
import type { Clock, LocalSource, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { runPool } from '../util/pool.js';
import { type OwedLedger, owedKey } from './owed-record.js';
import { gatherPlanInputs, type RemoteReads } from './plan-inputs.js';
import { type RedirectsSource, readRedirectRules, withWebsiteRedirects } from './redirects.js';

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

  const { plan, remote, manifest, localCount, remoteCount, earlier } = await log.group('Plan', async () => {
    const { redirects } = options;
    const rules = redirects && (await readRedirectRules(deps.source, options.sourceDir, redirects));
    // Manifest GET and listing go out before the walk; hashing overlaps both (plan-inputs.ts).
    const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
    const gathered = await gatherPlanInputs({ ...options, exclude }, deps);
    const { remote, manifest } = gathered;
    const site = rules && redirects ? withWebsiteRedirects(rules, gathered.files, redirects, log) : undefined;
    const files = site?.files ?? gathered.files;
    const owed = await deps.owed.load(remote);
    const plan = planDeploy({
      files,
      ...(site && { redirects: site.redirects }),
      remote,
      manifest,
      prefix: options.prefix,
      headersFor: (rel) => headersFor(rel, options.headerRules),
      deleteRemoved: options.deleteRemoved,
      ...(options.uploadLast !== undefined && { uploadLast: options.uploadLast }),
      removal: { preserve: options.preserve ?? [], graceMs: options.deleteGraceMs ?? 0, now: started },
    });
    refuseInvalidKeys(plan);
    guardImmutable(plan, remote, manifest, options.allowImmutableChanges ?? false, log);
    checkDeleteLimit(plan, options.maxDeletes, options.target);
    const ours = new Set([manifestKey(options.prefix), owedKey(options.prefix)]);
    const remoteCount = remote.filter((o) => !ours.has(o.key)).length;
    log.info(describePlan(plan, files.length, remoteCount));
    for (const line of planDetailLines(plan, owed, options.dryRun)) log.info(line);
    return { plan, remote, manifest, localCount: files.length, remoteCount, earlier: owed };
  });
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
  // is a race the workflow's concurrency group already rules out. Not awaited first: the store holds
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
    await saveManifest(store, options.prefix, run);
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

async function saveManifest(store: ObjectStore, prefix: string, run: RunOutcome): Promise<void> {
  const next = nextManifest(run);
  if (sameManifest(run.previous, next)) return;
  await store.putObject(manifestKey(prefix), encodeManifest(next), {
    contentType: 'application/json',
    cacheControl: 'no-store',
    metadata: {},
  });
}

/** Before anything is written (a dry run too): see immutable-guard.ts for what is known and what is not. */
function guardImmutable(
  plan: Plan,
  remote: readonly RemoteObject[],
  manifest: Manifest,
  allow: boolean,
  log: Log,
): void {
  const changes = immutableChanges(plan.uploads, remote, manifest);
  const known = changes.filter((change) => change.certainty === 'known');
  if (known.length > 0 && !allow) throw new PlanError(immutableError(known.map((change) => change.key)));
  for (const change of changes) log.warning(immutableWarning(change));
}

function refuseInvalidKeys(plan: Plan): void {
  const problems = invalidKeys(plan.uploads.map((step) => step.key));
  if (problems.length > 0) {
    const list = problems
      .slice(0, 5)
      .map((p) => `${p.key.slice(0, 80)}… (${p.reason})`)
      .join('; ');
    throw new PlanError(`${problems.length} file(s) would get a key S3 refuses, nothing was uploaded: ${list}`);
  }
}
