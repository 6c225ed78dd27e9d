/**
 * Makes CloudFront serve the new version: changed keys + explicit paths → paths per distribution →
 * batches of ≤ 1000 → submitted as CloudFront's in-progress limits allow → optionally waited for.
 * Written against the Cdn and Clock ports; nothing here knows about GitHub Actions or HTTP.
 */
import {
  batchesThatFitNow,
  callerReference,
  chunkPaths,
  CLOUDFRONT_INVALIDATION_LIMITS,
  type InvalidationLimits,
  type InvalidationLoad,
  loadOf,
} from './core/invalidation-batches.js';
import { collapsePaths, pathsForKeys, validateUserPath } from './core/invalidation-paths.js';
import type { Cdn, CdnInvalidation, Clock } from './ports.js';
import { errorCode, errorMessage } from './util/errors.js';

export interface InvalidateInput {
  readonly distributionIds: readonly string[];
  /** Full S3 keys uploaded or deleted by the sync. */
  readonly changedKeys: readonly string[];
  /** Paths the user asked for, as typed; all are validated before any request. */
  readonly explicitPaths: readonly string[];
  /** The deploy's key prefix ('' or ending in '/'), to explain keys no distribution serves. */
  readonly keyPrefix: string;
  /** Overrides the origin path; when absent it is read with GetDistribution (needs `bucket`). */
  readonly originPath?: string;
  readonly bucket?: string;
  readonly indexDocument: string;
  /** Budget of paths per distribution; more are collapsed into wildcards. */
  readonly maxPaths?: number;
  readonly wait: boolean;
  /** Work out and report the paths (GetDistribution is read-only), submit nothing. */
  readonly dryRun?: boolean;
  /** Bounds everything: retries, waiting for capacity and waiting for completion. */
  readonly waitTimeoutMs: number;
  readonly run: { readonly runId: string; readonly runAttempt: string };
}

export interface InvalidationReporter {
  info(message: string): void;
  warning(message: string): void;
}

/** Backoff between polls and between CreateInvalidation retries: first, ×1.5 each time, up to max. */
export interface PollDelays {
  readonly firstMs: number;
  readonly maxMs: number;
}
export const DEFAULT_POLL_DELAYS: PollDelays = { firstMs: 2500, maxMs: 30_000 };

export interface InvalidateDeps {
  readonly cdn: Cdn;
  readonly clock: Clock;
  readonly reporter: InvalidationReporter;
  readonly pollDelays?: PollDelays;
  readonly limits?: InvalidationLimits;
}

export interface DistributionInvalidation {
  readonly distributionId: string;
  readonly paths: readonly string[];
  readonly invalidationIds: readonly string[];
  /** 'InProgress' only when not waiting and some batch had not completed yet; 'None' when nothing was submitted. */
  readonly status: 'Completed' | 'InProgress' | 'None';
}

export interface UnfinishedInvalidations {
  readonly distributionId: string;
  readonly inProgressIds: readonly string[];
  readonly unsubmittedBatches: number;
}

export class InvalidationTimeoutError extends Error {
  override name = 'InvalidationTimeoutError';
  constructor(
    readonly unfinished: readonly UnfinishedInvalidations[],
    timeoutMs: number,
  ) {
    const parts = unfinished.map(({ distributionId, inProgressIds, unsubmittedBatches }) => {
      const running = inProgressIds.length > 0 ? `${inProgressIds.join(', ')} still in progress` : '';
      const waiting = unsubmittedBatches > 0 ? `${unsubmittedBatches} batch(es) not submitted yet` : '';
      return `distribution ${distributionId}: ${[running, waiting].filter(Boolean).join('; ')}`;
    });
    super(
      `CloudFront invalidations did not finish within the wait timeout (${Math.round(timeoutMs / 1000)} s): ` +
        `${parts.join('. ')}. They keep running in CloudFront; raise the wait timeout or turn off waiting.`,
    );
  }
}

