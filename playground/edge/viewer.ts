/**
 * The viewer endpoint: one CloudFront distribution of the CloudFront stand-in as a browser sees it. Each request runs
 * the associated viewer-request function (edge/viewer-request.js itself, reading the KVS stand-in's model, so a
 * pointer changed over the KVS API counts at the next request), then the cache (key: the URI after the function plus
 * the query string; TTLs in cache.ts), then on a miss the distribution's origin: its S3 bucket, with OriginPath, as
 * an S3 website endpoint answers (index documents, the site's 404.html, website redirects as 301). Invalidations
 * created on the stand-in take effect at the next request, in full at once (CloudFront takes seconds to minutes).
 * They match the cache key, i.e. the URI after the function: AWS advises invalidating both the viewer's URI and the
 * rewritten one, without saying which one counts, so the stand-in takes the strict reading.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { CloudFrontModel } from '../cloudfront/model.js';
import type { KvsModel } from '../keyvaluestore/model.js';
import { websiteAnswer } from '../serve-site.js';
import { listenLocally } from '../standin-http.js';
import { type CachedResponse, EdgeCache } from './cache.js';
import {
  fillInViewerFunction,
  isViewerResponse,
  loadViewerFunction,
  type QueryString,
  type ReleaseSite,
  readViewerFunction,
  type ViewerHandler,
  type ViewerResponse,
} from './viewer-function.js';

/** The viewer-request function associated with the distribution, and the store associated with the function. */
export interface ViewerFunctionAssociation {
  readonly kvs: KvsModel;
  readonly storeArn: string;
  readonly site: ReleaseSite;
  /** The function's LIVE code now (the CloudFront stand-in's); absent: the shipped file filled in for site. */
  readonly code?: () => string | undefined;
}

export interface ViewerOptions {
  readonly distributionId: string;
  /** The CloudFront stand-in's state: the distribution's origin, OriginPath, tag header, and its invalidations. */
  readonly cloudfront: CloudFrontModel;
  readonly s3Endpoint: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Absent: no function, requests reach the cache and the origin as they came. */
  readonly viewerRequest?: ViewerFunctionAssociation;
  /** 0 (the default) = any free port. Always 127.0.0.1. */
  readonly port?: number;
  /** The cache's clock, in milliseconds. */
  readonly now?: () => number;
  /** One line per request, e.g. console.log. */
  readonly log?: (line: string) => void;
}

export interface ViewerEndpoint {
  /** e.g. http://127.0.0.1:40531/ */
  readonly url: string;
  readonly cache: EdgeCache;
  stop(): Promise<void>;
}

/** The bucket of an S3 origin domain: 'site.s3.us-east-1.amazonaws.com', 'site.s3-website-us-east-1.amazonaws.com'. */
export function bucketOf(originDomain: string): string {
  const bucket = /^(.+?)\.s3[.-]/.exec(originDomain)?.[1];
  if (bucket === undefined) throw new Error(`The origin ${originDomain} is not an S3 bucket's domain`);
  return bucket;
}

/** The query string as the function sees it: names and values as they came, still percent-encoded. */
export function parseQuery(raw: string): QueryString {
  const query: QueryString = {};
  for (const pair of raw.split('&').filter((part) => part !== '')) {
    const at = pair.indexOf('=');
    const [name, value] = at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    const seen = query[name];
    if (seen === undefined) query[name] = { value };
    else seen.multiValue = [...(seen.multiValue ?? [{ value: seen.value }]), { value }];
  }
  return query;
}

export function formatQuery(query: QueryString): string {
  return Object.entries(query)
    .flatMap(([name, { value, multiValue }]) => (multiValue ?? [{ value }]).map((v) => `${name}=${v.value}`))
    .join('&');
}

const EDGE_HEADERS = (id: string) => ({ via: `1.1 ${id}.cloudfront.net (CloudFront)`, 'x-amz-cf-id': randomUUID() });

function fromFunction(response: ViewerResponse): CachedResponse {
  const headers: Record<string, string> = {};
  for (const [name, { value }] of Object.entries(response.headers ?? {})) headers[name] = value;
  const data = response.body?.data ?? '';
  return {
    status: response.statusCode,
    headers,
    body: Buffer.from(data, response.body?.encoding === 'base64' ? 'base64' : 'utf8'),
  };
}

