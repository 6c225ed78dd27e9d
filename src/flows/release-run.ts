/**
 * runSite's release branch: the release deploy or the rollback, then only the invalidation paths
 * given explicitly (a switch needs none: the function puts the release id in every cache key).
 */
import type { CdnTarget } from '../core/invalidation-plan.js';
import { planInvalidation } from '../core/invalidation-plan.js';
import type { DistributionInvalidation } from '../core/outcome.js';
import { PlanError } from '../core/plan.js';
import { requireReleaseSetup } from '../core/release-setup.js';
import type { Cdn } from '../ports.js';
import { invalidate } from './invalidate.js';
import { deployRelease, type ReleaseOutcome } from './release.js';
import { rollbackRelease } from './release-rollback.js';
import type { ReleaseRequest, RunDeps, RunRequest } from './run.js';

export async function runRelease(
  request: RunRequest,
  release: ReleaseRequest,
  targets: readonly CdnTarget[],
  deps: RunDeps,
): Promise<{ release: ReleaseOutcome; invalidations?: DistributionInvalidation[] }> {
  const { log, clock } = deps;
  const store = need(deps.store, 'a store');
  const kvs = need(deps.kvs, 'a KeyValueStore');
  const checkSetup = setupCheck(release.storeArn, targets, deps.cdn);
  let outcome: ReleaseOutcome;
  try {
    outcome =
      release.rollback !== undefined
        ? await rollbackRelease(release, request.dryRun, { store, kvs, clock, log, checkSetup })
        : await deployRelease(
            { ...need(request.deploy, 'a deploy'), release, dryRun: request.dryRun, concurrency: request.concurrency },
            { store, kvs, source: deps.source, clock, log, checkSetup },
          );
  } catch (error) {
    if (error instanceof PlanError) deps.report.refused?.(error.message);
    throw error;
  }
  deps.report.release?.(outcome);
  const { cdn } = request;
  if (cdn === undefined || cdn.explicitPaths.length === 0) {
    if (cdn !== undefined) log.info('No invalidation: switching releases changes every cache key.');
    return { release: outcome };
  }
  const port: Cdn = need(deps.cdn, 'a Cdn');
  const plans = targets.map((target) => planInvalidation(target, { ...cdn, changedKeys: [] }));
  const options = { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: request.dryRun };
  const invalidations = await log.group('Invalidate', () => invalidate(plans, options, { cdn: port, clock, log }));
  deps.report.invalidations(invalidations);
  return { release: outcome, invalidations };
}

/**
 * Before the first write, read-only: each distribution given serves the site through a viewer-request
 * function associated with this store; otherwise a switch would change nothing a visitor sees.
 */
function setupCheck(
  storeArn: string,
  targets: readonly CdnTarget[],
  cdn: Cdn | undefined,
): (() => Promise<void>) | undefined {
  if (cdn === undefined || targets.length === 0) return undefined;
  return async () => {
    for (const { distributionId } of targets) {
      requireReleaseSetup(distributionId, storeArn, await cdn.viewerRequestFunction(distributionId));
    }
  };
}

function need<T>(port: T | undefined, what: string): T {
  if (port === undefined) throw new Error(`runSite needs ${what} for this request`);
  return port;
}
