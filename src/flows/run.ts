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
import type { Cdn, Clock, LocalSource, Log, ObjectStore } from '../ports.js';
import { withCacheTagNames } from './cache-tag-names.js';
import { type DeployOptions, deploy } from './deploy.js';
import { type DeployLock, deployLock } from './deploy-lock.js';
import { invalidate } from './invalidate.js';
import { owedLedger } from './owed-record.js';
import { startRemoteReads } from './plan-inputs.js';
import { type RemoveOptions, removeSite } from './remove.js';
import { resolveTargets } from './resolve-targets.js';

const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;

/** Set once for the whole run rather than per site. */
type RunWide = 'target' | 'dryRun' | 'concurrency';

export type DeployRequest = Omit<DeployOptions, RunWide> & {
  readonly bucket: string;
  /** Who deploys, as the deploy lock names it to another run. */
  readonly holder?: LockHolder;
  /** lock-timeout: how long to wait for another run's deploy lock (ms). */
  readonly lockTimeoutMs?: number;
  /** The cache-tag-header input: where cache tags are stored when no CacheTagConfig is read. */
  readonly cacheTagHeader?: string;
};
export type RemoveRequest = Omit<RemoveOptions, RunWide> & { readonly bucket: string };

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
  /** Publishes a deploy's preview (the pull request comment), the run's last step. */
  readonly preview?: ((result: SiteResult) => Promise<void>) | undefined;
}

export interface RunReport {
  site(result: SiteResult): void;
  invalidations(invalidations: readonly DistributionInvalidation[]): void;
  /** The plan was refused before anything was written (max-deletes, the immutability guard...): why, and the fix. */
  refused?(reason: string): void;
}

export interface RunOutcome {
  readonly site?: SiteResult;
  readonly invalidations?: readonly DistributionInvalidation[];
}

export async function runSite(request: RunRequest, deps: RunDeps): Promise<RunOutcome> {
  const { deploy } = request;
  const store = deploy && !request.dryRun ? need(deps.store, 'a store') : undefined;
  // Taken by the deploy only if its plan writes; held until the owed record is settled, also after a failure.
  const lock =
    deploy &&
    store &&
    deployLock(
      store,
      {
        key: lockKey(deploy.statePrefix ?? deploy.prefix),
        holder: deploy.holder ?? {},
        timeoutMs: deploy.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
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
  const reads = request.deploy && site && startRemoteReads(site.store, site.prefix, site.statePrefix);
  const cdn = request.cdn && { ...request.cdn, port: need(deps.cdn, 'a Cdn') };
  const targets: CdnTarget[] = cdn
    ? await log.group('CloudFront', () =>
        resolveTargets(
          { distributionIds: cdn.distributionIds, originPath: cdn.originPath, bucket: site?.bucket },
          { cdn: cdn.port, log },
        ),
      )
    : [];
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
        result = await removeSite({ ...request.remove, ...runWide }, { store, clock, log, owed: ledger });
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
