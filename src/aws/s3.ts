/** ObjectStore over S3's REST API, on the shared signed HTTP client. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Encryption, LocalFile, ObjectHeaders } from '../core/types.js';
import { type Log, type ObjectStore, type ObjectWithEtag, silentLog, type WriteCondition } from '../ports.js';
import { mapLimit } from '../util/pool.js';
import { AwsError } from './errors.js';
import type { AwsRequest, HttpClient } from './http.js';
import { createPartBuffers } from './part-buffers.js';
import { createS3Caller, normalizeEtag, objectHeaderFields, type S3Caller } from './s3-call.js';
import { copyObject } from './s3-copy.js';
import { listObjects } from './s3-list.js';
import { uploadMultipart } from './s3-multipart.js';
import { abortUploads, type IncompleteUpload } from './s3-uploads.js';
import { child, children, escapeXml, parseXml, text } from './xml.js';

export interface S3StoreConfig {
  /** Signs, retries and logs retries; its concurrency is also the store's (ranges, batches). */
  readonly http: HttpClient;
  readonly bucket: string;
  readonly region: string;
  /** e.g. http://127.0.0.1:4568; when set, requests use path-style addressing. */
  readonly endpoint?: string | undefined;
  /** Notices such as following the bucket to another region, or an aborted upload. Default: none. */
  readonly log?: Log | undefined;
  /** Files above this many bytes go up as multipart. Default 16 MiB. */
  readonly multipartThreshold?: number | undefined;
  /** Default 8 MiB; raised when a file would need more than 10,000 parts. */
  readonly partSize?: number | undefined;
  /** Copies of sources above this many bytes go as UploadPartCopy parts. Default 5 GiB, S3's limit for one copy. */
  readonly copyThreshold?: number | undefined;
  /** The parts of such a copy (at least 5 MiB but the last). Default 512 MiB. */
  readonly copyPartSize?: number | undefined;
  /** Server-side encryption of every object written. Default: the bucket's. */
  readonly encryption?: Encryption | undefined;
  /** The account id that must own the bucket, checked by S3 on every request. */
  readonly expectedBucketOwner?: string | undefined;
}

export interface S3Store extends ObjectStore {
  /** The region requests are signed for (changes if the bucket turned out to live elsewhere). */
  readonly region: string;
}

