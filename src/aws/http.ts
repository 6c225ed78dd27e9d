/**
 * Signed HTTP for any AWS service: aws4 (SigV4) over node:http/https with an explicit,
 * already-encoded path (WHATWG URL and fetch would rewrite '.' and '..' segments of S3 keys),
 * keep-alive agents sized to the configured concurrency, a socket timeout, and the standard
 * retry policy. Bodies are a Buffer or a factory of fresh Readables, so a retry can resend.
 */
import { createHash } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import aws4 from 'aws4';
import type { Credentials } from '../core/types.js';
import type { Clock } from '../ports.js';
import { encodeQuery } from './encode.js';
import { errorFromResponse } from './errors.js';
import { type RetryEvent, type RetryPolicy, SigningClock, withRetries } from './retry.js';
import { parseXml } from './xml.js';

export interface Endpoint {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  /** Omitted for the protocol's default port. */
  readonly port?: number;
}

export interface AwsRequest {
  readonly service: string;
  readonly region: string;
  readonly endpoint: Endpoint;
  readonly method: string;
  /** Starts with '/', every segment already percent-encoded (see encodeKeyPath). */
  readonly path: string;
  /** Raw names and values; encoded here. */
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * A Buffer is signed with its sha256. A factory is called once per attempt, its stream is sent
   * with x-amz-content-sha256: UNSIGNED-PAYLOAD, and headers must then carry content-length.
   */
  readonly body?: Buffer | (() => Readable);
  /** Some S3 calls (CompleteMultipartUpload) can answer 200 with an <Error> document. */
  readonly errorIn200?: boolean;
}

export interface AwsResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface SignedRequest {
  /** Path and query exactly as they go on the wire. */
  readonly path: string;
  readonly headers: Record<string, string>;
}

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

export function hostHeader(endpoint: Endpoint): string {
  return endpoint.port === undefined ? endpoint.hostname : `${endpoint.hostname}:${endpoint.port}`;
}

/** Signs request as of `at`. Pure: no I/O, so fixed vectors can check it. */
export function signRequest(request: AwsRequest, credentials: Credentials, at: Date): SignedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  headers['host'] = hostHeader(request.endpoint);
  headers['x-amz-date'] = at.toISOString().replace(/[:-]|\.\d{3}/g, '');
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
    host: headers['host'],
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

export interface HttpClientOptions {
  readonly credentials: Credentials;
  /** Sockets per host (keep-alive agent maxSockets). */
  readonly concurrency: number;
  readonly clock: Clock;
  /** Idle-socket timeout per request. Default 60 s. */
  readonly timeoutMs?: number;
  readonly random?: () => number;
  readonly retryPolicy?: RetryPolicy;
  readonly onRetry?: (event: RetryEvent, request: AwsRequest) => void;
}

export interface HttpClient {
  /** Sends with retries. Resolves with a 2xx response; anything else rejects with an AwsError. */
  send(request: AwsRequest): Promise<AwsResponse>;
  /** The signing clock (carries any correction learnt from RequestTimeTooSkewed). */
  readonly signingClock: SigningClock;
  /** Closes idle keep-alive sockets. */
  close(): void;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const agentOptions = { keepAlive: true, maxSockets: Math.max(1, options.concurrency) };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const signingClock = new SigningClock(options.clock);
  const timeoutMs = options.timeoutMs ?? 60_000;

  async function attempt(request: AwsRequest): Promise<AwsResponse> {
    const signed = signRequest(request, options.credentials, signingClock.now());
    return answered(request, await exchange(request, signed, agents[request.endpoint.protocol], timeoutMs));
  }

  return {
    signingClock,
    send: (request) =>
      withRetries(() => attempt(request), {
        clock: options.clock,
        signingClock,
        ...(options.random === undefined ? {} : { random: options.random }),
        ...(options.retryPolicy === undefined ? {} : { policy: options.retryPolicy }),
        ...(options.onRetry === undefined ? {} : { onRetry: (event: RetryEvent) => options.onRetry?.(event, request) }),
      }),
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

/**
 * One request without a signature, for the one call made before there are credentials
 * (STS AssumeRoleWithWebIdentity). No retries here: the caller chooses them.
 */
export async function sendUnsigned(
  request: Pick<AwsRequest, 'endpoint' | 'method' | 'path' | 'query' | 'headers'> & { readonly body?: Buffer },
  timeoutMs: number,
): Promise<AwsResponse> {
  const query = request.query === undefined ? '' : encodeQuery(request.query);
  const headers: Record<string, string> = { host: hostHeader(request.endpoint) };
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  if (request.body !== undefined) headers['content-length'] = String(request.body.length);
  const unsigned: SignedRequest = { path: query === '' ? request.path : `${request.path}?${query}`, headers };
  const agent = request.endpoint.protocol === 'https:' ? https.globalAgent : http.globalAgent;
  return answered({}, await exchange(request, unsigned, agent, timeoutMs));
}

/** The response if it reports success; otherwise the AwsError it describes. */
function answered(request: Pick<AwsRequest, 'errorIn200'>, response: AwsResponse): AwsResponse {
  const failed =
    response.status < 200 || response.status >= 300 || (request.errorIn200 === true && startsWithErrorDocument(response.body));
  if (failed) throw errorFromResponse(response.status, response.headers, response.body);
  return response;
}

function startsWithErrorDocument(body: Buffer): boolean {
  if (!body.subarray(0, 512).toString('utf8').includes('<Error')) return false;
  try {
    return parseXml(body)['Error'] !== undefined;
  } catch {
    return false;
  }
}

function exchange(
  request: Pick<AwsRequest, 'endpoint' | 'method' | 'body'>,
  signed: SignedRequest,
  agent: http.Agent,
  timeoutMs: number,
): Promise<AwsResponse> {
  const send = request.endpoint.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    let stream: Readable | undefined;
    const req = send(
      {
        protocol: request.endpoint.protocol,
        hostname: request.endpoint.hostname,
        ...(request.endpoint.port === undefined ? {} : { port: request.endpoint.port }),
        method: request.method,
        path: signed.path,
        headers: signed.headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          // An early error answer (403 before the upload finished) leaves the file stream open.
          stream?.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(Object.assign(new Error(`no response activity for ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    });
    req.on('error', reject);
    const body = request.body;
    if (body === undefined) {
      req.end();
    } else if (Buffer.isBuffer(body)) {
      req.end(body);
    } else {
      const source = body();
      stream = source;
      source.on('error', (error) => req.destroy(error));
      req.on('error', () => source.destroy());
      source.pipe(req);
    }
  });
}
