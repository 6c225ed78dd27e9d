/**
 * One run, in order: the deploy's first reads go out, the CloudFront targets are resolved (a wrong
 * distribution fails before any write), the site is deployed or removed, CloudFront is asked to
 * forget what changed and what earlier runs still owe, the debt is settled, the preview is posted.
 * The shells (action/, cli/, through shell/run.ts) build the adapters and report; nothing here knows
 * GitHub or HTTP.
 */
import { type CdnTarget, planInvalidation, type RunIdentity } from '../core/invalidation-plan.js';
import { type LockHolder, lockKey } from '../core/lock.js';
import type { DistributionInvalidation, SiteResult } from '../core/outcome.js';
import { PlanError } from '../core/plan.js';
import type { Cdn, Clock, KeyValueStore, LocalSource, Log, ObjectStore } from '../ports.js';
import { withCacheTagNames } from './cache-tag-names.js';
import { type DeployOptions, deploy } from './deploy.js';
import { type DeployLock, deployLock } from './deploy-lock.js';
import { invalidate } from './invalidate.js';
import { owedLedger } from './owed-record.js';
import { startRemoteReads } from './plan-inputs.js';
import type { ReleaseOutcome } from './release.js';
import { runRelease } from './release-run.js';
import { type RemoveOptions, removeSite } from './remove.js';
import { resolveTargets } from './resolve-targets.js';

const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;

/** Set once for the whole run rather than per site. */
type RunWide = 'target' | 'dryRun' | 'concurrency';

/** What the deploy lock of a run that writes needs: a deploy's or a remove's. */
export interface LockedRequest {
  /** Who deploys, as the deploy lock names it to another run. */
  readonly holder?: LockHolder;
  /** lock-timeout: how long to wait for another run's deploy lock (ms). */
  readonly lockTimeoutMs?: number;
  /** The bucket is on AWS S3 itself, which honours conditional writes: the lock need not prove it. */
  readonly conditionalWritesKnown?: boolean;
}

export type DeployRequest = Omit<DeployOptions, RunWide> &
  LockedRequest & {
    readonly bucket: string;
    /** The cache-tag-header input: where cache tags are stored when no CacheTagConfig is read. */
    readonly cacheTagHeader?: string;
  };
export type RemoveRequest = Omit<RemoveOptions, RunWide> & LockedRequest & { readonly bucket: string };

/** Release mode (release-store): a deploy uploads a new release and switches to it; a rollback only switches. */
export interface ReleaseRequest {
  /** The CloudFront KeyValueStore ARN holding the pointers. */
  readonly storeArn: string;
  /** The site's name in the store: its keys are `<name>:live` and `<name>:previous`. */
  readonly name: string;
  readonly bucket: string;
  /** Normalized: '' or ending in '/'. The releases live under `<prefix>releases/`. */
  readonly prefix: string;
  /** The id a deployed release gets. */
  readonly id: string;
  /** Releases kept by the prune after a switch (the live and the previous one always); 0 keeps all. */
  readonly keep: number;
  /** 'previous' or a release id: switch to it, upload nothing. */
  readonly rollback?: string;
}

export interface CdnRequest {
  readonly distributionIds: readonly string[];
  /** Validated and encoded. */
  readonly explicitPaths: readonly string[];
  readonly wait: boolean;
  readonly waitTimeoutMs: number;
  readonly maxPaths?: number;
  readonly indexDocument: string;
  /** Overrides the OriginPath read from the distribution. */
  readonly originPath?: string;
  /** Names this run's CreateInvalidation requests (CallerReference): the same for a retried request. */
  readonly run: RunIdentity;
}

export interface RunRequest {
  /** A deploy of source-dir; absent for a cache purge and for remove. */
  readonly deploy?: DeployRequest;
  /** remove: true. Never together with deploy. */
  readonly remove?: RemoveRequest;
  /** Absent when no distribution is given or invalidate is false. */
  readonly cdn?: CdnRequest;
  /** release-store: deploy (with deploy) as a release, or roll back (without). Never with remove. */
  readonly release?: ReleaseRequest;
  readonly dryRun: boolean;
  readonly concurrency: number;
}

export interface RunDeps {
  /** The bucket's store: needed by a deploy or a remove. */
  readonly store?: ObjectStore | undefined;
  readonly source: LocalSource;
  /** Needed when the request has cdn. */
  readonly cdn?: Cdn | undefined;
  readonly clock: Clock;
  readonly log: Log;
  /** Told each result as soon as it is known, so a later failure still leaves it reported. */
  readonly report: RunReport;
  /** The store of the release pointers: needed by a request with release. */
  readonly kvs?: KeyValueStore | undefined;
  /** Publishes a deploy's preview (the pull request comment), the run's last step. */
  readonly preview?: ((result: SiteResult) => Promise<void>) | undefined;
}

