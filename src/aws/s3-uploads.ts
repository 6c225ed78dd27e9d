/**
 * Incomplete multipart uploads: listing them, aborting them, and finding the ones a killed or
 * confused run left behind.
 *
 * Which uploads are ours? ListMultipartUploads gives only Key, UploadId, Initiated, Initiator,
 * Owner and StorageClass; the metadata set at initiation (x-amz-meta-md5) cannot be read back
 * until the upload completes. So an upload is only touched when the key is one this deploy is
 * about to write anyway (whoever started it, our PUT replaces the object it would have made), and
 * it is older than a given age (a live upload of a parallel job is left alone).
 */

import { errorCode, errorMessage } from '../util/errors.js';
import { decodeUrlEncodedKey } from './encode.js';
import type { S3Caller } from './s3-call.js';
import { child, children, parseXml, text } from './xml.js';

export interface IncompleteUpload {
  readonly key: string;
  readonly uploadId: string;
  /** ms since the epoch (server time); NaN if the server sent none. */
  readonly initiated: number;
}

/** Every incomplete multipart upload whose key starts with prefix, all pages. */
export async function listUploads(s3: S3Caller, prefix: string): Promise<IncompleteUpload[]> {
  const found: IncompleteUpload[] = [];
  let marker: { key: string; uploadId: string } | undefined;
  for (;;) {
    const query: Record<string, string> = { uploads: '', prefix, 'encoding-type': 'url' };
    if (marker !== undefined) Object.assign(query, { 'key-marker': marker.key, 'upload-id-marker': marker.uploadId });
    const response = await s3.call({ action: 'ListMultipartUploads', method: 'GET', query, idempotent: true });
    const result = child(parseXml(response.body), 'ListMultipartUploadsResult');
    const urlEncoded = text(result, 'EncodingType')?.toLowerCase() === 'url';
    const decode = (value: string) => (urlEncoded ? decodeUrlEncodedKey(value) : value);
    for (const upload of children(result, 'Upload')) {
      const key = text(upload, 'Key');
      const uploadId = text(upload, 'UploadId');
      if (key === undefined || uploadId === undefined) continue;
      found.push({ key: decode(key), uploadId, initiated: Date.parse(text(upload, 'Initiated') ?? '') });
    }
    const nextKey = text(result, 'NextKeyMarker');
    const nextUploadId = text(result, 'NextUploadIdMarker');
    if (text(result, 'IsTruncated') !== 'true' || !nextKey || nextUploadId === undefined) return found;
    if (marker?.key === decode(nextKey) && marker.uploadId === nextUploadId) {
      throw new Error(`S3 ListMultipartUploads on s3://${s3.bucket}: a truncated page came without a new marker`);
    }
    marker = { key: decode(nextKey), uploadId: nextUploadId };
  }
}

/** AbortMultipartUpload; an upload that is already gone counts as aborted. */
export async function abortUpload(s3: S3Caller, key: string, uploadId: string): Promise<void> {
  try {
    await s3.call({ action: 'AbortMultipartUpload', method: 'DELETE', key, query: { uploadId }, idempotent: true });
  } catch (error) {
    if (errorCode(error) !== 'NoSuchUpload') throw error;
  }
}

export interface StaleUploadRule {
  /** Only uploads of these keys are touched: the keys this deploy writes. */
  readonly keys: ReadonlySet<string>;
  /** Only uploads initiated at or before this time (ms, server clock) are touched. */
  readonly initiatedBy?: number | undefined;
  /** Upload ids never touched (the upload this run is using, the ones that were there before). */
  readonly except?: ((uploadId: string) => boolean) | undefined;
}

export interface Sweep {
  readonly aborted: number;
  /** The incomplete uploads under prefix that are left; undefined when not known (a step failed). */
  readonly left: readonly IncompleteUpload[] | undefined;
}

/**
 * Aborts the incomplete uploads under prefix that the rule selects, logging each. Best effort:
 * cleaning up must never fail a deploy, so a failure (a missing s3:ListBucketMultipartUploads or
 * s3:AbortMultipartUpload permission) is a warning. Returns how many were aborted, and what is left.
 */
export async function abortUploads(s3: S3Caller, prefix: string, rule: StaleUploadRule, why: string): Promise<Sweep> {
  let aborted = 0;
  const left: IncompleteUpload[] = [];
  try {
    for (const upload of await listUploads(s3, prefix)) {
      const stale =
        rule.keys.has(upload.key) &&
        rule.except?.(upload.uploadId) !== true &&
        (rule.initiatedBy === undefined || upload.initiated <= rule.initiatedBy);
      if (!stale) {
        left.push(upload);
        continue;
      }
      await abortUpload(s3, upload.key, upload.uploadId);
      aborted++;
      const started = Number.isNaN(upload.initiated) ? 'at an unknown time' : new Date(upload.initiated).toISOString();
      s3.log.info(
        `S3: aborted the incomplete multipart upload of ${upload.key} ${why} (started ${started}, upload id ${upload.uploadId})`,
      );
    }
  } catch (error) {
    s3.log.warning(
      `S3: could not clean up incomplete multipart uploads under s3://${s3.bucket}/${prefix}: ${errorMessage(error)}`,
    );
    return { aborted, left: undefined };
  }
  return { aborted, left };
}
