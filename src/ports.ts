/**
 * The small interfaces the flows (src/flows) are written against. Adapters in src/aws and src/local
 * implement them; tests pass real adapters pointed at local servers, or the memory store.
 */

import type { ViewerRequestFunction } from './core/release-setup.js';
import type { LocalFile, ObjectHeaders, Progress, RemoteObject, ScannedFile } from './core/types.js';

export interface LocalSource {
  /**
   * The selected files in S3's key order, with size and SHA-256; hashing overlaps the walk. Once
   * md5Too resolves to true, files not yet read get their MD5 in the same read.
   */
  scan(
    dir: string,
    selection: { readonly include: readonly string[]; readonly exclude: readonly string[] },
    md5Too?: Promise<boolean>,
  ): Promise<ScannedFile[]>;
  /** The MD5 (hex) of each file, in order: only for files whose MD5 the manifest cannot give. */
  md5(files: readonly ScannedFile[]): Promise<string[]>;
  /** A small file of dir (rel '/'-separated, inside it) as UTF-8 text: the redirects file. */
  readText(dir: string, rel: string): Promise<string>;
  /** Ends the hashing threads. */
  close(): void;
}

export interface ObjectWithEtag {
  readonly body: Buffer;
  /** No quotes. */
  readonly etag: string;
}

/** An object of the same bucket to copy from. */
export interface CopySource {
  readonly key: string;
  readonly size: number;
  /** The content's MD5 (hex): a copy made in parts keeps it in x-amz-meta-md5, as uploadFile does. */
  readonly md5: string;
}

export type WriteCondition = { readonly ifNoneMatch: '*' } | { readonly ifMatch: string };

export interface ObjectStore {
  /**
   * Every object whose key starts with prefix ('' = whole bucket), all pages. Order unspecified.
   * splitAfter: keys (under prefix) at which the key space may be cut into ranges listed in
   * parallel; a hint, the result is the same without it. It may still be on its way: the first
   * page does not wait for it.
   */
  list(prefix: string, splitAfter?: readonly string[] | Promise<readonly string[]>): Promise<RemoteObject[]>;
  /** The object's bytes, or undefined when it does not exist. For small objects only. */
  getObject(key: string): Promise<Buffer | undefined>;
  /** The object's bytes and ETag (no quotes), to write it back later only if unchanged. Small objects only. */
  readObject(key: string): Promise<ObjectWithEtag | undefined>;
  /**
   * PutObject of an in-memory body (Content-MD5 always sent). Returns the stored ETag (no quotes).
   * With a condition, the write happens only if the key is still absent (ifNoneMatch '*') or still
   * holds that ETag (ifMatch); otherwise it rejects with an error isConditionFailed() knows. A retried
   * conditional write may meet its own earlier attempt: read the object back to tell.
   */
  putObject(key: string, body: Buffer, headers: ObjectHeaders, condition?: WriteCondition): Promise<string>;
  /** A conditional write found the key not as the condition required (412, or S3's 409 race). */
  isConditionFailed(error: unknown): boolean;
  /** The server refused a conditional write as a feature it lacks (501 NotImplemented), not as a failed condition. */
  isConditionUnsupported(error: unknown): boolean;
  /**
   * Uploads a file from disk: one PutObject at or below the multipart threshold, otherwise a
   * multipart upload streaming parts in parallel (memory stays flat), with the whole file's MD5
   * kept in x-amz-meta-md5. Content-MD5 on every request. Returns the stored ETag (no quotes).
   * onBytes is told how many body bytes were sent as they complete.
   */
  uploadFile(key: string, file: LocalFile, headers: ObjectHeaders, onBytes?: (n: number) => void): Promise<string>;
  /**
   * A server-side copy of source to key, stored with headers (never the source's: metadata directive
   * REPLACE). Sources above the store's copy threshold (S3 copies at most 5 GB at once) are copied in
   * parts (UploadPartCopy). Returns the new object's ETag (no quotes).
   */
  copyObject(source: CopySource, key: string, headers: ObjectHeaders): Promise<string>;
  /** DeleteObjects in batches of at most 1000; throws if any key could not be deleted. */
  deleteObjects(keys: readonly string[]): Promise<void>;
  /**
   * Aborts the incomplete multipart uploads under prefix that a killed earlier run left: only of
   * the files given (the ones this deploy writes, of a size the store uploads in parts) and only
   * those started more than olderThanMs ago, so nobody else's live upload is touched. No request
   * when no file is that large. Logs each one. Best effort: never throws (a missing permission is a
   * warning). Returns how many were aborted. Need not be awaited before uploading: a multipart upload
   * under prefix started after this call waits until the sweep has listed (so it never meets its own
   * upload), and small files are not held back.
   */
  abortStaleUploads(
    prefix: string,
    olderThanMs: number,
    files: readonly { readonly key: string; readonly size: number }[],
  ): Promise<number>;
}

/** An invalidation as CloudFront reports it. */
export interface CdnInvalidation {
  readonly id: string;
  /** 'InProgress' or 'Completed'. */
  readonly status: string;
}

export interface CdnOrigin {
  readonly id: string;
  /** e.g. 'my-bucket.s3.us-east-1.amazonaws.com' */
  readonly domainName: string;
  /** '' or e.g. '/www': the prefix the CDN puts before every request it forwards. */
  readonly originPath: string;
}

/** What GetDistribution tells: the origins, and the header CacheTagConfig reads cache tags from. */
export interface CdnDistribution {
  readonly origins: readonly CdnOrigin[];
  readonly cacheTagHeader?: string;
}

