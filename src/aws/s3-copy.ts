/**
 * Server-side copies inside the bucket (release mode copies unchanged files from the live release):
 * CopyObject with the headers given (metadata directive REPLACE), or, for a source above the copy
 * threshold (S3 copies at most 5 GB in one request), a multipart upload of UploadPartCopy ranges.
 */
import type { ObjectHeaders } from '../core/types.js';
import type { CopySource } from '../ports.js';
import { mapLimit } from '../util/pool.js';
import { encodeKeyPath } from './encode.js';
import { normalizeEtag, objectHeaderFields, type S3Caller } from './s3-call.js';
import { abortOrWarn, completeUpload, createUpload, partSizeFor } from './s3-multipart.js';
import { child, parseXml, text } from './xml.js';

export interface CopyOptions {
  /** Sources above this many bytes are copied in parts. */
  readonly threshold: number;
  readonly partSize: number;
  readonly concurrency: number;
}

/** Copies source to key with headers; returns the new object's ETag (no quotes). */
export async function copyObject(
  s3: S3Caller,
  source: CopySource,
  key: string,
  headers: ObjectHeaders,
  options: CopyOptions,
): Promise<string> {
  const copySource = `/${s3.bucket}/${encodeKeyPath(source.key)}`;
  if (source.size > options.threshold) return copyInParts(s3, source, copySource, key, headers, options);
  const response = await s3.call({
    action: 'CopyObject',
    method: 'PUT',
    key,
    headers: {
      ...objectHeaderFields(headers),
      'x-amz-copy-source': copySource,
      'x-amz-metadata-directive': 'REPLACE',
    },
    errorIn200: true,
    idempotent: true,
  });
  return answeredEtag(response.body, 'CopyObjectResult', `S3 CopyObject of ${source.key} to ${key}`);
}

async function copyInParts(
  s3: S3Caller,
  source: CopySource,
  copySource: string,
  key: string,
  headers: ObjectHeaders,
  options: CopyOptions,
): Promise<string> {
  const fields = { ...objectHeaderFields(headers), 'x-amz-meta-md5': source.md5 };
  const uploadId = await createUpload(s3, key, fields, undefined);
  try {
    const partSize = partSizeFor(source.size, options.partSize);
    const ranges = Array.from({ length: Math.ceil(source.size / partSize) }, (_, i) => ({
      number: i + 1,
      first: i * partSize,
      last: Math.min(source.size, (i + 1) * partSize) - 1,
    }));
    const parts = await mapLimit(ranges, options.concurrency, async (range) => {
      const response = await s3.call({
        action: 'UploadPartCopy',
        method: 'PUT',
        key,
        query: { partNumber: String(range.number), uploadId },
        headers: { 'x-amz-copy-source': copySource, 'x-amz-copy-source-range': `bytes=${range.first}-${range.last}` },
        errorIn200: true,
        idempotent: true,
      });
      const etag = text(child(parseXml(response.body), 'CopyPartResult'), 'ETag');
      if (etag === undefined || etag === '') {
        throw new Error(`S3 UploadPartCopy ${range.number} of ${source.key} to ${key}: no ETag in the answer`);
      }
      return { etag };
    });
    const etag = await completeUpload(s3, key, uploadId, parts, source.md5);
    if (etag === undefined) throw new Error(`S3 CompleteMultipartUpload of the copy to ${key}: no ETag in the answer`);
    return etag;
  } catch (error) {
    await abortOrWarn(s3, key, uploadId);
    throw error;
  }
}

function answeredEtag(body: Buffer, root: string, what: string): string {
  const etag = normalizeEtag(text(child(parseXml(body), root), 'ETag'));
  if (etag === '') throw new Error(`${what}: no ETag in the answer`);
  return etag;
}
