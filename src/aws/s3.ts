/** ObjectStore over S3's REST API, on our signed HTTP layer. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { compareKeys } from '../core/keys.js';
import type { Credentials, LocalFile, ObjectHeaders, RemoteObject } from '../core/types.js';
import type { Clock, ObjectStore } from '../ports.js';
import { decodeUrlEncodedKey, encodeKeyPath } from './encode.js';
import { resolveS3Location, type S3Location } from './endpoints.js';
import { AwsError, explainS3Error, isRegionError, type S3Operation } from './errors.js';
import { type AwsRequest, type AwsResponse, createHttpClient } from './http.js';
import { mapLimit } from '../util/pool.js';
import { child, children, escapeXml, parseXml, text } from './xml.js';

export interface S3StoreConfig {
  readonly bucket: string;
  readonly region: string;
  /** e.g. http://127.0.0.1:4568; when set, requests use path-style addressing. */
  readonly endpoint?: string;
  readonly credentials: Credentials;
  /** Parallel requests (sockets, and parts of one multipart upload). */
  readonly concurrency: number;
  /** Files above this many bytes go up as multipart. Default 16 MiB. */
  readonly multipartThreshold?: number;
  /** Default 8 MiB; raised when a file would need more than 10,000 parts. */
  readonly partSize?: number;
  readonly clock: Clock;
  readonly timeoutMs?: number;
  readonly random?: () => number;
  /** Notices such as following the bucket to another region. Default: console.warn. */
  readonly log?: (message: string) => void;
}

export interface S3Store extends ObjectStore {
  /** The region requests are signed for (changes if the bucket turned out to live elsewhere). */
  readonly region: string;
  /** Closes idle keep-alive sockets. */
  close(): void;
}