/**
 * The CDN in front of the bucket. Errors carry a `code` (NoSuchDistribution, AccessDenied,
 * TooManyInvalidationsInProgress, ...) and a message that names the distribution.
 */
export interface Cdn {
  /** Idempotent per callerReference: the same reference with the same paths returns the same invalidation. */
  createInvalidation(
    distributionId: string,
    paths: readonly string[],
    callerReference: string,
  ): Promise<CdnInvalidation>;
  getInvalidation(distributionId: string, id: string): Promise<CdnInvalidation>;
  getDistribution(distributionId: string): Promise<CdnDistribution>;
  /**
   * Resolves when the distribution exists and this identity may follow its invalidations; fails
   * otherwise, as getDistribution would (unknown, refused, unreachable), without needing its permission.
   */
  checkDistribution(distributionId: string): Promise<void>;
  /**
   * Read-only, for the release setup check (core/release-setup.ts): the default cache behaviour's
   * viewer-request function with the KeyValueStores its LIVE stage is associated with; undefined when
   * it has none (GetDistributionConfig, then DescribeFunction).
   */
  viewerRequestFunction(distributionId: string): Promise<ViewerRequestFunction | undefined>;
  /** The code of a function's LIVE stage (GetFunction), for the layered-releases check; undefined: no such function. */
  functionCode(functionArn: string): Promise<string | undefined>;
  /** Whether another attempt after `error` may succeed (5xx, throttling, a lost connection). */
  isTransient(error: unknown): boolean;
}

/** A CloudFront Function as DescribeFunction tells it; etag is the stage's version, for PublishFunction. */
export interface EdgeFunction {
  readonly name: string;
  readonly arn: string;
  readonly etag: string;
  readonly keyValueStoreArns: readonly string[];
}

export interface EdgeFunctionInput {
  readonly name: string;
  readonly comment: string;
  readonly runtime: string;
  readonly code: Buffer;
  readonly keyValueStoreArns: readonly string[];
}

/**
 * What the one-time release setup writes on CloudFront: a KeyValueStore, a function, and the
 * distribution's configuration, as a document changed in place and sent back with If-Match.
 */
export interface EdgeSetup {
  viewerRequestFunction: Cdn['viewerRequestFunction'];
  functionCode: Cdn['functionCode'];
  /** UpdateFunction with If-Match (the DEVELOPMENT stage's ETag): the new code, same runtime and stores. */
  updateFunction(input: EdgeFunctionInput, ifMatch: string): Promise<EdgeFunction>;
  /** The function an association names (its ARN), with the stores of its LIVE stage. */
  functionBehind(arn: string): Promise<ViewerRequestFunction>;
  /** The DistributionConfig document, exactly as CloudFront sent it, with its ETag. */
  getDistributionConfig(distributionId: string): Promise<{ readonly xml: string; readonly etag: string }>;
  /** UpdateDistribution with If-Match: the new ETag. */
  updateDistributionConfig(distributionId: string, xml: string, ifMatch: string): Promise<{ readonly etag: string }>;
  /** 'InProgress' or 'Deployed' (GetDistribution). */
  distributionStatus(distributionId: string): Promise<string>;
  /** Undefined when there is no store of that name. */
  describeKeyValueStore(name: string): Promise<{ readonly arn: string } | undefined>;
  createKeyValueStore(name: string, comment: string): Promise<{ readonly arn: string }>;
  /** Undefined when the function has no such stage (or does not exist). */
  describeFunction(name: string, stage: 'DEVELOPMENT' | 'LIVE'): Promise<EdgeFunction | undefined>;
  createFunction(input: EdgeFunctionInput): Promise<EdgeFunction>;
  /** PublishFunction with If-Match: the LIVE function. */
  publishFunction(name: string, ifMatch: string): Promise<EdgeFunction>;
}

/** One all-or-nothing change to a key-value store: keys to put (with their values), keys to delete. */
export interface KeyValueChange {
  readonly puts?: Readonly<Record<string, string>> | undefined;
  readonly deletes?: readonly string[] | undefined;
}

/**
 * The store that holds which release is live (a CloudFront KeyValueStore). Every write names the
 * store version it was planned against. Errors carry a `code` and a message that names the store,
 * the operation and, for AccessDenied, the permission.
 */
export interface KeyValueStore {
  /** The store (its ARN), for messages. */
  readonly name: string;
  /** The value of key, or undefined when the store has no such key. */
  get(key: string): Promise<string | undefined>;
  /** The store's current version (its ETag), to write against. */
  version(): Promise<string>;
  /**
   * Puts and deletes in one write, only if the store is still at version ifMatch; resolves with the
   * new version. A store changed since rejects with an error isConflict() knows. A conflict after a
   * retried write may be that write's own earlier attempt having landed: read the keys back.
   */
  update(ifMatch: string, change: KeyValueChange): Promise<string>;
  /** The store changed since the version given to update() was read. */
  isConflict(error: unknown): boolean;
}

export interface Clock {
  now(): number;
  /** Resolves after ms; rejects with the signal's reason as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * The one way the flows and the adapters speak to the person watching the run. Every text handed
 * in may hold file names, keys or server messages: the implementation makes them safe to print.
 */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  /** Runs work inside a foldable group of lines named name. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Told after each step of a long phase; the implementation decides how often to print. */
  progress(phase: string, progress: Progress): void;
}

/** For callers that have nothing to say (and tests that do not listen). */
export const silentLog: Log = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, work) => work(),
  progress: () => undefined,
};