interface Batch {
  readonly number: number;
  readonly paths: readonly string[];
  readonly reference: string;
  readonly load: InvalidationLoad;
  id?: string;
}

interface DistributionPlan {
  readonly distributionId: string;
  readonly paths: readonly string[];
  readonly batches: readonly Batch[];
}

interface Context {
  readonly input: InvalidateInput;
  readonly deps: InvalidateDeps;
  readonly deadline: number;
  readonly delays: PollDelays;
  readonly limits: InvalidationLimits;
  /** Set by the first distribution that fails for good, so the others stop at their next step. */
  failure?: unknown;
}

class Cancelled extends Error {}

export async function invalidate(input: InvalidateInput, deps: InvalidateDeps): Promise<DistributionInvalidation[]> {
  const explicit = input.explicitPaths.map(validateUserPath);
  if (input.maxPaths !== undefined && (!Number.isInteger(input.maxPaths) || input.maxPaths < 1)) {
    throw new Error(`The invalidation path budget must be a whole number of at least 1, got ${input.maxPaths}.`);
  }
  const ctx: Context = {
    input,
    deps,
    deadline: deps.clock.now() + input.waitTimeoutMs,
    delays: deps.pollDelays ?? DEFAULT_POLL_DELAYS,
    limits: deps.limits ?? CLOUDFRONT_INVALIDATION_LIMITS,
  };
  // Planned one after another before anything is submitted: a wrong distribution id fails here.
  const plans: DistributionPlan[] = [];
  for (const distributionId of new Set(input.distributionIds)) plans.push(await planDistribution(distributionId, explicit, ctx));
  if (input.dryRun === true) {
    for (const plan of plans) {
      deps.reporter.info(`${plan.distributionId}: would invalidate ${plan.paths.length} path(s) in ${plan.batches.length} batch(es):`);
      for (const path of plan.paths) deps.reporter.info(`  ${path}`);
    }
    return plans.map(({ distributionId, paths }) => ({ distributionId, paths, invalidationIds: [], status: 'None' }));
  }

  const settled = await Promise.allSettled(
    plans.map((plan) =>
      runDistribution(plan, ctx).catch((error: unknown) => {
        if (!(error instanceof InvalidationTimeoutError)) ctx.failure ??= error;
        throw error;
      }),
    ),
  );
  if (ctx.failure !== undefined) throw ctx.failure;
  const timeouts = settled.flatMap((s) => (s.status === 'rejected' && s.reason instanceof InvalidationTimeoutError ? [s.reason] : []));
  if (timeouts.length > 0) throw new InvalidationTimeoutError(timeouts.flatMap((t) => t.unfinished), input.waitTimeoutMs);
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
}

async function planDistribution(distributionId: string, explicit: readonly string[], ctx: Context): Promise<DistributionPlan> {
  const { input } = ctx;
  let keyPaths: string[] = [];
  if (input.changedKeys.length > 0) {
    const originPath = await resolveOriginPath(distributionId, ctx);
    keyPaths = pathsForKeys(input.changedKeys, { originPath, indexDocument: input.indexDocument });
    if (keyPaths.length === 0) {
      ctx.deps.reporter.warning(
        `${distributionId}: none of the ${input.changedKeys.length} changed key(s) under "${input.keyPrefix}" is ` +
          `below the origin path "${originPath}", so this distribution does not serve them.`,
      );
    }
  }
  const all = [...keyPaths, ...explicit];
  // A budget of "all of them" only drops duplicates and paths that a wildcard covers.
  const unique = collapsePaths(all, Math.max(1, all.length));
  const budget = input.maxPaths ?? unique.length;
  const paths = unique.length > budget ? collapsePaths(unique, budget) : unique;
  if (paths !== unique) {
    ctx.deps.reporter.info(`${distributionId}: ${unique.length} paths collapsed into ${paths.length} wildcard-covering paths (max ${budget}).`);
  }
  const { runId, runAttempt } = input.run;
  const batches = chunkPaths(paths).map((batchPaths, index) => ({
    number: index + 1,
    paths: batchPaths,
    reference: callerReference({ runId, runAttempt, distributionId, batchIndex: index, paths: batchPaths }),
    load: loadOf(batchPaths),
  }));
  return { distributionId, paths, batches };
}

