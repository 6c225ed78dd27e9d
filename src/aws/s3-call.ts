/**
 * One S3 request for the store and for multipart uploads: addressed to the bucket, following the
 * bucket once to the region the server names, labelled for retry lines and explained on failure.
 * Also the S3 conventions both sides share (object headers, ETags).
 */
import type { Encryption, ObjectHeaders } from '../core/types.js';
import type { Log } from '../ports.js';
import { encodeKeyPath } from './encode.js';
import { endpointUrl, resolveS3Location, type S3Location } from './endpoints.js';
import { AwsError } from './errors.js';
import type { AwsRequest, AwsResponse, HttpClient } from './http.js';
import { explainS3Error, isRegionError, type S3Action } from './s3-errors.js';

export interface S3Call {
  readonly action: S3Action;
  readonly key?: string | undefined;
  readonly method: string;
  readonly query?: Record<string, string> | undefined;
  readonly headers?: Record<string, string> | undefined;
  readonly body?: AwsRequest['body'];
  readonly errorIn200?: boolean | undefined;
  /** Safe to repeat: gets the persistent retry budget. */
  readonly idempotent?: boolean | undefined;
  readonly onRetry?: AwsRequest['onRetry'];
  readonly idleTimeoutMs?: number | undefined;
}

export interface S3Caller {
  readonly bucket: string;
  /** The region requests are signed for (changes if the bucket turned out to live elsewhere). */
  readonly region: string;
  readonly http: HttpClient;
  readonly log: Log;
  call(spec: S3Call): Promise<AwsResponse>;
}

export interface S3CallerConfig {
  readonly http: HttpClient;
  readonly bucket: string;
  readonly region: string;
  /** e.g. http://127.0.0.1:4568; when set, requests use path-style addressing. */
  readonly endpoint?: string | undefined;
  readonly log: Log;
  /** Sent with every request that creates an object. */
  readonly encryption?: Encryption | undefined;
  /** Sent with every request: S3 refuses it (403) when another account owns the bucket. */
  readonly expectedBucketOwner?: string | undefined;
}

/** The requests that create an object, and so take the server-side encryption headers. */
const CREATES_OBJECT: ReadonlySet<S3Action> = new Set(['PutObject', 'CreateMultipartUpload', 'CopyObject']);

export function createS3Caller({ http, bucket, endpoint, log, ...config }: S3CallerConfig): S3Caller {
  let region = config.region;
  let location: S3Location = resolveS3Location({ bucket, region, endpoint });
  const { encryption, expectedBucketOwner } = config;
  const everyRequest = expectedBucketOwner === undefined ? {} : { 'x-amz-expected-bucket-owner': expectedBucketOwner };
  const newObjects = { ...everyRequest, ...encryptionFields(encryption) };

  async function call(spec: S3Call, redirected = false): Promise<AwsResponse> {
    const path =
      spec.key === undefined ? location.bucketPath || '/' : `${location.bucketPath}/${encodeKeyPath(spec.key)}`;
    try {
      return await http.send({
        service: 's3',
        region,
        endpoint: location.endpoint,
        method: spec.method,
        path,
        query: spec.query,
        headers: { ...(CREATES_OBJECT.has(spec.action) ? newObjects : everyRequest), ...spec.headers },
        body: spec.body,
        errorIn200: spec.errorIn200,
        idempotent: spec.idempotent,
        onRetry: spec.onRetry,
        idleTimeoutMs: spec.idleTimeoutMs,
        label: spec.key === undefined ? `S3 ${spec.action} s3://${bucket}` : `S3 ${spec.action} ${spec.key}`,
      });
    } catch (error) {
      const target = error instanceof AwsError && isRegionError(error.code, error.status) ? error.region : undefined;
      if (!redirected && target !== undefined && target !== region) {
        log.info(
          `S3 bucket "${bucket}" is in region ${target}, not ${region}: following it there (set the region to ${target} to skip this).`,
        );
        region = target;
        location = resolveS3Location({ bucket, region, endpoint });
        return call(spec, true);
      }
      throw explainS3Error(error, {
        action: spec.action,
        bucket,
        region,
        endpoint: endpointUrl(location.endpoint),
        key: spec.key,
        encryption,
        expectedBucketOwner,
      });
    }
  }

  return {
    bucket,
    get region() {
      return region;
    },
    http,
    log,
    call: (spec) => call(spec),
  };
}

export function objectHeaderFields(headers: ObjectHeaders): Record<string, string> {
  const fields: Record<string, string> = { 'content-type': headers.contentType };
  if (headers.cacheControl !== undefined) fields['cache-control'] = headers.cacheControl;
  if (headers.acl !== undefined) fields['x-amz-acl'] = headers.acl;
  if (headers.storageClass !== undefined) fields['x-amz-storage-class'] = headers.storageClass;
  if (headers.contentDisposition !== undefined) fields['content-disposition'] = headers.contentDisposition;
  if (headers.contentLanguage !== undefined) fields['content-language'] = headers.contentLanguage;
  if (headers.contentEncoding !== undefined) fields['content-encoding'] = headers.contentEncoding;
  if (headers.expires !== undefined) fields['expires'] = headers.expires;
  if (headers.websiteRedirectLocation !== undefined)
    fields['x-amz-website-redirect-location'] = headers.websiteRedirectLocation;
  for (const [name, value] of Object.entries(headers.metadata)) fields[`x-amz-meta-${name.toLowerCase()}`] = value;
  return fields;
}

/** The x-amz-server-side-encryption headers of encryption (none when undefined). */
function encryptionFields(encryption: Encryption | undefined): Record<string, string> {
  if (encryption === undefined) return {};
  const fields: Record<string, string> = { 'x-amz-server-side-encryption': encryption.mode };
  if (encryption.kmsKeyId !== undefined) fields['x-amz-server-side-encryption-aws-kms-key-id'] = encryption.kmsKeyId;
  if (encryption.bucketKey !== undefined)
    fields['x-amz-server-side-encryption-bucket-key-enabled'] = String(encryption.bucketKey);
  return fields;
}

/** An ETag as S3 sends it ('"ABC-2"') → 'abc-2'. */
export function normalizeEtag(etag: string | string[] | undefined): string {
  return String(etag ?? '')
    .replace(/"/g, '')
    .toLowerCase();
}
