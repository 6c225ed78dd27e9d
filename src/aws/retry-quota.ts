/**
 * The retry token bucket of the AWS SDKs' standard mode: every retry costs tokens (more after a
 * broken connection, which is what a dead endpoint gives), and a request that succeeds pays them
 * back. When the bucket is empty, failures are no longer retried, so an endpoint that answers
 * nothing fails the run in a few dozen requests instead of retrying every one ten times.
 *
 * One difference from the SDKs, on purpose: they pay back only the last retry's cost, which at a
 * steady 30% fault rate slowly drains the bucket on a long deploy. Here a request that succeeds
 * pays back everything it spent, so only requests that finally fail drain it.
 */
export class RetryQuota {
  private tokens: number;

  constructor(
    private readonly capacity = 500,
    private readonly retryCost = 5,
    private readonly connectionRetryCost = 10,
    private readonly successIncrement = 1,
  ) {
    this.tokens = capacity;
  }

  /** The tokens a retry costs, taken from the bucket; undefined when the bucket cannot afford it. */
  take(afterConnectionFailure: boolean): number | undefined {
    const cost = afterConnectionFailure ? this.connectionRetryCost : this.retryCost;
    if (this.tokens < cost) return undefined;
    this.tokens -= cost;
    return cost;
  }

  /** A request succeeded after spending `spent` tokens on its retries. */
  succeeded(spent: number): void {
    this.tokens = Math.min(this.capacity, this.tokens + (spent > 0 ? spent : this.successIncrement));
  }
}