/** The origin path of the origin serving `bucket`, read from the distribution unless given. */
async function resolveOriginPath(distributionId: string, ctx: Context): Promise<string> {
  const { input, deps } = ctx;
  if (input.originPath !== undefined) return input.originPath;
  if (input.bucket === undefined) {
    deps.reporter.warning(`${distributionId}: no bucket to look for among its origins; keys map to paths with origin path "".`);
    return '';
  }
  const { origins } = await deps.cdn.getDistribution(distributionId);
  const matching = origins.filter((origin) => origin.domainName.startsWith(`${input.bucket}.`));
  const origin = matching[0];
  if (origin === undefined) {
    const seen = origins.map((o) => o.domainName).join(', ') || 'none';
    deps.reporter.warning(
      `${distributionId}: no origin points at bucket "${input.bucket}" (origins: ${seen}); ` +
        'keys map to paths with origin path "". Set the origin path explicitly if that is wrong.',
    );
    return '';
  }
  if (new Set(matching.map((o) => o.originPath)).size > 1) {
    deps.reporter.warning(`${distributionId}: several origins point at bucket "${input.bucket}"; using origin ${origin.id}.`);
  }
  deps.reporter.info(`${distributionId}: origin ${origin.id} has origin path "${origin.originPath}".`);
  return origin.originPath;
}

async function runDistribution(plan: DistributionPlan, ctx: Context): Promise<DistributionInvalidation> {
  const { distributionId, batches } = plan;
  if (batches.length === 0) ctx.deps.reporter.info(`${distributionId}: nothing to invalidate.`);
  const pending = [...batches];
  const running: Batch[] = [];
  const progress: Progress = { distributionId, total: batches.length, pending, running };
  // Kept across capacity waits, so retrying against invalidations of others slows down too.
  const capacityDelay = backoff(ctx.delays);

  while (pending.length > 0) {
    let room = batchesThatFitNow(pending.map((b) => b.load), running.map((b) => b.load), ctx.limits);
    while (room > 0 && pending[0] !== undefined) {
      const batch = pending[0];
      const created = await createPersistently(distributionId, batch, batches.length, ctx);
      if (created === 'no-capacity') break;
      batch.id = created.id;
      pending.shift();
      room--;
      if (created.status !== 'Completed') running.push(batch);
      ctx.deps.reporter.info(
        `${distributionId}: batch ${batch.number} of ${batches.length} (${batch.paths.length} paths) is invalidation ${created.id} (${created.status}).`,
      );
    }
    if (pending.length === 0) break;
    ctx.deps.reporter.info(
      `${distributionId}: ${pending.length} batch(es) wait for earlier invalidations to finish ` +
        '(CloudFront limits the paths in progress per distribution).',
    );
    await pollUntil('one finished', progress, ctx, capacityDelay);
  }
  if (ctx.input.wait) await pollUntil('all finished', progress, ctx);
  return {
    distributionId,
    paths: plan.paths,
    invalidationIds: batches.map((b) => b.id ?? ''),
    status: batches.length === 0 ? 'None' : running.length === 0 ? 'Completed' : 'InProgress',
  };
}

interface Progress {
  readonly distributionId: string;
  readonly total: number;
  readonly pending: readonly Batch[];
  /** Submitted and not yet seen Completed; polling removes the completed ones. */
  readonly running: Batch[];
}

/**
 * Sleeps and polls the running batches with a growing delay until one or all of them completed.
 * With none of ours running (the capacity is taken by invalidations of others), one sleep is all.
 */
