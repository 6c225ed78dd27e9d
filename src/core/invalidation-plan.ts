/**
 * What one distribution will be asked to invalidate, as a value: changed keys and explicit paths →
 * paths (collapsed to the budget) → batches of ≤ 1000, each with its idempotent CallerReference.
 * Dry run, the log, the job summary and the tests read this, as they read the deploy plan. Pure.
 */
import { callerReference, chunkPaths, type InvalidationLoad, loadOf } from './invalidation-batches.js';
import { collapsePaths, isTagItem, pathsForKeys, relBelowOrigin } from './invalidation-paths.js';
import { preferTags, type TagChoice } from './invalidation-tags.js';

export interface RunIdentity {
  readonly runId: string;
  readonly runAttempt: string;
}

/** A distribution and the origin path through which it sees the bucket. */
export interface CdnTarget {
  readonly distributionId: string;
  readonly originPath: string;
  /** CacheTagConfig.HeaderName, when GetDistribution was read and the distribution has one. */
  readonly cacheTagHeader?: string;
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
  /** Full key → cache tags of the version CloudFront may hold (see invalidation-tags.ts). */
  readonly servedTags?: ReadonlyMap<string, readonly string[]> | undefined;
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
  /** Tags that replaced changed keys' paths to fit the budget. */
  readonly tags: readonly TagChoice[];
  readonly changedKeys: number;
  /** Changed keys this distribution does not serve (not below its origin path). */
  readonly unservedKeys: number;
  readonly batches: readonly InvalidationBatch[];
}

export function planInvalidation(target: CdnTarget, input: InvalidationPlanInput): DistributionPlan {
  const { distributionId, originPath } = target;
  const options = { originPath, indexDocument: input.indexDocument };
  const keyPaths = pathsForKeys(input.changedKeys, options);
  // '#tag' items are never collapsed: they only take their place in the budget.
  const explicitTags = input.explicitPaths.filter(isTagItem);
  const explicit = input.explicitPaths.filter((path) => !isTagItem(path));
  const all = [...keyPaths, ...explicit];
  // A budget of "all of them" only drops duplicates and paths that a wildcard covers.
  const unique = collapsePaths(all, Math.max(1, all.length));
  const budget = Math.max(1, (input.maxPaths ?? unique.length + explicitTags.length) - explicitTags.length);
  const chosen =
    unique.length > budget && input.servedTags !== undefined && input.servedTags.size > 0
      ? preferTags({
          keyPaths: new Map(input.changedKeys.map((key) => [key, pathsForKeys([key], options)])),
          fixed: explicit,
          served: input.servedTags,
          budget,
        })
      : { tags: [], paths: unique };
  const rest = collapsePaths(chosen.paths, Math.max(1, chosen.paths.length));
  const pathBudget = Math.max(1, budget - chosen.tags.length);
  const tagItems = [...new Set([...explicitTags, ...chosen.tags.map((choice) => `#${choice.tag}`)])];
  const paths = [...(rest.length > pathBudget ? collapsePaths(rest, pathBudget) : rest), ...tagItems];
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
    pathsBeforeCollapse: unique.length + explicitTags.length,
    tags: chosen.tags,
    changedKeys: input.changedKeys.length,
    unservedKeys: input.changedKeys.filter((key) => relBelowOrigin(key, originPath) === undefined).length,
    batches,
  };
}