const MiB = 1024 * 1024;
const MAX_PARTS = 10_000;
const DELETE_BATCH = 1000;
const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function createS3Store(config: S3StoreConfig): S3Store {
  const { bucket, endpoint } = config;
  const multipartThreshold = config.multipartThreshold ?? 16 * MiB;
  const basePartSize = config.partSize ?? 8 * MiB;
  const concurrency = Math.max(1, config.concurrency);
  const log = config.log ?? ((message: string) => console.warn(message));
  const client = createHttpClient({
    credentials: config.credentials,
    concurrency,
    clock: config.clock,
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    ...(config.random === undefined ? {} : { random: config.random }),
  });
  let region = config.region;
  let location = locate(region);

  function locate(forRegion: string): S3Location {
    return resolveS3Location({ bucket, region: forRegion, ...(endpoint === undefined ? {} : { endpoint }) });
  }

  interface Call {
    readonly operation: S3Operation;
    readonly key?: string;
    readonly method: string;
    readonly query?: Record<string, string>;
    readonly headers?: Record<string, string>;
    readonly body?: AwsRequest['body'];
    readonly errorIn200?: boolean;
  }

  /** One S3 request, following the bucket once to the region the server names. */
  async function call(spec: Call, redirected = false): Promise<AwsResponse> {
    const path =
      spec.key === undefined ? location.bucketPath || '/' : `${location.bucketPath}/${encodeKeyPath(spec.key)}`;
    const request: AwsRequest = {
      service: 's3',
      region,
      endpoint: location.endpoint,
      method: spec.method,
      path,
      ...(spec.query === undefined ? {} : { query: spec.query }),
      ...(spec.headers === undefined ? {} : { headers: spec.headers }),
      ...(spec.body === undefined ? {} : { body: spec.body }),
      ...(spec.errorIn200 === undefined ? {} : { errorIn200: spec.errorIn200 }),
    };
    try {
      return await client.send(request);
    } catch (error) {
      const target = error instanceof AwsError && isRegionError(error.code, error.status) ? error.region : undefined;
      if (!redirected && target !== undefined && target !== region) {
        log(`S3 bucket "${bucket}" is in region ${target}, not ${region}: following it there (set the region to ${target} to skip this).`);
        region = target;
        location = locate(target);
        return call(spec, true);
      }
      throw explainS3Error(error, {
        operation: spec.operation,
        bucket,
        region,
        endpoint: endpointUrl(location),
        ...(spec.key === undefined ? {} : { key: spec.key }),
      });
    }
  }

  /** The key space cut at splitAfter into ranges (start after the previous cut, end at this one), listed in parallel. */
  async function list(prefix: string, splitAfter: readonly string[] = []): Promise<RemoteObject[]> {
    const cuts = [...new Set(splitAfter.filter((key) => key.startsWith(prefix)))].sort(compareKeys);
    const ranges = [undefined, ...cuts].map((startAfter, i) => ({ startAfter, last: cuts[i] }));
    const found = new Map<string, RemoteObject>();
    for (const objects of await mapLimit(ranges, concurrency, (range) => listRange(prefix, range.startAfter, range.last))) {
      for (const object of objects) found.set(object.key, object);
    }
    return [...found.values()];
  }

  /** Keys in (startAfter, last]; both open when undefined. */
  async function listRange(prefix: string, startAfter: string | undefined, last: string | undefined): Promise<RemoteObject[]> {
    const found: RemoteObject[] = [];
    const seenTokens = new Set<string>();
    let token: string | undefined;
    for (;;) {
      const query: Record<string, string> = { 'list-type': '2', 'encoding-type': 'url' };
      if (prefix !== '') query['prefix'] = prefix;
      if (token !== undefined) query['continuation-token'] = token;
      else if (startAfter !== undefined) query['start-after'] = startAfter;
      const response = await call({ operation: 'list', method: 'GET', query });
      const result = child(parseXml(response.body), 'ListBucketResult');
      if (result === undefined) throw new Error(`S3 ListObjectsV2 on s3://${bucket}: the answer is not a ListBucketResult`);
      // Decode only when the server says it encoded: s3rver ignores encoding-type and sends raw keys.
      const urlEncoded = text(result, 'EncodingType')?.toLowerCase() === 'url';
      let pastRange = false;
      for (const entry of children(result, 'Contents')) {
        const rawKey = text(entry, 'Key');
        if (rawKey === undefined) continue;
        const key = urlEncoded ? decodeUrlEncodedKey(rawKey) : rawKey;
        if (last !== undefined && compareKeys(key, last) > 0) {
          pastRange = true; // the next range lists it
          continue;
        }
        const storageClass = text(entry, 'StorageClass');
        found.push({
          key,
          etag: normalizeEtag(text(entry, 'ETag')),
          size: Number(text(entry, 'Size') ?? '0'),
          ...(storageClass === undefined || storageClass === '' ? {} : { storageClass }),
        });
      }
      if (pastRange || text(result, 'IsTruncated') !== 'true') return found;
      token = text(result, 'NextContinuationToken');
      if (token === undefined || token === '' || seenTokens.has(token)) {
        throw new Error(`S3 ListObjectsV2 on s3://${bucket}: a truncated page came without a new continuation token`);
      }
      seenTokens.add(token);
    }
  }

  async function getObject(key: string): Promise<Buffer | undefined> {
    try {
      return (await call({ operation: 'get', method: 'GET', key })).body;
    } catch (error) {
      if (error instanceof AwsError && (error.code === 'NoSuchKey' || (error.status === 404 && error.code === 'NotFound'))) {
        return undefined;
      }
      throw error;
    }
  }

  async function putObject(key: string, body: Buffer, headers: ObjectHeaders): Promise<string> {
    const response = await call({
      operation: 'put',
      method: 'PUT',
      key,
      headers: { ...objectHeaderFields(headers), 'content-md5': md5Base64(body) },
      body,
    });
    return etagOf(response.headers);
  }

  async function uploadFile(
    key: string,
    file: LocalFile,
    headers: ObjectHeaders,
    onBytes?: (n: number) => void,
  ): Promise<string> {
    if (file.size > multipartThreshold) return uploadMultipart(key, file, headers, onBytes);
    const response = await call({
      operation: 'put',
      method: 'PUT',
      key,
      headers: {
        ...objectHeaderFields(headers),
        'content-md5': Buffer.from(file.md5, 'hex').toString('base64'),
        'content-length': String(file.size),
      },
      body: () => createReadStream(file.absPath),
    });
    onBytes?.(file.size);
    return etagOf(response.headers);
  }

  async function uploadMultipart(
    key: string,
    file: LocalFile,
    headers: ObjectHeaders,
    onBytes?: (n: number) => void,
  ): Promise<string> {
    const partSize = Math.max(basePartSize, Math.ceil(file.size / MAX_PARTS));
    const partCount = Math.ceil(file.size / partSize);
    const created = await call({
      operation: 'put',
      method: 'POST',
      key,
      query: { uploads: '' },
      headers: { ...objectHeaderFields(headers), 'x-amz-meta-md5': file.md5 },
    });
    const uploadId = text(child(parseXml(created.body), 'InitiateMultipartUploadResult'), 'UploadId');
    if (uploadId === undefined || uploadId === '') {
      throw new Error(`S3 CreateMultipartUpload on s3://${bucket}/${key}: the answer has no UploadId`);
    }
    try {
      const etags = await mapLimit(range(partCount), concurrency, async (index) => {
        const start = index * partSize;
        const end = Math.min(file.size, start + partSize) - 1;
        const md5 = await md5OfRange(file.absPath, start, end);
        const response = await call({
          operation: 'put',
          method: 'PUT',
          key,
          query: { partNumber: String(index + 1), uploadId },
          headers: { 'content-md5': md5, 'content-length': String(end - start + 1) },
          body: () => createReadStream(file.absPath, { start, end }),
        });
        onBytes?.(end - start + 1);
        const etag = response.headers.etag;
        if (typeof etag !== 'string') throw new Error(`S3 UploadPart ${index + 1} of s3://${bucket}/${key}: no ETag in the answer`);
        return etag;
      });
      const completeBody = Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="${S3_XMLNS}">` +
          etags.map((etag, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${escapeXml(etag)}</ETag></Part>`).join('') +
          '</CompleteMultipartUpload>',
      );
      const completed = await call({
        operation: 'put',
        method: 'POST',
        key,
        query: { uploadId },
        headers: { 'content-type': 'application/xml' },
        body: completeBody,
        errorIn200: true,
      });
      const result = parseXml(completed.body);
      // moto names the root CompleteMultipartUploadResponse.
      const etag =
        text(child(result, 'CompleteMultipartUploadResult') ?? child(result, 'CompleteMultipartUploadResponse'), 'ETag') ??
        completed.headers.etag?.toString();
      if (etag === undefined || etag === '') {
        throw new Error(`S3 CompleteMultipartUpload of s3://${bucket}/${key}: the answer has no ETag`);
      }
      return normalizeEtag(etag);
    } catch (error) {
      await call({ operation: 'put', method: 'DELETE', key, query: { uploadId } }).catch((abortError: unknown) => {
        log(`S3 AbortMultipartUpload of s3://${bucket}/${key} (upload id ${uploadId}) failed too: ${String(abortError)}`);
      });
      throw error;
    }
  }

  async function deleteObjects(keys: readonly string[]): Promise<void> {
    const unique = [...new Set(keys)];
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += DELETE_BATCH) batches.push(unique.slice(i, i + DELETE_BATCH));
    const failures = (await mapLimit(batches, concurrency, deleteBatch)).flat();
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

  async function deleteBatch(batch: readonly string[]): Promise<{ key: string; code: string; message: string }[]> {
    const body = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="${S3_XMLNS}"><Quiet>true</Quiet>` +
        batch.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join('') +
        '</Delete>',
    );
    const response = await call({
      operation: 'delete',
      method: 'POST',
      query: { delete: '' },
      headers: { 'content-type': 'application/xml', 'content-md5': md5Base64(body) },
      body,
    });
    return children(child(parseXml(response.body), 'DeleteResult'), 'Error').map((entry) => ({
      key: text(entry, 'Key') ?? '?',
      code: text(entry, 'Code') ?? 'UnknownError',
      message: text(entry, 'Message') ?? '',
    }));
  }

  return {
    get region() {
      return region;
    },
    list,
    getObject,
    putObject,
    uploadFile,
    deleteObjects,
    close: () => client.close(),
  };
}

function endpointUrl({ endpoint }: S3Location): string {
  return `${endpoint.protocol}//${endpoint.hostname}${endpoint.port === undefined ? '' : `:${endpoint.port}`}`;
}