const MiB = 1024 * 1024;
const DELETE_BATCH = 1000;
/** Parts of a copy move no bytes through here: large ones mean few requests (a 5 GB file in 10). */
const COPY_PART_SIZE = 512 * MiB;
/** Multipart parts in flight across all uploads (rclone sends 4 per file): 4 x 8 MiB of buffers. */
const PARTS_IN_FLIGHT = 4;
const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function createS3Store(config: S3StoreConfig): S3Store {
  const { bucket, http } = config;
  const multipartThreshold = config.multipartThreshold ?? 16 * MiB;
  const partSize = config.partSize ?? 8 * MiB;
  const concurrency = Math.max(1, http.concurrency);
  const partBuffers = createPartBuffers(PARTS_IN_FLIGHT);
  // The last stale sweep: multipart uploads under its prefix wait for it, and start from what it left.
  let sweep: { readonly prefix: string; readonly left: Promise<readonly IncompleteUpload[] | undefined> } | undefined;
  const s3 = createS3Caller({
    http,
    bucket,
    region: config.region,
    endpoint: config.endpoint,
    log: config.log ?? silentLog,
    encryption: config.encryption,
    expectedBucketOwner: config.expectedBucketOwner,
  });

  async function readObject(key: string): Promise<ObjectWithEtag | undefined> {
    try {
      const response = await s3.call({ action: 'GetObject', method: 'GET', key, idempotent: true });
      return { body: response.body, etag: normalizeEtag(response.headers.etag) };
    } catch (error) {
      if (
        error instanceof AwsError &&
        (error.code === 'NoSuchKey' || (error.status === 404 && error.code === 'NotFound'))
      ) {
        return undefined;
      }
      throw error;
    }
  }

  /** One PutObject; Content-MD5 makes a repeat safe (S3 refuses a body that arrived damaged). */
  async function put(
    key: string,
    headers: ObjectHeaders,
    contentMd5: string,
    body: AwsRequest['body'],
    length: number,
    condition?: WriteCondition,
  ): Promise<string> {
    const response = await s3.call({
      action: 'PutObject',
      method: 'PUT',
      key,
      headers: {
        ...objectHeaderFields(headers),
        'content-md5': contentMd5,
        'content-length': String(length),
        ...conditionHeaders(condition),
      },
      body,
      idempotent: true,
    });
    return normalizeEtag(response.headers.etag);
  }

  async function uploadFile(
    key: string,
    file: LocalFile,
    headers: ObjectHeaders,
    onBytes?: (n: number) => void,
  ): Promise<string> {
    if (file.size > multipartThreshold) {
      const uploadsBefore = sweep !== undefined && key.startsWith(sweep.prefix) ? sweep.left : undefined;
      return uploadMultipart(s3, key, file, objectHeaderFields(headers), {
        partSize,
        buffers: partBuffers,
        onBytes,
        uploadsBefore,
      });
    }
    const etag = await put(
      key,
      headers,
      Buffer.from(file.md5, 'hex').toString('base64'),
      () => createReadStream(file.absPath),
      file.size,
    );
    onBytes?.(file.size);
    return etag;
  }

  async function deleteObjects(keys: readonly string[]): Promise<void> {
    const unique = [...new Set(keys)];
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += DELETE_BATCH) batches.push(unique.slice(i, i + DELETE_BATCH));
    const failures = (await mapLimit(batches, concurrency, (batch) => deleteBatch(s3, batch))).flat();
    if (failures.length > 0) {
      const shown = failures.slice(0, 20).map((f) => `${JSON.stringify(f.key)} (${f.code}: ${f.message})`);
      const more = failures.length > shown.length ? `, and ${failures.length - shown.length} more` : '';
      const first = failures[0];
      throw new AwsError(
        `S3 DeleteObjects on s3://${bucket} could not delete ${failures.length} of ${unique.length} keys: ${shown.join(', ')}${more}`,
        { code: first?.code ?? 'DeleteFailed', bucket },
      );
    }
  }

  return {
    get region() {
      return s3.region;
    },
    list: (prefix, splitAfter) => listObjects(s3, prefix, splitAfter ?? [], concurrency),
    getObject: async (key) => (await readObject(key))?.body,
    readObject,
    putObject: (key, body, headers, condition) => put(key, headers, md5Base64(body), body, body.length, condition),
    isConditionFailed,
    isConditionUnsupported: (error) =>
      error instanceof AwsError && (error.code === 'NotImplemented' || error.status === 501),
    uploadFile,
    copyObject: (source, key, headers) =>
      copyObject(s3, source, key, headers, {
        threshold: config.copyThreshold ?? 5 * 1024 * MiB,
        partSize: config.copyPartSize ?? COPY_PART_SIZE,
        concurrency,
      }),
    deleteObjects,
    async abortStaleUploads(prefix, olderThanMs, files) {
      const keys = new Set(files.filter((file) => file.size > multipartThreshold).map((file) => file.key));
      if (keys.size === 0) return 0;
      const swept = abortUploads(
        s3,
        prefix,
        { keys, initiatedBy: http.clock.now() - olderThanMs },
        'left by an earlier run',
      );
      sweep = { prefix, left: swept.then((result) => result.left) };
      return (await swept).aborted;
    },
  };
}

async function deleteBatch(
  s3: S3Caller,
  batch: readonly string[],
): Promise<{ key: string; code: string; message: string }[]> {
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="${S3_XMLNS}"><Quiet>true</Quiet>` +
      batch.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join('') +
      '</Delete>',
  );
  const response = await s3.call({
    action: 'DeleteObjects',
    method: 'POST',
    query: { delete: '' },
    headers: { 'content-type': 'application/xml', 'content-md5': md5Base64(body) },
    body,
    idempotent: true,
  });
  // Quiet: S3 lists only the failures. A server that lists every deleted key too (s3rver) would
  // cost a parse of them all; an answer without an <Error> element has nothing to read.
  if (!response.body.includes('<Error>')) return [];
  return children(child(parseXml(response.body), 'DeleteResult'), 'Error').map((entry) => ({
    key: text(entry, 'Key') ?? '?',
    code: text(entry, 'Code') ?? 'UnknownError',
    message: text(entry, 'Message') ?? '',
  }));
}

function conditionHeaders(condition: WriteCondition | undefined): Record<string, string> {
  if (condition === undefined) return {};
  return 'ifMatch' in condition ? { 'if-match': `"${condition.ifMatch}"` } : { 'if-none-match': '*' };
}

/** 412 PreconditionFailed; S3 answers 409 ConditionalRequestConflict to a write racing another on the key. */
function isConditionFailed(error: unknown): boolean {
  return (
    error instanceof AwsError &&
    (error.code === 'PreconditionFailed' || error.code === 'ConditionalRequestConflict' || error.status === 412)
  );
}

function md5Base64(body: Buffer): string {
  return createHash('md5').update(body).digest('base64');
}
