/** The stand-in's state and CloudFront's invalidation rules, without any HTTP. */
import { randomInt } from 'node:crypto';
import { ApiError } from './errors.js';
import { invalidPathReason, isWildcard, sameMultiset } from './invalidation-rules.js';
import type {
  DistributionRecord,
  InvalidationBatchInput,
  InvalidationPage,
  InvalidationRecord,
  InvalidationStatus,
} from './wire.js';

export const OPERATIONS = [
  'CreateInvalidation',
  'GetInvalidation',
  'ListInvalidations',
  'GetDistribution',
  'GetDistributionConfig',
  'UpdateDistribution',
  'CreateKeyValueStore',
  'DescribeKeyValueStore',
  'CreateFunction',
  'DescribeFunction',
  'GetFunction',
  'UpdateFunction',
  'PublishFunction',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export interface DistributionOptions {
  /** e.g. 'my-bucket.s3.us-east-1.amazonaws.com' */
  originDomain: string;
  /** '' or '/site'; CloudFront prepends it to every request it forwards to the origin. */
  originPath?: string;
  /** CacheTagConfig.HeaderName, e.g. 'x-amz-meta-cache-tag'; absent: no CacheTagConfig. */
  cacheTagHeader?: string;
  /** A viewer-request FunctionARN already associated with the default cache behaviour. */
  viewerRequestFunctionArn?: string;
}

export interface Limits {
  /** Paths not ending in '*' in InProgress invalidations per distribution (CloudFront: 3,000). */
  filePathsInProgress: number;
  /** Paths ending in '*' in InProgress invalidations per distribution (CloudFront: 15). */
  wildcardPathsInProgress: number;
  /** Paths in a single InvalidationBatch before BatchTooLarge (413). */
  pathsPerBatch: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  filePathsInProgress: 3000,
  wildcardPathsInProgress: 15,
  pathsPerBatch: 3000,
};

export interface ModelOptions {
  distributions: Readonly<Record<string, DistributionOptions>>;
  /** The Nth GetInvalidation of an invalidation reports Completed; 0 = Completed at creation. */
  completeAfterPolls: number;
  limits: Limits;
  now: () => Date;
}

export interface StateSnapshot {
  requests: Record<OperationName, number>;
  distributions: Record<
    string,
    {
      inProgressBatches: number;
      invalidations: Array<{
        id: string;
        status: InvalidationStatus;
        callerReference: string;
        paths: string[];
        createTime: string;
        polls: number;
      }>;
    }
  >;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function randomId(prefix: string): string {
  let id = prefix;
  for (let i = 0; i < 13; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export { invalidPathReason, MAX_PATH_LENGTH } from './invalidation-rules.js';

export class CloudFrontModel {
  readonly requests = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<OperationName, number>;
  private readonly distributions = new Map<string, DistributionRecord>();
  /** Per distribution, oldest first. */
  private readonly invalidations = new Map<string, InvalidationRecord[]>();

  /** Changeable at run time; applies to polls from then on. */
  completeAfterPolls: number;
  limits: Limits;
  private readonly now: () => Date;

  constructor(options: ModelOptions) {
    this.completeAfterPolls = options.completeAfterPolls;
    this.limits = { ...options.limits };
    this.now = options.now;
    for (const [id, dist] of Object.entries(options.distributions)) {
      this.distributions.set(id, {
        id,
        originDomain: dist.originDomain,
        originPath: dist.originPath ?? '',
        ...(dist.cacheTagHeader !== undefined && { cacheTagHeader: dist.cacheTagHeader }),
        ...(dist.viewerRequestFunctionArn !== undefined && { viewerRequestFunctionArn: dist.viewerRequestFunctionArn }),
        domainName: `d${id.toLowerCase().slice(0, 13)}.cloudfront.net`,
      });
      this.invalidations.set(id, []);
    }
  }

  distribution(id: string): DistributionRecord {
    const dist = this.distributions.get(id);
    if (!dist) throw new ApiError('NoSuchDistribution', 'The specified distribution does not exist.');
    return dist;
  }

  inProgress(distributionId: string): InvalidationRecord[] {
    return this.list(distributionId).filter((inv) => inv.status === 'InProgress');
  }

  /**
   * CreateInvalidation: `created` is false when the CallerReference was seen before with the same
   * paths (CloudFront then answers with the existing invalidation).
   */
  createInvalidation(
    distributionId: string,
    batch: InvalidationBatchInput,
  ): { invalidation: InvalidationRecord; created: boolean } {
    this.distribution(distributionId);
    const { limits } = this;
    if (batch.paths.length > limits.pathsPerBatch) {
      throw new ApiError(
        'BatchTooLarge',
        `Invalidation batch specified is too large: ${batch.paths.length} paths, at most ${limits.pathsPerBatch}.`,
      );
    }
    if (batch.paths.length === 0) {
      throw new ApiError('InvalidArgument', 'Your request contains no invalidation paths.');
    }
    for (const path of batch.paths) {
      const reason = invalidPathReason(path);
      if (reason !== undefined) {
        throw new ApiError(
          'InvalidArgument',
          `Your request contains one or more invalid invalidation paths: ${JSON.stringify(path)} ${reason}.`,
        );
      }
    }
    const existing = this.list(distributionId).find((inv) => inv.callerReference === batch.callerReference);
    if (existing) {
      if (sameMultiset(existing.paths, batch.paths)) return { invalidation: existing, created: false };
      throw new ApiError(
        'InvalidationBatchAlreadyExists',
        `An invalidation batch with CallerReference ${batch.callerReference} already exists with different paths (${existing.id}).`,
      );
    }
    const running = this.inProgress(distributionId).flatMap((inv) => inv.paths);
    const files = running.filter((p) => !isWildcard(p)).length + batch.paths.filter((p) => !isWildcard(p)).length;
    const wildcards = running.filter(isWildcard).length + batch.paths.filter(isWildcard).length;
    if (files > limits.filePathsInProgress || wildcards > limits.wildcardPathsInProgress) {
      throw new ApiError(
        'TooManyInvalidationsInProgress',
        'Processing your request will cause you to exceed the maximum number of in-progress invalidations.',
      );
    }
    const invalidation: InvalidationRecord = {
      id: this.newInvalidationId(),
      distributionId,
      callerReference: batch.callerReference,
      paths: [...batch.paths],
      createTime: this.now(),
      status: this.completeAfterPolls <= 0 ? 'Completed' : 'InProgress',
      polls: 0,
    };
    this.list(distributionId).push(invalidation);
    return { invalidation, created: true };
  }

  /** GetInvalidation: each call is a poll; the completeAfterPolls-th one finds it Completed. */
  getInvalidation(distributionId: string, id: string): InvalidationRecord {
    this.distribution(distributionId);
    const inv = this.list(distributionId).find((candidate) => candidate.id === id);
    if (!inv) throw new ApiError('NoSuchInvalidation', 'The specified invalidation does not exist.');
    inv.polls += 1;
    if (inv.status === 'InProgress' && inv.polls >= this.completeAfterPolls) inv.status = 'Completed';
    return inv;
  }

  /** ListInvalidations: newest first; Marker is the Id of the last invalidation of the previous page. */
  listInvalidations(distributionId: string, marker: string, maxItems: number): InvalidationPage {
    this.distribution(distributionId);
    const newestFirst = [...this.list(distributionId)].reverse();
    let start = 0;
    if (marker !== '') {
      const at = newestFirst.findIndex((inv) => inv.id === marker);
      if (at === -1)
        throw new ApiError('InvalidArgument', `The Marker ${marker} is not an invalidation of this distribution.`);
      start = at + 1;
    }
    const items = newestFirst.slice(start, start + maxItems);
    const truncated = start + maxItems < newestFirst.length;
    const last = items[items.length - 1];
    return {
      marker,
      maxItems,
      items,
      ...(truncated && last ? { nextMarker: last.id } : {}),
    };
  }

  /** Marks InProgress invalidations Completed (all, one distribution's, or one); returns how many. */
  complete(distributionId?: string, id?: string): number {
    let count = 0;
    for (const [distId, list] of this.invalidations) {
      if (distributionId !== undefined && distId !== distributionId) continue;
      for (const inv of list) {
        if (inv.status !== 'InProgress' || (id !== undefined && inv.id !== id)) continue;
        inv.status = 'Completed';
        count += 1;
      }
    }
    return count;
  }

  snapshot(): StateSnapshot {
    const distributions: StateSnapshot['distributions'] = {};
    for (const [id, list] of this.invalidations) {
      distributions[id] = {
        inProgressBatches: list.filter((inv) => inv.status === 'InProgress').length,
        invalidations: list.map((inv) => ({
          id: inv.id,
          status: inv.status,
          callerReference: inv.callerReference,
          paths: [...inv.paths],
          createTime: inv.createTime.toISOString(),
          polls: inv.polls,
        })),
      };
    }
    return { requests: { ...this.requests }, distributions };
  }

  private list(distributionId: string): InvalidationRecord[] {
    const list = this.invalidations.get(distributionId);
    if (!list) throw new ApiError('NoSuchDistribution', 'The specified distribution does not exist.');
    return list;
  }

  private newInvalidationId(): string {
    const taken = new Set([...this.invalidations.values()].flat().map((inv) => inv.id));
    let id = randomId('I');
    while (taken.has(id)) id = randomId('I');
    return id;
  }
}
