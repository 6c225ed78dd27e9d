/**
 * The AWS "standard" retry policy: 3 attempts, exponential backoff with full jitter capped at
 * 20 s, retries for 5xx, throttling and broken connections, a signing-clock correction for
 * RequestTimeTooSkewed, and no retry for anything that another attempt cannot fix.
 */
import type { Clock } from '../ports.js';
import { errorCode } from '../util/errors.js';
import { AwsError } from './errors.js';

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly throttleBaseDelayMs: number;
  readonly maxBackoffMs: number;
}

export const standardRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  throttleBaseDelayMs: 500,
  maxBackoffMs: 20_000,
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

const TRANSIENT_CODES = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'ServiceUnavailable',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EAI_AGAIN',
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
  return 'fatal';
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

  get correctionMs(): number {
    return this.offsetMs;
  }
}

export interface RetryEvent {
  readonly attempt: number;
  readonly kind: FailureKind;
  readonly delayMs: number;
  readonly error: unknown;
}

export interface RetryOptions {
  readonly clock: Clock;
  /** Which failures are worth another attempt; default classifyFailure (a service may know more codes). */
  readonly classify?: (error: unknown) => FailureKind;
  readonly signingClock?: SigningClock;
  readonly random?: () => number;
  readonly policy?: RetryPolicy;
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Runs attempt(1), attempt(2)... until one succeeds, the policy gives up, or attempts run out. */
export async function withRetries<T>(attempt: (attemptNumber: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const policy = options.policy ?? standardRetryPolicy;
  const random = options.random ?? Math.random;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const kind = (options.classify ?? classifyFailure)(error);
      if (kind === 'fatal' || attemptNumber >= policy.maxAttempts) throw error;
      let delayMs = 0;
      if (kind === 'clockSkew') {
        if (options.signingClock === undefined || !(error instanceof AwsError) || error.serverTime === undefined) {
          throw error;
        }
        options.signingClock.correctTo(error.serverTime);
      } else {
        delayMs = backoffDelayMs(attemptNumber, kind, random, policy);
      }
      options.onRetry?.({ attempt: attemptNumber, kind, delayMs, error });
      // Every backoff goes through the clock, even when the jitter drew 0 ms; a skew fix resends at once.
      if (kind !== 'clockSkew') await options.clock.sleep(delayMs);
    }
  }
}
