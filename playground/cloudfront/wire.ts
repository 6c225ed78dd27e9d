/** What the stand-in keeps and what travels in its XML: read by model.ts (the rules) and xml.ts (the documents). */

export interface DistributionRecord {
  readonly id: string;
  readonly originDomain: string;
  readonly originPath: string;
  readonly cacheTagHeader?: string;
  /** A viewer-request function the default cache behaviour starts with (another tool's, say). */
  readonly viewerRequestFunctionArn?: string;
  readonly domainName: string;
}

export type InvalidationStatus = 'InProgress' | 'Completed';

export interface InvalidationRecord {
  readonly id: string;
  readonly distributionId: string;
  readonly callerReference: string;
  readonly paths: readonly string[];
  readonly createTime: Date;
  status: InvalidationStatus;
  /** GetInvalidation calls answered for this invalidation. */
  polls: number;
}

export interface InvalidationPage {
  marker: string;
  maxItems: number;
  items: readonly InvalidationRecord[];
  nextMarker?: string;
}

export interface InvalidationBatchInput {
  callerReference: string;
  paths: string[];
}
