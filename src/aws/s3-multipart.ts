/**
 * A multipart upload streamed from disk: parts in parallel (memory stays flat), Content-MD5 on
 * every part, the whole file's MD5 kept in x-amz-meta-md5 (the ETag of a multipart object is not
 * its MD5), and never an upload left behind: an upload that did not complete is aborted, and
 * uploads a lost CreateMultipartUpload answer may have started are found and aborted.
 */
import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { LocalFile } from '../core/types.js';
import { errorCode, errorMessage } from '../util/errors.js';
import { mapLimit } from '../util/pool.js';
import type { PartBuffers } from './part-buffers.js';
import type { AwsResponse } from './request.js';
import { normalizeEtag, type S3Caller } from './s3-call.js';
import { abortUpload, abortUploads, type IncompleteUpload, listUploads } from './s3-uploads.js';
import { child, escapeXml, parseXml, text } from './xml.js';

const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const MAX_PARTS = 10_000;

export interface MultipartOptions {
  /** Raised when the file would need more than 10,000 parts. */
  readonly partSize: number;
  /** Shared by every upload of the store: they bound how many parts are in flight at once. */
  readonly buffers: PartBuffers;
  readonly onBytes?: ((n: number) => void) | undefined;
  /**
   * The incomplete uploads under a prefix of the key, as the store's stale sweep left them (undefined
   * inside: the sweep could not list them). CreateMultipartUpload waits for it and then sends no
   * listing of its own; without it, the key's uploads are listed first.
   */
  readonly uploadsBefore?: Promise<readonly IncompleteUpload[] | undefined> | undefined;
}

/** Uploads file to key with the given object header fields; returns the stored ETag (no quotes). */
export async function uploadMultipart(
  s3: S3Caller,
  key: string,
  file: LocalFile,
  headerFields: Record<string, string>,
  options: MultipartOptions,
): Promise<string> {
  const uploadId = await createUpload(s3, key, { ...headerFields, 'x-amz-meta-md5': file.md5 }, options.uploadsBefore);
  let parts: UploadedPart[];
  let answeredEtag: string | undefined;
  try {
    parts = await uploadParts(s3, key, uploadId, file, options);
    answeredEtag = await completeUpload(s3, key, uploadId, parts, file.md5);
  } catch (error) {
    await abortOrWarn(s3, key, uploadId);
    throw error;
  }
  // The upload is complete: nothing from here on may fail it. Some servers (Ceph RGW) answer with an
  // empty ETag; the parts' digests give the one S3 computes. A listing that disagrees (SSE-KMS) only
  // makes the manifest entry untrusted.
  return answeredEtag ?? multipartEtag(parts.map((part) => part.md5));
}

/** S3's ETag of a multipart object without SSE-KMS: the MD5 of the parts' binary MD5s, then -N. */
function multipartEtag(partDigests: readonly Buffer[]): string {
  return `${createHash('md5').update(Buffer.concat(partDigests)).digest('hex')}-${partDigests.length}`;
}

interface UploadedPart {
  /** As UploadPart answered it, quotes included. */
  readonly etag: string;
  /** Binary MD5 of the part, as sent in its Content-MD5. */
  readonly md5: Buffer;
}

/**
 * CreateMultipartUpload is not idempotent: an attempt whose answer was lost may have started an
 * upload nobody knows the id of. So the uploads of this key are noted before the first attempt,
 * and after any retry the ones that appeared since, other than the one we got, are aborted.
 * (Not by their Initiated time: that is the server's clock, and some servers fake it.)
 */
export async function createUpload(
  s3: S3Caller,
  key: string,
  headers: Record<string, string>,
  uploadsBefore: MultipartOptions['uploadsBefore'],
): Promise<string> {
  // A sweep that could not list (no permission, or a server without the call) is not asked again.
  const before =
    uploadsBefore === undefined
      ? await listUploads(s3, key).catch(() => undefined)
      : (await uploadsBefore)?.filter((upload) => upload.key === key);
  let retried = false;
  const abortOrphans = async (except?: string) => {
    if (before === undefined) {
      s3.log.warning(
        `S3: CreateMultipartUpload of ${key} was retried; an upload a lost answer started may be left (it could not be listed)`,
      );
      return;
    }
    const known = new Set([...before.map((upload) => upload.uploadId), ...(except === undefined ? [] : [except])]);
    await abortUploads(
      s3,
      key,
      { keys: new Set([key]), except: (id) => known.has(id) },
      'that a lost CreateMultipartUpload answer started',
    );
  };
  try {
    const created = await s3.call({
      action: 'CreateMultipartUpload',
      method: 'POST',
      key,
      query: { uploads: '' },
      headers,
      idempotent: true,
      onRetry: () => {
        retried = true;
      },
    });
    const uploadId = text(child(parseXml(created.body), 'InitiateMultipartUploadResult'), 'UploadId');
    if (uploadId === undefined || uploadId === '') {
      throw new Error(`S3 CreateMultipartUpload on s3://${s3.bucket}/${key}: the answer has no UploadId`);
    }
    if (retried) await abortOrphans(uploadId);
    return uploadId;
  } catch (error) {
    if (retried) await abortOrphans();
    throw error;
  }
}