async function pollUntil(
  goal: 'one finished' | 'all finished',
  progress: Progress,
  ctx: Context,
  nextDelay = backoff(ctx.delays),
): Promise<void> {
  const { distributionId, running } = progress;
  const { clock, reporter } = ctx.deps;
  const startCount = running.length;
  const finished = () => (goal === 'all finished' ? running.length === 0 : running.length < startCount || startCount === 0);
  if (goal === 'all finished' && finished()) return;
  do {
    checkCancelled(ctx);
    const left = ctx.deadline - clock.now();
    if (left <= 0) throw timeout(progress, ctx);
    await clock.sleep(Math.min(nextDelay(), left));
    for (const batch of [...running]) {
      checkCancelled(ctx);
      const state = await pollOnce(distributionId, batch, ctx);
      if (state?.status === 'Completed') running.splice(running.indexOf(batch), 1);
    }
    if (startCount > 0) {
      const done = progress.total - progress.pending.length - running.length;
      const waiting = running.map((b) => b.id).join(', ');
      reporter.info(
        `${distributionId}: ${done} of ${progress.total} invalidation(s) completed` + (waiting ? `; in progress: ${waiting}.` : '.'),
      );
    }
  } while (!finished());
}

/** One GetInvalidation; a transient failure is reported and answers undefined (poll again later). */
async function pollOnce(distributionId: string, batch: Batch, ctx: Context): Promise<CdnInvalidation | undefined> {
  try {
    return await ctx.deps.cdn.getInvalidation(distributionId, batch.id ?? '');
  } catch (error) {
    if (!ctx.deps.cdn.isTransient(error)) throw error;
    ctx.deps.reporter.warning(`${distributionId}: checking invalidation ${batch.id} failed, will check again: ${errorMessage(error)}`);
    return undefined;
  }
}

/**
 * CreateInvalidation until it answers, within the deadline. Retrying is safe: the same
 * CallerReference with the same paths returns the invalidation already created, never a second one.
 */
async function createPersistently(
  distributionId: string,
  batch: Batch,
  total: number,
  ctx: Context,
): Promise<CdnInvalidation | 'no-capacity'> {
  const { cdn, clock, reporter } = ctx.deps;
  const nextDelay = backoff(ctx.delays);
  for (;;) {
    checkCancelled(ctx);
    try {
      return await cdn.createInvalidation(distributionId, batch.paths, batch.reference);
    } catch (error) {
      if (errorCode(error) === 'TooManyInvalidationsInProgress') return 'no-capacity';
      if (!cdn.isTransient(error)) throw error;
      const delay = nextDelay();
      if (clock.now() + delay > ctx.deadline) {
        throw new Error(
          `CloudFront CreateInvalidation for distribution ${distributionId} (batch ${batch.number} of ${total}) ` +
            `kept failing until the wait timeout ran out: ${errorMessage(error)}`,
          { cause: error },
        );
      }
      reporter.warning(
        `${distributionId}: submitting batch ${batch.number} of ${total} failed, retrying in ${formatSeconds(delay)} ` +
          `with the same CallerReference: ${errorMessage(error)}`,
      );
      await clock.sleep(delay);
    }
  }
}

function timeout(progress: Progress, ctx: Context): InvalidationTimeoutError {
  const unfinished: UnfinishedInvalidations = {
    distributionId: progress.distributionId,
    inProgressIds: progress.running.map((b) => b.id ?? ''),
    unsubmittedBatches: progress.pending.length,
  };
  return new InvalidationTimeoutError([unfinished], ctx.input.waitTimeoutMs);
}

function checkCancelled(ctx: Context): void {
  if (ctx.failure !== undefined) throw new Cancelled('another distribution failed');
}

function backoff({ firstMs, maxMs }: PollDelays): () => number {
  let next = firstMs;
  return () => {
    const delay = next;
    next = Math.min(maxMs, Math.round(next * 1.5));
    return delay;
  };
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
