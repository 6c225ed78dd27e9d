/**
 * Retries as the AWS SDKs' "standard" mode does them: exponential backoff with full jitter capped
 * at 20 s, retries for 5xx, throttling and broken connections, a signing-clock correction for
 * RequestTimeTooSkewed, no retry for anything another attempt cannot fix, and a retry quota so a
 * dead endpoint fails fast. Idempotent calls get a larger budget (persistentRetryPolicy), bounded
 * by time as well as by attempts.
 */
import type { Clock } from '../ports.js';
import { errorCode } from '../util/errors.js';
import { AwsError } from './errors.js';
import type { RetryQuota } from './retry-quota.js';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly throttleBaseDelayMs: number;
  readonly maxBackoffMs: number;
  /** No retry starts (or sleeps) past this long after the first attempt began. */
  readonly maxElapsedMs?: number | undefined;
}

/** For calls that are not safe to repeat blindly, or that a person waits on (STS). */
export const standardRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  throttleBaseDelayMs: 500,
  maxBackoffMs: 20_000,
};

/**
 * For idempotent calls (PUT with Content-MD5, UploadPart, CompleteMultipartUpload, DeleteObjects,
 * GET, LIST, CreateInvalidation with a stable CallerReference): repeating them cannot do harm, and
 * at a 30% fault rate three attempts lose about one request in 40 (rclone retries 10 times).
 */
export const persistentRetryPolicy: RetryPolicy = {
  ...standardRetryPolicy,
  maxAttempts: 10,
  maxElapsedMs: 120_000,
};

export type FailureKind = 'transient' | 'throttle' | 'clockSkew' | 'fatal';

const THROTTLE_CODES = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestThrottled',
  'RequestThrottledException',
  'BandwidthLimitExceeded',
  'TooManyRequests',
]);

/** Failures where the request may or may not have reached the server. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EAI_AGAIN']);

const TRANSIENT_CODES = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'ServiceUnavailable',
  ...CONNECTION_CODES,
]);

const CLOCK_SKEW_CODES = new Set(['RequestTimeTooSkewed', 'RequestExpired', 'RequestInTheFuture']);

/** Fail fast: retrying cannot fix these. Checked first, whatever the status. */
const FATAL_CODES = new Set([
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'InvalidToken',
  'NoSuchBucket',
  'NoSuchDistribution',
  // 501: the server lacks the feature (s3rver has no ListMultipartUploads); no attempt will find it.
  'NotImplemented',
]);

export function classifyFailure(error: unknown): FailureKind {
  const code = errorCode(error);
  const status = error instanceof AwsError ? error.status : undefined;
  if (code !== undefined && FATAL_CODES.has(code)) return 'fatal';
  if (code !== undefined && CLOCK_SKEW_CODES.has(code)) {
    return error instanceof AwsError && error.serverTime !== undefined ? 'clockSkew' : 'fatal';
  }
  if ((code !== undefined && THROTTLE_CODES.has(code)) || status === 429) return 'throttle';
  if (code !== undefined && TRANSIENT_CODES.has(code)) return 'transient';
  if (status !== undefined && status >= 500) return 'transient';
  // An <Error> inside a 200 answer (CompleteMultipartUpload): S3 says to retry it, as for a 500.
  if (status !== undefined && status >= 200 && status < 300) return 'transient';
  return 'fatal';
}

/** True when the request may have taken effect although no answer arrived (a lost response). */
function isConnectionFailure(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && CONNECTION_CODES.has(code) && !(error instanceof AwsError && error.status !== undefined);
}

