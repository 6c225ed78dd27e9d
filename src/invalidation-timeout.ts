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
