/**
 * Makes CloudFront serve the new version: submits the planned batches of every distribution as
 * CloudFront's in-progress limits allow, and optionally waits for them. Written against the Cdn, Clock and Log ports; nothing here knows about
 * GitHub Actions or HTTP.
 */
import {
  batchesThatFitNow,
  CLOUDFRONT_INVALIDATION_LIMITS,
  type InvalidationLimits,
} from '../core/invalidation-batches.js';
import type { DistributionPlan, InvalidationBatch } from '../core/invalidation-plan.js';
import type { DistributionInvalidation } from '../core/outcome.js';
import { planNotes, wouldInvalidateLines } from '../core/wording.js';
import type { Cdn, CdnInvalidation, Clock, Log } from '../ports.js';
import { errorCode, errorMessage } from '../util/errors.js';

export interface SubmitOptions {
  readonly wait: boolean;
  /** Report the plans (GetDistribution is read-only), submit nothing. */
  readonly dryRun: boolean;
  /** Bounds everything: retries, waiting for capacity and waiting for completion. */
  readonly waitTimeoutMs: number;
}

/** Backoff between polls and between CreateInvalidation retries: first, ×1.5 each time, up to max. */
export interface PollDelays {
  readonly firstMs: number;
  readonly maxMs: number;
}
const DEFAULT_POLL_DELAYS: PollDelays = { firstMs: 2500, maxMs: 30_000 };

export interface InvalidateDeps {
  readonly cdn: Cdn;
  readonly clock: Clock;
  readonly log: Log;
  readonly pollDelays?: PollDelays | undefined;
  readonly limits?: InvalidationLimits | undefined;
}

interface Batch extends InvalidationBatch {
  id?: string;
}

interface Context {
  readonly options: SubmitOptions;
  readonly deps: InvalidateDeps;
  readonly deadline: number;
  readonly delays: PollDelays;
  readonly limits: InvalidationLimits;
  /** Aborted by the first distribution that fails for good, so the others stop at once. */
  readonly signal: AbortSignal;
}

/** Submits every plan (all distributions at once), or in a dry run only reports them. */
export async function invalidate(
  plans: readonly DistributionPlan[],
  options: SubmitOptions,
  deps: InvalidateDeps,
): Promise<DistributionInvalidation[]> {
  for (const note of plans.flatMap(planNotes)) deps.log[note.level](note.text);
  if (options.dryRun) {
    for (const line of plans.flatMap(wouldInvalidateLines)) deps.log.info(line);
    return plans.map(({ distributionId, paths, tags }) => ({
      distributionId,
      paths,
      invalidationIds: [],
      status: 'None',
      ...(tags.length > 0 && { tags }),
    }));
  }

  const stop = new AbortController();
  const ctx: Context = {
    options,
    deps,
    deadline: deps.clock.now() + options.waitTimeoutMs,
    delays: deps.pollDelays ?? DEFAULT_POLL_DELAYS,
    limits: deps.limits ?? CLOUDFRONT_INVALIDATION_LIMITS,
    signal: stop.signal,
  };
  let failure: unknown;
  const settled = await Promise.allSettled(
    plans.map((plan) =>
      runDistribution(plan, ctx).catch((error: unknown) => {
        if (!(error instanceof InvalidationTimeoutError) && failure === undefined) {
          failure = error;
          stop.abort(error);
        }
        throw error;
      }),
    ),
  );
  if (failure !== undefined) throw failure;
  const timeouts = settled.flatMap((s) =>
    s.status === 'rejected' && s.reason instanceof InvalidationTimeoutError ? [s.reason] : [],
  );
  if (timeouts.length > 0)
    throw new InvalidationTimeoutError(
      timeouts.flatMap((t) => t.unfinished),
      options.waitTimeoutMs,
    );
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
}