async function uploadParts(
  s3: S3Caller,
  key: string,
  uploadId: string,
  file: LocalFile,
  options: MultipartOptions,
): Promise<UploadedPart[]> {
  const partSize = partSizeFor(file.size, options.partSize);
  const partCount = Math.ceil(file.size / partSize);
  const indexes = Array.from({ length: partCount }, (_, i) => i);
  const handle = await open(file.absPath, 'r');
  try {
    // Other uploads may hold some of the buffers: then this one waits for them.
    return await mapLimit(indexes, options.buffers.max, async (index) => {
      const start = index * partSize;
      const length = Math.min(file.size, start + partSize) - start;
      const buffer = await options.buffers.take(partSize);
      try {
        const part = buffer.subarray(0, length);
        await readFully(handle, part, start);
        const md5 = createHash('md5').update(part).digest();
        const response = await s3.call({
          action: 'UploadPart',
          method: 'PUT',
          key,
          query: { partNumber: String(index + 1), uploadId },
          headers: { 'content-md5': md5.toString('base64'), 'content-length': String(length) },
          // A stream of the one chunk: sent unsigned like any streamed body (Content-MD5 guards it).
          body: () => Readable.from([part]),
          idempotent: true,
        });
        options.onBytes?.(length);
        const etag = response.headers.etag;
        if (typeof etag !== 'string')
          throw new Error(`S3 UploadPart ${index + 1} of s3://${s3.bucket}/${key}: no ETag in the answer`);
        return { etag, md5 };
      } finally {
        options.buffers.give(buffer);
      }
    });
  } finally {
    await handle.close();
  }
}

/** Fills target with the file's bytes from position on; a file that shrank is an error. */
async function readFully(handle: FileHandle, target: Buffer, position: number): Promise<void> {
  for (let done = 0; done < target.length; ) {
    const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error(`the file ended at byte ${position + done} while it was being uploaded`);
    done += bytesRead;
  }
}

/**
 * How long a CompleteMultipartUpload may answer nothing. S3 keeps the connection alive with whitespace while it
 * assembles a large object; s3rver took over a minute, silent, for 640 parts of a 5 GB file, and the client's
 * 60 s had the upload fail and be aborted.
 */
export const COMPLETE_IDLE_TIMEOUT_MS = 15 * 60_000;

/**
 * CompleteMultipartUpload; returns the ETag the answer names, if it names one. If an attempt
 * completed the upload but its answer was lost, the retry hears NoSuchUpload: then the object
 * itself says whether it is ours (its x-amz-meta-md5).
 */
export async function completeUpload(
  s3: S3Caller,
  key: string,
  uploadId: string,
  parts: readonly Pick<UploadedPart, 'etag'>[],
  md5: string,
): Promise<string | undefined> {
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="${S3_XMLNS}">` +
      parts
        .map((part, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${escapeXml(part.etag)}</ETag></Part>`)
        .join('') +
      '</CompleteMultipartUpload>',
  );
  let retried = false;
  try {
    const completed = await s3.call({
      action: 'CompleteMultipartUpload',
      method: 'POST',
      key,
      query: { uploadId },
      headers: { 'content-type': 'application/xml' },
      body,
      errorIn200: true,
      idempotent: true,
      idleTimeoutMs: COMPLETE_IDLE_TIMEOUT_MS,
      onRetry: () => {
        retried = true;
      },
    });
    return namedEtag(completed);
  } catch (error) {
    if (!retried || errorCode(error) !== 'NoSuchUpload') throw error;
    const head = await s3.call({ action: 'HeadObject', method: 'HEAD', key, idempotent: true });
    if (head.headers['x-amz-meta-md5'] !== md5) throw error;
    return nonEmpty(normalizeEtag(head.headers.etag));
  }
}

/** The ETag a successful CompleteMultipartUpload answer names; never throws (the upload is done). */
function namedEtag(answer: AwsResponse): string | undefined {
  let inBody: string | undefined;
  try {
    const result = parseXml(answer.body);
    // moto names the root CompleteMultipartUploadResponse.
    const root = child(result, 'CompleteMultipartUploadResult') ?? child(result, 'CompleteMultipartUploadResponse');
    inBody = text(root, 'ETag');
  } catch {
    inBody = undefined;
  }
  return nonEmpty(normalizeEtag(inBody || answer.headers.etag));
}

function nonEmpty(etag: string): string | undefined {
  return etag === '' ? undefined : etag;
}

/** The part size for an object of size bytes: the one asked for, raised when S3's 10,000 parts would not hold it. */
export function partSizeFor(size: number, partSize: number): number {
  return Math.max(partSize, Math.ceil(size / MAX_PARTS));
}

/** After a failed upload: its parts aborted, or a warning naming the upload left behind. Never throws. */
export async function abortOrWarn(s3: S3Caller, key: string, uploadId: string): Promise<void> {
  await abortUpload(s3, key, uploadId).catch((abortError: unknown) => {
    s3.log.warning(
      `S3 AbortMultipartUpload of s3://${s3.bucket}/${key} (upload id ${uploadId}) failed too: ${errorMessage(abortError)}`,
    );
  });
}
