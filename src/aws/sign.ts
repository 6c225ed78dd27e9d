/** SigV4 signing with aws4, over an explicit, already-encoded path. Pure: no I/O, no clock. */
import { createHash } from 'node:crypto';
import aws4 from 'aws4';
import type { Credentials } from '../core/types.js';
import { encodeQuery } from './encode.js';
import type { Endpoint } from './endpoints.js';
import type { AwsRequest, UnsignedRequest, WireRequest } from './request.js';

export const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

/** Signs request as of `at`. Pure, so fixed vectors can check it. */
export function signRequest(request: AwsRequest, credentials: Credentials, at: Date): WireRequest {
  const headers = lowerCased(request.headers, request.endpoint);
  headers['x-amz-date'] = amzDate(at);
  const body = request.body;
  if (Buffer.isBuffer(body)) {
    headers['content-length'] = String(body.length);
    headers['x-amz-content-sha256'] ??= createHash('sha256').update(body).digest('hex');
  } else if (body !== undefined) {
    if (headers['content-length'] === undefined) throw new Error('a streamed body needs a content-length header');
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  } else {
    headers['x-amz-content-sha256'] ??= EMPTY_SHA256;
  }
  const query = request.query === undefined ? '' : encodeQuery(request.query);
  // For s3, aws4 decodes each path segment and re-encodes it with RFC 3986, so a fully encoded
  // path (no literal '+') signs as itself. Other services get their path encoded a second time,
  // which is what SigV4 requires of them.
  const toSign: aws4.Request & { extraHeadersToInclude: Record<string, boolean> } = {
    service: request.service,
    region: request.region,
    method: request.method,
    host: hostOf(request.endpoint),
    path: query === '' ? request.path : `${request.path}?${query}`,
    headers,
    // aws4 leaves Range unsigned by default; S3's documented vectors sign it.
    extraHeadersToInclude: { range: true },
  };
  const signed = aws4.sign(toSign, {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken === undefined ? {} : { sessionToken: credentials.sessionToken }),
  });
  const signedHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers ?? {})) {
    if (value !== undefined) signedHeaders[name] = String(value);
  }
  return { path: signed.path ?? request.path, headers: signedHeaders };
}

/** The wire form of a request that carries no signature. */
export function unsignedRequest(request: UnsignedRequest): WireRequest {
  const headers = lowerCased(request.headers, request.endpoint);
  if (request.body !== undefined) headers['content-length'] = String(request.body.length);
  const query = request.query === undefined ? '' : encodeQuery(request.query);
  return { path: query === '' ? request.path : `${request.path}?${query}`, headers };
}

/** The given headers with lower-case names, and host. */
export function lowerCased(
  given: Readonly<Record<string, string>> | undefined,
  endpoint: Endpoint,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = value;
  headers['host'] = hostOf(endpoint);
  return headers;
}

export function hostOf(endpoint: Endpoint): string {
  return endpoint.port === undefined ? endpoint.hostname : `${endpoint.hostname}:${endpoint.port}`;
}

/** '20150830T123600Z' */
export function amzDate(at: Date): string {
  return at.toISOString().replace(/[:-]|\.\d{3}/g, '');
}