export interface RunReport {
  site(result: SiteResult): void;
  invalidations(invalidations: readonly DistributionInvalidation[]): void;
  /** A release deploy or rollback switched (would switch, in a dry run). */
  release?(outcome: ReleaseOutcome): void;
  /** The plan was refused before anything was written (max-deletes, the immutability guard...): why, and the fix. */
  refused?(reason: string): void;
}

export interface RunOutcome {
  readonly site?: SiteResult;
  readonly release?: ReleaseOutcome;
  readonly invalidations?: readonly DistributionInvalidation[];
}

export async function runSite(request: RunRequest, deps: RunDeps): Promise<RunOutcome> {
  // A release deploy writes only its own new release; its switch is guarded by the store's ETag instead.
  const writer = request.release ? undefined : (request.deploy ?? request.remove);
  const store = writer && !request.dryRun ? need(deps.store, 'a store') : undefined;
  // Taken by the deploy only if its plan writes; held until the owed record is settled, also after a failure.
  const lock =
    writer &&
    store &&
    deployLock(
      store,
      {
        key: lockKey(writer.statePrefix ?? writer.prefix),
        holder: writer.holder ?? {},
        timeoutMs: writer.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
        conditionalWritesKnown: writer.conditionalWritesKnown ?? false,
      },
      deps,
    );
  try {
    return await runLocked(request, deps, lock);
  } finally {
    await lock?.release();
  }
}

async function runLocked(request: RunRequest, deps: RunDeps, lock: DeployLock | undefined): Promise<RunOutcome> {
  const { log, clock } = deps;
  const bucketSite = request.deploy ?? request.remove;
  const site = bucketSite && { ...bucketSite, store: need(deps.store, 'a store') };
  // The manifest and the listing are on their way while the CloudFront targets are resolved.
  const reads =
    request.deploy && site && !request.release
      ? startRemoteReads(site.store, site.prefix, site.statePrefix)
      : undefined;
  const cdn = request.cdn && { ...request.cdn, port: need(deps.cdn, 'a Cdn') };
  const targets: CdnTarget[] = cdn
    ? await log.group('CloudFront', () =>
        resolveTargets(
          { distributionIds: cdn.distributionIds, originPath: cdn.originPath, bucket: site?.bucket },
          { cdn: cdn.port, log },
        ),
      )
    : [];
  if (request.release) return runRelease(request, request.release, targets, deps);
  const owedTo = targets.map((target) => target.distributionId);
  const ledger =
    site &&
    owedLedger(site.store, { prefix: site.prefix, statePrefix: site.statePrefix, owedTo, dryRun: request.dryRun });

  let result: SiteResult | undefined;
  if (site && ledger) {
    const { store } = site;
    const runWide = { target: `s3://${site.bucket}/${site.prefix}`, dryRun: request.dryRun };
    try {
      if (request.remove) {
        result = await removeSite({ ...request.remove, ...runWide }, { store, clock, log, owed: ledger, lock });
      } else if (request.deploy) {
        const tagged = withCacheTagNames(request.deploy, targets, log);
        const options = { ...tagged, ...runWide, concurrency: request.concurrency };
        const deployDeps = { store, source: deps.source, clock, log, owed: ledger, remoteReads: reads, lock };
        result = await deploy(options, deployDeps);
      }
    } catch (error) {
      if (error instanceof PlanError) deps.report.refused?.(error.message);
      throw error;
    }
    if (result) deps.report.site(result);
  }

  let invalidations: DistributionInvalidation[] | undefined;
  if (cdn) {
    const changedKeys = result?.changedKeys ?? [];
    const plans = targets.map((target) =>
      planInvalidation(target, {
        ...cdn,
        changedKeys: ledger?.keysFor(target.distributionId, changedKeys) ?? [],
        servedTags: result?.servedTags,
      }),
    );
    const options = { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: request.dryRun };
    invalidations = await log.group('Invalidate', () => invalidate(plans, options, { cdn: cdn.port, clock, log }));
    deps.report.invalidations(invalidations);
    // Only now, with every CreateInvalidation answered, is the debt paid.
    await ledger?.settle();
  }

  const { preview } = deps;
  const deployed = request.deploy && result;
  if (preview && deployed) await log.group('Preview', () => preview(deployed));
  return { ...(result && { site: result }), ...(invalidations && { invalidations }) };
}

function need<T>(port: T | undefined, what: string): T {
  if (port === undefined) throw new Error(`runSite needs ${what} for this request`);
  return port;
}
