/**
 * One HTTP exchange over node:http/https with an explicit path (WHATWG URL and fetch would
 * rewrite '.' and '..' segments of S3 keys), and the reading of its answer as success or AwsError.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { errorFromResponse } from './errors.js';
import type { Route } from './proxy.js';
import type { AwsRequest, AwsResponse, WireRequest } from './request.js';
import { parseXml } from './xml.js';

export function exchange(
  request: Pick<AwsRequest, 'endpoint' | 'method' | 'body' | 'signal'>,
  wire: WireRequest,
  route: Route,
  timeoutMs: number,
): Promise<AwsResponse> {
  const { endpoint } = request;
  const proxy = route.forwardProxy;
  // Through a forward proxy the request line carries the absolute URL, built here by hand so the
  // path stays exactly as signed.
  const target =
    proxy === undefined
      ? {
          protocol: endpoint.protocol,
          hostname: endpoint.hostname,
          port: endpoint.port ?? null,
          path: wire.path,
          headers: wire.headers,
        }
      : {
          protocol: proxy.protocol,
          hostname: proxy.hostname.replace(/^\[|\]$/g, ''),
          port: proxy.port === '' ? null : Number(proxy.port),
          path: `${endpoint.protocol}//${wire.headers['host'] ?? endpoint.hostname}${wire.path}`,
          headers: { ...wire.headers, ...proxyAuthorization(proxy) },
        };
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    let stream: Readable | undefined;
    const req = send(
      {
        ...target,
        method: request.method,
        agent: route.agent,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      },
      (res) => {
        const body = bodyCollector(request.method, res.headers['content-length']);
        res.on('data', body.add);
        res.on('end', () => {
          // An early error answer (403 before the upload finished) leaves the file stream open.
          stream?.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.bytes() });
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

/** From this size on, a body announced by its Content-Length is copied into one buffer as it comes. */
const PREALLOCATE_FROM = 64 << 10;
const PREALLOCATE_UP_TO = 256 << 20;

/**
 * The answer's bytes. A large body of known length (a listing page is about 300 KB, a manifest of
 * 100,000 entries 22 MB) goes straight into one buffer of that size: collected chunk by chunk and
 * joined at the end, it was held twice at once. (Not for HEAD: its Content-Length is the object's,
 * and no body follows.)
 */
function bodyCollector(method: string, contentLength: string | undefined) {
  const length = Number(contentLength);
  if (method !== 'HEAD' && Number.isSafeInteger(length) && length >= PREALLOCATE_FROM && length <= PREALLOCATE_UP_TO) {
    const whole = Buffer.allocUnsafe(length);
    let filled = 0;
    return {
      add: (chunk: Buffer) => {
        filled += chunk.copy(whole, filled);
      },
      bytes: () => whole.subarray(0, filled),
    };
  }
  const chunks: Buffer[] = [];
  return {
    add: (chunk: Buffer) => {
      chunks.push(chunk);
    },
    bytes: () => Buffer.concat(chunks),
  };
}

function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '') return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}

/** The response if it reports success; otherwise the AwsError it describes. */
export function okOrThrow(request: Pick<AwsRequest, 'errorIn200'>, response: AwsResponse): AwsResponse {
  const failed =
    response.status < 200 ||
    response.status >= 300 ||
    (request.errorIn200 === true && startsWithErrorDocument(response.body));
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
