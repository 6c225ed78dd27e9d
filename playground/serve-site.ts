/**
 * `npm start -- --serve`: the deployed site as a browser sees it, read from the local S3 bucket as an S3 website
 * endpoint serves it: `/docs/` is docs/index.html, `/docs` redirects to `/docs/` when that index exists, a missing
 * key gets the site's 404.html with status 404, an object stored with a website redirect answers 301 to it, and every
 * object keeps the Content-Type (and x-amz-meta-* headers) it was stored with.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import aws4 from 'aws4';

export interface WebsiteOptions {
  /** The S3 endpoint, e.g. http://127.0.0.1:43127 (path-style requests). */
  readonly s3Endpoint: string;
  readonly bucket: string;
  /** Key prefix the site lives under, without slashes at either end ('' for the bucket root). */
  readonly prefix: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region?: string;
  readonly indexDocument?: string;
  readonly errorDocument?: string;
}

export interface SiteOptions extends WebsiteOptions {
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

function getObject(options: WebsiteOptions, key: string): Promise<S3Answer> {
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

/** A website endpoint's answer to one GET or HEAD (the body is left out of HEAD when it is sent). */
export interface WebsiteAnswer {
  readonly status: number;
  readonly headers: http.OutgoingHttpHeaders;
  readonly body: Buffer;
}

function passed(status: number, object?: S3Answer): WebsiteAnswer {
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain; charset=utf-8' };
  for (const [name, value] of Object.entries(object?.headers ?? {})) {
    if (PASSED_HEADERS.includes(name) || name.startsWith('x-amz-meta-')) headers[name] = value;
  }
  return { status, headers, body: object?.body ?? Buffer.from(`${status} ${http.STATUS_CODES[status]}\n`) };
}

function redirect(status: number, location: string): WebsiteAnswer {
  return { status, headers: { location, 'content-length': '0' }, body: Buffer.alloc(0) };
}

/** What the website endpoint answers for a URL path (also the viewer endpoint's origin, in playground/edge/). */
export async function websiteAnswer(options: WebsiteOptions, method: string, path: string): Promise<WebsiteAnswer> {
  const indexDocument = options.indexDocument ?? 'index.html';
  const key = keyFor(path, options.prefix, indexDocument);
  if (method !== 'GET' && method !== 'HEAD') return passed(405);
  if (key === undefined) return passed(400);
  const object = await getObject(options, key);
  const redirectTo = object.headers['x-amz-website-redirect-location'];
  if (object.status === 200 && typeof redirectTo === 'string') return redirect(301, redirectTo);
  if (object.status === 200) return passed(200, object);
  if (object.status !== 404) return passed(502);
  if (!path.endsWith('/') && (await getObject(options, `${key}/${indexDocument}`)).status === 200) {
    return redirect(302, `${path}/`);
  }
  const errorKey = keyFor(`/${options.errorDocument ?? '404.html'}`, options.prefix, indexDocument);
  const errorPage = errorKey === undefined ? undefined : await getObject(options, errorKey);
  return passed(404, errorPage?.status === 200 ? errorPage : undefined);
}

async function answer(options: SiteOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const reply = await websiteAnswer(options, method, new URL(req.url ?? '/', 'http://site').pathname);
  res.writeHead(reply.status, reply.headers);
  res.end(method === 'HEAD' ? undefined : reply.body);
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
