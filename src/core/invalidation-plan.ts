/**
 * What one distribution will be asked to invalidate, as a value: changed keys and explicit paths →
 * paths (collapsed to the budget) → batches of ≤ 1000, each with its idempotent CallerReference.
 * Dry run, the log, the job summary and the tests read this, as they read the deploy plan. Pure.
 */
import { callerReference, chunkPaths, type InvalidationLoad, loadOf } from './invalidation-batches.js';
import { collapsePaths, pathsForKeys, relBelowOrigin } from './invalidation-paths.js';

export interface RunIdentity {
  readonly runId: string;
  readonly runAttempt: string;
}

/** A distribution and the origin path through which it sees the bucket. */
export interface CdnTarget {
  readonly distributionId: string;
  readonly originPath: string;
}

export interface InvalidationPlanInput {
  /** Full S3 keys uploaded or deleted. */
  readonly changedKeys: readonly string[];
  /** Already validated and encoded (config does that once). */
  readonly explicitPaths: readonly string[];
  readonly indexDocument: string;
  /** Budget of paths; more are collapsed into wildcards. */
  readonly maxPaths?: number | undefined;
  readonly run: RunIdentity;
}

export interface InvalidationBatch {
  /** 1-based. */
  readonly number: number;
  readonly paths: readonly string[];
  readonly reference: string;
  readonly load: InvalidationLoad;
}

export interface DistributionPlan {
  readonly distributionId: string;
  readonly originPath: string;
  readonly paths: readonly string[];
  /** Distinct paths before collapsing to the budget (equal to paths.length when nothing collapsed). */
  readonly pathsBeforeCollapse: number;
  readonly changedKeys: number;
  /** Changed keys this distribution does not serve (not below its origin path). */
  readonly unservedKeys: number;
  readonly batches: readonly InvalidationBatch[];
}

export function planInvalidation(target: CdnTarget, input: InvalidationPlanInput): DistributionPlan {
  const { distributionId, originPath } = target;
  const keyPaths = pathsForKeys(input.changedKeys, { originPath, indexDocument: input.indexDocument });
  const all = [...keyPaths, ...input.explicitPaths];
  // A budget of "all of them" only drops duplicates and paths that a wildcard covers.
  const unique = collapsePaths(all, Math.max(1, all.length));
  const budget = input.maxPaths ?? unique.length;
  const paths = unique.length > budget ? collapsePaths(unique, budget) : unique;
  const batches = chunkPaths(paths).map((batchPaths, index) => ({
    number: index + 1,
    paths: batchPaths,
    reference: callerReference({ ...input.run, distributionId, batchIndex: index, paths: batchPaths }),
    load: loadOf(batchPaths),
  }));
  return {
    distributionId,
    originPath,
    paths,
    pathsBeforeCollapse: unique.length,
    changedKeys: input.changedKeys.length,
    unservedKeys: input.changedKeys.filter((key) => relBelowOrigin(key, originPath) === undefined).length,
    batches,
  };
}