/** Full jitter: uniform in [0, min(cap, base * 2^(retry-1))). retry counts from 1. */
export function backoffDelayMs(
  retry: number,
  kind: 'transient' | 'throttle',
  random: () => number,
  policy: RetryPolicy = standardRetryPolicy,
): number {
  const base = kind === 'throttle' ? policy.throttleBaseDelayMs : policy.baseDelayMs;
  const ceiling = Math.min(policy.maxBackoffMs, base * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** The time requests are signed with: the local clock plus a correction learnt from the server. */
export class SigningClock {
  private offsetMs = 0;

  constructor(private readonly clock: Clock) {}

  now(): Date {
    return new Date(this.clock.now() + this.offsetMs);
  }

  /** Adopts the server's time (from its Date header) as the signing time from now on. */
  correctTo(serverTime: number): void {
    this.offsetMs = serverTime - this.clock.now();
  }
}

export interface RetryEvent {
  /** The retry about to happen, counting from 1 (attempt number retry + 1 follows). */
  readonly retry: number;
  /** The most retries the policy allows (maxAttempts - 1). */
  readonly maxRetries: number;
  readonly kind: FailureKind;
  readonly delayMs: number;
  readonly error: unknown;
}

export interface RetryOptions {
  readonly clock: Clock;
  readonly policy?: RetryPolicy | undefined;
  /** Which failures are worth another attempt; default classifyFailure (a service may know more codes). */
  readonly classify?: ((error: unknown) => FailureKind) | undefined;
  /** Clock time (ms) after which no retry starts or sleeps; tighter of this and policy.maxElapsedMs wins. */
  readonly deadline?: number | undefined;
  /** Aborting stops a backoff sleep at once and starts no further attempt. */
  readonly signal?: AbortSignal | undefined;
  /** Shared by every call of a client: retries spend from it, successes pay back. */
  readonly quota?: RetryQuota | undefined;
  readonly signingClock?: SigningClock | undefined;
  readonly random?: (() => number) | undefined;
  /** Told before each retry's sleep (log it here). May be async: the retry waits for it. */
  readonly onRetry?: ((event: RetryEvent) => void | Promise<void>) | undefined;
}

/**
 * Runs attempt(1), attempt(2)... until one succeeds, the failure is fatal, or the budget (attempts,
 * deadline, quota) is spent; then throws the last error.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const { clock, signal, quota } = options;
  const policy = options.policy ?? standardRetryPolicy;
  const random = options.random ?? Math.random;
  const maxElapsed = policy.maxElapsedMs === undefined ? Infinity : clock.now() + policy.maxElapsedMs;
  const deadline = Math.min(options.deadline ?? Infinity, maxElapsed);
  let spent = 0;
  for (let attemptNumber = 1; ; attemptNumber++) {
    signal?.throwIfAborted();
    try {
      const result = await attempt(attemptNumber);
      quota?.succeeded(spent);
      return result;
    } catch (error) {
      const kind = (options.classify ?? classifyFailure)(error);
      if (kind === 'fatal' || attemptNumber >= policy.maxAttempts || signal?.aborted === true) throw error;
      let delayMs = 0;
      if (kind === 'clockSkew') {
        if (options.signingClock === undefined || !(error instanceof AwsError) || error.serverTime === undefined)
          throw error;
        options.signingClock.correctTo(error.serverTime);
      } else {
        delayMs = backoffDelayMs(attemptNumber, kind, random, policy);
        if (clock.now() + delayMs > deadline) throw error;
        const cost = quota?.take(isConnectionFailure(error));
        if (cost === undefined && quota !== undefined) throw error;
        spent += cost ?? 0;
      }
      await options.onRetry?.({ retry: attemptNumber, maxRetries: policy.maxAttempts - 1, kind, delayMs, error });
      // Every backoff goes through the clock, even when the jitter drew 0 ms; a skew fix resends at once.
      if (kind !== 'clockSkew') await clock.sleep(delayMs, signal);
    }
  }
}

/** 'S3 PutObject www/app.js: SlowDown (HTTP 503), retry 2 of 9 in 340 ms' */
export function describeRetry(label: string, event: RetryEvent): string {
  const code = errorCode(event.error) ?? 'UnknownError';
  const status =
    event.error instanceof AwsError && event.error.status !== undefined ? ` (HTTP ${event.error.status})` : '';
  const when = event.kind === 'clockSkew' ? "at once with the server's time" : `in ${event.delayMs} ms`;
  return `${label}: ${code}${status}, retry ${event.retry} of ${event.maxRetries} ${when}`;
}
