/**
 * `npm start -- --serve`: the deployed site as a browser sees it, read from the local S3 bucket as an S3 website
 * endpoint serves it: `/docs/` is docs/index.html, `/docs` redirects to `/docs/` when that index exists, a missing
 * key gets the site's 404.html with status 404, and every object keeps the Content-Type it was stored with.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import aws4 from 'aws4';

export interface SiteOptions {
  /** The S3 endpoint, e.g. http://127.0.0.1:43127 (path-style requests). */
  readonly s3Endpoint: string;
  readonly bucket: string;
  /** Key prefix the site lives under, without slashes at either end ('' for the bucket root). */
  readonly prefix: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region?: string;
  readonly indexDocument?: string;
  readonly errorDocument?: string;
  /** 0 (default) = any free port. */
  readonly port?: number;
}

export interface SiteServer {
  /** e.g. http://127.0.0.1:40531/ */
  readonly url: string;
  stop(): Promise<void>;
}

const PASSED_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified'];

interface S3Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** RFC 3986 encoding of each segment, as S3 signing expects. */
function encodeKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

function getObject(options: SiteOptions, key: string): Promise<S3Answer> {
  const endpoint = new URL(options.s3Endpoint);
  const request = aws4.sign(
    {
      host: endpoint.host,
      path: `/${encodeKey(options.bucket)}/${encodeKey(key)}`,
      method: 'GET',
      service: 's3',
      region: options.region ?? 'us-east-1',
    },
    options.credentials,
  );
  return new Promise((resolve, reject) => {
    const req = http.request({ ...request, hostname: endpoint.hostname, port: endpoint.port }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The key a URL path names, or undefined when the path cannot be a key (bad escapes, empty or dot segments). */
export function keyFor(path: string, prefix: string, indexDocument: string): string | undefined {
  let segments: string[];
  try {
    segments = path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = indexDocument;
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return [prefix, ...segments].filter((s) => s !== '').join('/');
}

async function answer(options: SiteOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const indexDocument = options.indexDocument ?? 'index.html';
  const path = new URL(req.url ?? '/', 'http://site').pathname;
  const key = keyFor(path, options.prefix, indexDocument);
  const send = (status: number, object?: S3Answer) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain; charset=utf-8' };
    for (const name of PASSED_HEADERS) if (object?.headers[name] !== undefined) headers[name] = object.headers[name];
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : (object?.body ?? `${status} ${http.STATUS_CODES[status]}\n`));
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
  if (key === undefined) return send(400);
  const object = await getObject(options, key);
  if (object.status === 200) return send(200, object);
  if (object.status !== 404) return send(502);
  if (!path.endsWith('/') && (await getObject(options, `${key}/${indexDocument}`)).status === 200) {
    res.writeHead(302, { location: `${path}/` });
    return void res.end();
  }
  const errorKey = keyFor(`/${options.errorDocument ?? '404.html'}`, options.prefix, indexDocument);
  const errorPage = errorKey === undefined ? undefined : await getObject(options, errorKey);
  return send(404, errorPage?.status === 200 ? errorPage : undefined);
}

export function serveSite(options: SiteOptions): Promise<SiteServer> {
  const server = http.createServer((req, res) => {
    answer(options, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The local S3 did not answer: ${String(error)}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
