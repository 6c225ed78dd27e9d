/**
 * runSite's release branch: the release deploy or the rollback, then only the invalidation paths
 * given explicitly (a switch needs none: the function puts the release id in every cache key).
 */
import type { CdnTarget } from '../core/invalidation-plan.js';
import { planInvalidation } from '../core/invalidation-plan.js';
import type { DistributionInvalidation } from '../core/outcome.js';
import { PlanError } from '../core/plan.js';
import { type LayerGate, servesLayers } from '../core/release-layers.js';
import { requireReleaseSetup, setupCommand, type ViewerRequestFunction } from '../core/release-setup.js';
import type { Cdn } from '../ports.js';
import { errorMessage } from '../util/errors.js';
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
  const { checkSetup, layerGate } = edgeChecks(release.storeArn, targets, deps.cdn);
  let outcome: ReleaseOutcome;
  try {
    outcome =
      release.rollback !== undefined
        ? await rollbackRelease(release, request.dryRun, { store, kvs, clock, log, checkSetup })
        : await deployRelease(
            { ...need(request.deploy, 'a deploy'), release, dryRun: request.dryRun, concurrency: request.concurrency },
            { store, kvs, source: deps.source, clock, log, checkSetup, layerGate },
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

const NO_DISTRIBUTION: LayerGate = {
  layers: false,
  why:
    'without distribution-id the action cannot check that the viewer-request function serves layered releases; ' +
    'give distribution-id to have small changes go up as layered releases (no copies)',
};

/**
 * Before the first write, read-only: each distribution given serves the site through a viewer-request
 * function associated with this store; otherwise a switch would change nothing a visitor sees. Then, for a
 * deploy, whether every such function serves layered releases (its LIVE code carries the marker): an older
 * one would answer 404 for every path a layered release leaves to its base.
 */
function edgeChecks(
  storeArn: string,
  targets: readonly CdnTarget[],
  cdn: Cdn | undefined,
): { checkSetup?: () => Promise<void>; layerGate: () => Promise<LayerGate> } {
  if (cdn === undefined || targets.length === 0) return { layerGate: async () => NO_DISTRIBUTION };
  const found: Array<{ distributionId: string; fn: ViewerRequestFunction }> = [];
  const checkSetup = async () => {
    found.length = 0;
    for (const { distributionId } of targets) {
      const fn = requireReleaseSetup(distributionId, storeArn, await cdn.viewerRequestFunction(distributionId));
      found.push({ distributionId, fn });
    }
  };
  const layerGate = async (): Promise<LayerGate> => {
    if (found.length === 0) await checkSetup();
    for (const { distributionId, fn } of found) {
      let code: string | undefined;
      try {
        code = await cdn.functionCode(fn.arn);
      } catch (error) {
        return { layers: false, why: `the code of function ${fn.name} could not be read (${errorMessage(error)})` };
      }
      if (code === undefined || !servesLayers(code)) {
        return {
          layers: false,
          why:
            `function ${fn.name} of distribution ${distributionId} predates layered releases; update it with ` +
            `\`${setupCommand(distributionId, storeArn)}\`, then small changes go up as layered releases (no copies)`,
        };
      }
    }
    return { layers: true };
  };
  return { checkSetup, layerGate };
}

function need<T>(port: T | undefined, what: string): T {
  if (port === undefined) throw new Error(`runSite needs ${what} for this request`);
  return port;
}