function objectHeaderFields(headers: ObjectHeaders): Record<string, string> {
  const fields: Record<string, string> = { 'content-type': headers.contentType };
  if (headers.cacheControl !== undefined) fields['cache-control'] = headers.cacheControl;
  if (headers.acl !== undefined) fields['x-amz-acl'] = headers.acl;
  if (headers.storageClass !== undefined) fields['x-amz-storage-class'] = headers.storageClass;
  if (headers.contentDisposition !== undefined) fields['content-disposition'] = headers.contentDisposition;
  if (headers.contentLanguage !== undefined) fields['content-language'] = headers.contentLanguage;
  if (headers.contentEncoding !== undefined) fields['content-encoding'] = headers.contentEncoding;
  if (headers.expires !== undefined) fields['expires'] = headers.expires;
  if (headers.websiteRedirectLocation !== undefined) fields['x-amz-website-redirect-location'] = headers.websiteRedirectLocation;
  for (const [name, value] of Object.entries(headers.metadata)) fields[`x-amz-meta-${name.toLowerCase()}`] = value;
  return fields;
}

function md5Base64(body: Buffer): string {
  return createHash('md5').update(body).digest('base64');
}

/** Content-MD5 of bytes start..end (inclusive) of a file, read in one streaming pass. */
async function md5OfRange(path: string, start: number, end: number): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { start, end })) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

function normalizeEtag(etag: string | undefined): string {
  return (etag ?? '').replace(/"/g, '').toLowerCase();
}

function etagOf(headers: IncomingHttpHeaders): string {
  return normalizeEtag(headers.etag);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