async function runDistribution(plan: DistributionPlan, ctx: Context): Promise<DistributionInvalidation> {
  const { distributionId } = plan;
  const batches: Batch[] = plan.batches.map((batch) => ({ ...batch }));
  if (batches.length === 0) ctx.deps.log.info(`${distributionId}: nothing to invalidate.`);
  const pending = [...batches];
  const running: Batch[] = [];
  const progress: DistributionProgress = { distributionId, total: batches.length, pending, running };
  // Kept across capacity waits, so retrying against invalidations of others slows down too.
  const capacityDelay = backoff(ctx.delays);

  while (pending.length > 0) {
    let room = batchesThatFitNow(
      pending.map((b) => b.load),
      running.map((b) => b.load),
      ctx.limits,
    );
    while (room > 0 && pending[0] !== undefined) {
      const batch = pending[0];
      const created = await submitBatch(distributionId, batch, batches.length, ctx);
      if (created === 'no-capacity') break;
      batch.id = created.id;
      pending.shift();
      room--;
      if (created.status !== 'Completed') running.push(batch);
      ctx.deps.log.info(
        `${distributionId}: batch ${batch.number} of ${batches.length} (${batch.paths.length} paths) is invalidation ${created.id} (${created.status}).`,
      );
    }
    if (pending.length === 0) break;
    ctx.deps.log.info(
      `${distributionId}: ${pending.length} batch(es) wait for earlier invalidations to finish ` +
        '(CloudFront limits the paths in progress per distribution).',
    );
    await pollUntil('one finished', progress, ctx, capacityDelay);
  }
  if (ctx.options.wait) await pollUntil('all finished', progress, ctx);
  return {
    distributionId,
    paths: plan.paths,
    invalidationIds: batches.map((b) => b.id ?? ''),
    status: batches.length === 0 ? 'None' : running.length === 0 ? 'Completed' : 'InProgress',
    ...(plan.tags.length > 0 && { tags: plan.tags }),
  };
}

interface DistributionProgress {
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
  progress: DistributionProgress,
  ctx: Context,
  nextDelay = backoff(ctx.delays),
): Promise<void> {
  const { distributionId, running } = progress;
  const { clock, log } = ctx.deps;
  const startCount = running.length;
  const finished = () =>
    goal === 'all finished' ? running.length === 0 : running.length < startCount || startCount === 0;
  if (goal === 'all finished' && finished()) return;
  do {
    ctx.signal.throwIfAborted();
    const left = ctx.deadline - clock.now();
    if (left <= 0) throw timeout(progress, ctx);
    await clock.sleep(Math.min(nextDelay(), left), ctx.signal);
    for (const batch of [...running]) {
      ctx.signal.throwIfAborted();
      const state = await pollOnce(distributionId, batch, ctx);
      if (state?.status === 'Completed') running.splice(running.indexOf(batch), 1);
    }
    if (startCount > 0) {
      const done = progress.total - progress.pending.length - running.length;
      const waiting = running.map((b) => b.id).join(', ');
      log.info(
        `${distributionId}: ${done} of ${progress.total} invalidation(s) completed` +
          (waiting ? `; in progress: ${waiting}.` : '.'),
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
    ctx.deps.log.warning(
      `${distributionId}: checking invalidation ${batch.id} failed, will check again: ${errorMessage(error)}`,
    );
    return undefined;
  }
}

/**
 * CreateInvalidation until it answers, within the deadline. Retrying is safe: the same
 * CallerReference with the same paths returns the invalidation already created, never a second one.
 */
async function submitBatch(
  distributionId: string,
  batch: Batch,
  total: number,
  ctx: Context,
): Promise<CdnInvalidation | 'no-capacity'> {
  const { cdn, clock, log } = ctx.deps;
  const nextDelay = backoff(ctx.delays);
  for (;;) {
    ctx.signal.throwIfAborted();
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
      log.warning(
        `${distributionId}: submitting batch ${batch.number} of ${total} failed, retrying in ${formatDelay(delay)} ` +
          `with the same CallerReference: ${errorMessage(error)}`,
      );
      await clock.sleep(delay, ctx.signal);
    }
  }
}

function timeout(progress: DistributionProgress, ctx: Context): InvalidationTimeoutError {
  const unfinished: UnfinishedInvalidations = {
    distributionId: progress.distributionId,
    inProgressIds: progress.running.map((b) => b.id ?? ''),
    unsubmittedBatches: progress.pending.length,
  };
  return new InvalidationTimeoutError([unfinished], ctx.options.waitTimeoutMs);
}

function backoff({ firstMs, maxMs }: PollDelays): () => number {
  let next = firstMs;
  return () => {
    const delay = next;
    next = Math.min(maxMs, Math.round(next * 1.5));
    return delay;
  };
}

function formatDelay(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** The one failure of the invalidation flow that leaves work running in CloudFront: waiting ran out. */
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
