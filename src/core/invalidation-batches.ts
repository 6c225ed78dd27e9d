/**
 * Splitting invalidation paths into CreateInvalidation batches, naming each batch idempotently, and
 * deciding which batches fit CloudFront's in-progress limits now. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { isWildcard } from './invalidation-paths.js';

/** Paths per CreateInvalidation request this action sends. */
const MAX_PATHS_PER_BATCH = 1000;

/**
 * In progress at one time per distribution (Developer Guide, "Concurrent invalidation request
 * maximum"): 3,000 file paths, and independently 15 wildcard paths.
 */
export interface InvalidationLimits {
  readonly filePaths: number;
  readonly wildcardPaths: number;
}
export const CLOUDFRONT_INVALIDATION_LIMITS: InvalidationLimits = { filePaths: 3000, wildcardPaths: 15 };

/**
 * Consecutive slices of at most maxPerBatch paths (and at most maxWildcardsPerBatch wildcards, so no
 * batch is one CloudFront could never accept), in input order: concatenated, they are the input.
 */
export function chunkPaths(
  paths: readonly string[],
  maxPerBatch = MAX_PATHS_PER_BATCH,
  maxWildcardsPerBatch = CLOUDFRONT_INVALIDATION_LIMITS.wildcardPaths,
): string[][] {
  if (!Number.isInteger(maxPerBatch) || maxPerBatch < 1)
    throw new Error(`maxPerBatch must be ≥ 1, got ${maxPerBatch}.`);
  if (!Number.isInteger(maxWildcardsPerBatch) || maxWildcardsPerBatch < 1) {
    throw new Error(`maxWildcardsPerBatch must be ≥ 1, got ${maxWildcardsPerBatch}.`);
  }
  const batches: string[][] = [];
  let batch: string[] = [];
  let wildcards = 0;
  for (const path of paths) {
    const wild = isWildcard(path);
    if (batch.length === maxPerBatch || (wild && wildcards === maxWildcardsPerBatch)) {
      batches.push(batch);
      batch = [];
      wildcards = 0;
    }
    batch.push(path);
    if (wild) wildcards++;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

export interface CallerReferenceParts {
  readonly runId: string;
  readonly runAttempt: string;
  readonly distributionId: string;
  readonly batchIndex: number;
  readonly paths: readonly string[];
}

/** We keep references this short; the API reference gives CallerReference no length limit. */
export const MAX_CALLER_REFERENCE_LENGTH = 128;

/**
 * 'scd-<runId>-<runAttempt>-<32 hex of SHA-256 over distribution id, batch index and paths>'.
 * Deterministic, so a retried CreateInvalidation (even after a lost response) sends the same
 * reference with the same paths and CloudFront returns the invalidation it already created instead of
 * creating another; any different content gives a different reference (the same reference with other
 * paths would be InvalidationBatchAlreadyExists). A new run attempt invalidates afresh.
 */
export function callerReference(parts: CallerReferenceParts): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([parts.distributionId, parts.batchIndex, parts.paths]))
    .digest('hex')
    .slice(0, 32);
  return `scd-${referencePart(parts.runId)}-${referencePart(parts.runAttempt)}-${digest}`;
}

/** Run ids are digits; anything else is reduced to [A-Za-z0-9_] and 40 characters (≤ 122 in all). */
function referencePart(value: string): string {
  return (value.replace(/[^A-Za-z0-9_]/g, '_') || '_').slice(0, 40);
}

/** How many file paths and wildcard paths an invalidation holds. */
export interface InvalidationLoad {
  readonly filePaths: number;
  readonly wildcardPaths: number;
}

export function loadOf(paths: readonly string[]): InvalidationLoad {
  const wildcardPaths = paths.filter(isWildcard).length;
  return { filePaths: paths.length - wildcardPaths, wildcardPaths };
}

/** Whether `batch` can be submitted while the `inProgress` invalidations run. */
export function fitsInProgress(
  batch: InvalidationLoad,
  inProgress: readonly InvalidationLoad[],
  limits: InvalidationLimits = CLOUDFRONT_INVALIDATION_LIMITS,
): boolean {
  const used = sumLoads(inProgress);
  return (
    used.filePaths + batch.filePaths <= limits.filePaths &&
    used.wildcardPaths + batch.wildcardPaths <= limits.wildcardPaths
  );
}

/**
 * How many of the pending batches, from the front, can be submitted now. Batches go in order (a big
 * batch is never overtaken by smaller ones behind it); 0 means wait for some in progress to finish.
 * Throws if the first pending batch could not fit even with nothing in progress.
 */
export function batchesThatFitNow(
  pending: readonly InvalidationLoad[],
  inProgress: readonly InvalidationLoad[],
  limits: InvalidationLimits = CLOUDFRONT_INVALIDATION_LIMITS,
): number {
  const first = pending[0];
  if (first !== undefined && !fitsInProgress(first, [], limits)) {
    throw new Error(
      `An invalidation batch of ${first.filePaths} file paths and ${first.wildcardPaths} wildcard paths can never ` +
        `run: CloudFront allows ${limits.filePaths} file paths and ${limits.wildcardPaths} wildcard paths in progress.`,
    );
  }
  const running = [...inProgress];
  let count = 0;
  for (const batch of pending) {
    if (!fitsInProgress(batch, running, limits)) break;
    running.push(batch);
    count++;
  }
  return count;
}

function sumLoads(loads: readonly InvalidationLoad[]): InvalidationLoad {
  let filePaths = 0;
  let wildcardPaths = 0;
  for (const load of loads) {
    filePaths += load.filePaths;
    wildcardPaths += load.wildcardPaths;
  }
  return { filePaths, wildcardPaths };
}