export async function startViewer(options: ViewerOptions): Promise<ViewerEndpoint> {
  const distribution = options.cloudfront.distribution(options.distributionId);
  const bucket = bucketOf(distribution.originDomain);
  const origin = {
    s3Endpoint: options.s3Endpoint,
    bucket,
    prefix: distribution.originPath.replace(/^\/+|\/+$/g, ''),
    credentials: options.credentials,
  };
  const cache = new EdgeCache(options.now ?? Date.now);
  const association = options.viewerRequest;
  // The function as published now: a setup that updates it changes what the next request runs.
  let loaded: { code: string; handler: ViewerHandler } | undefined;
  const shipped = association && fillInViewerFunction(readViewerFunction(), association.site);
  async function currentHandler(): Promise<ViewerHandler | undefined> {
    if (association === undefined) return undefined;
    const code = association.code?.() ?? shipped!;
    if (loaded?.code !== code) {
      const get = async (key: string) => association.kvs.getKey(association.storeArn, key).Value;
      loaded = { code, handler: await loadViewerFunction(code, get) };
    }
    return loaded.handler;
  }
  await currentHandler();
  const applied = new Set<string>();

  function applyInvalidations(): void {
    const invalidations = options.cloudfront.snapshot().distributions[options.distributionId]?.invalidations ?? [];
    for (const invalidation of invalidations) {
      if (applied.has(invalidation.id)) continue;
      applied.add(invalidation.id);
      const dropped = cache.invalidate(invalidation.paths);
      options.log?.(`invalidation ${invalidation.id} (${invalidation.paths.join(' ')}) dropped ${dropped} objects`);
    }
  }

  function send(req: IncomingMessage, res: ServerResponse, response: CachedResponse, extra: Record<string, string>) {
    res.writeHead(response.status, { ...response.headers, ...EDGE_HEADERS(distribution.id.toLowerCase()), ...extra });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  }

  async function fromOrigin(uri: string): Promise<{ response: CachedResponse; tags: string[] }> {
    const answer = await websiteAnswer(origin, 'GET', uri);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const tagHeader = distribution.cacheTagHeader?.toLowerCase();
    const tags = tagHeader === undefined ? [] : (headers[tagHeader] ?? '').split(',').map((tag) => tag.trim());
    return { response: { status: answer.status, headers, body: answer.body }, tags: tags.filter(Boolean) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applyInvalidations();
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    let uri = queryAt === -1 ? raw : raw.slice(0, queryAt);
    let query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
    const plain = (status: number, text: string): CachedResponse => ({
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      body: Buffer.from(`${text}\n`),
    });
    if (method !== 'GET' && method !== 'HEAD') {
      return send(req, res, plain(403, 'This distribution is not configured to allow the HTTP request method.'), {
        'x-cache': 'Error from cloudfront',
      });
    }
    const handler = await currentHandler();
    if (handler !== undefined) {
      const headers: Record<string, { value: string }> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = { value };
      }
      let result: Awaited<ReturnType<ViewerHandler>>;
      try {
        result = await handler({ request: { method, uri, querystring: parseQuery(query), headers, cookies: {} } });
      } catch (error) {
        options.log?.(`${method} ${raw} → the function failed: ${(error as Error).message}`);
        return send(req, res, plain(503, 'The CloudFront function failed.'), { 'x-cache': 'Error from cloudfront' });
      }
      if (isViewerResponse(result)) {
        options.log?.(`${method} ${raw} → ${result.statusCode} from the function`);
        return send(req, res, fromFunction(result), { 'x-cache': 'FunctionGeneratedResponse from cloudfront' });
      }
      uri = result.uri;
      query = formatQuery(result.querystring);
    }
    const key = query === '' ? uri : `${uri}?${query}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      options.log?.(`${method} ${raw} → ${key} ${hit.response.status} Hit`);
      return send(req, res, hit.response, { 'x-cache': 'Hit from cloudfront', age: String(hit.age) });
    }
    const { response, tags } = await fromOrigin(uri);
    cache.put(key, response, tags);
    options.log?.(`${method} ${raw} → ${key} ${response.status} Miss`);
    return send(req, res, response, { 'x-cache': 'Miss from cloudfront' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The origin did not answer: ${String(error)}\n`);
    });
  });
  const listening = await listenLocally(server, options.port);
  return { url: `${listening.base}/`, cache, stop: listening.stop };
}
