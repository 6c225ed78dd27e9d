/**
 * A local stand-in for the CloudFront 2020-05-31 REST/XML API: CreateInvalidation, GetInvalidation,
 * ListInvalidations, GetDistribution(Config), and the setup calls of edge-api.ts (UpdateDistribution,
 * functions, KeyValueStores), SigV4-checked, with faults on demand. Control endpoints
 * for out-of-process use live under /__standin/, which no CloudFront path can reach.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally, readBody, type SignedStandinOptions } from '../standin-http.js';
import { DistributionConfigs } from './distribution-config.js';
import { distributionConfigXml, distributionXml } from './distribution-xml.js';
import { performEdge } from './edge-api.js';
import { EdgeResources } from './edge-resources.js';
import { ApiError } from './errors.js';
import { type Fault, faultControl, faultError, takeFault } from './faults.js';
import { CloudFrontModel, DEFAULT_LIMITS, type DistributionOptions, type Limits } from './model.js';
import { API_VERSION, type Route, route } from './routes.js';
import { type StandinCredentials, verifySigV4 } from './sigv4-check.js';
import { errorXml, invalidationListXml, invalidationXml, parseInvalidationBatch } from './xml.js';

export type { Fault, FaultKind } from './faults.js';
export type { DistributionOptions, Limits, OperationName, StateSnapshot } from './model.js';
export { CloudFrontModel } from './model.js';
export { API_VERSION, route } from './routes.js';
export type { StandinCredentials } from './sigv4-check.js';
export const CONTROL_PREFIX = '/__standin/';

/** Requests are signed for service cloudfront, region us-east-1; now() also stamps CreateTime. */
export interface CloudFrontStandinOptions extends SignedStandinOptions {
  /** Distribution id → its S3 origin. */
  distributions: Readonly<Record<string, DistributionOptions>>;
  /** The Nth GetInvalidation of an invalidation finds it Completed; 0 = Completed at once. Default 2. */
  completeAfterPolls?: number;
  limits?: Partial<Limits>;
  /** How long a distribution stays InProgress after UpdateDistribution. Default 300 ms. */
  deployDelayMs?: number;
}

export interface CloudFrontStandin {
  /** 'http://127.0.0.1:PORT', for --endpoint-url or a client's endpoint option. */
  endpoint: string;
  port: number;
  /** Distributions, invalidations and request counts; snapshot(), complete(), completeAfterPolls, limits. */
  state: CloudFrontModel;
  /** Queue of faults; push to inject. Each is consumed by the first matching request. */
  faults: Fault[];
  /** Functions, KeyValueStores (control plane) and each distribution's stored DistributionConfig. */
  edge: { resources: EdgeResources; configs: DistributionConfigs };
  stop(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

function xmlReply(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'Content-Type': 'text/xml', ...headers } };
}

function parseMaxItems(value: string | null): number {
  if (value === null) return 100;
  if (!/^\d+$/.test(value))
    throw new ApiError('InvalidArgument', `MaxItems must be a non-negative integer, got '${value}'.`);
  return Number(value);
}

export async function startCloudFrontStandin(options: CloudFrontStandinOptions): Promise<CloudFrontStandin> {
  const now = options.now ?? ((): Date => new Date());
  const credentials: readonly StandinCredentials[] = Array.isArray(options.credentials)
    ? options.credentials
    : [options.credentials as StandinCredentials];
  const state = new CloudFrontModel({
    distributions: options.distributions,
    completeAfterPolls: options.completeAfterPolls ?? 2,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    now,
  });
  const resources = new EdgeResources(now);
  const configs = new DistributionConfigs(now, options.deployDelayMs ?? 300, (arn) => resources.isLiveFunction(arn));
  for (const id of Object.keys(options.distributions)) configs.add(id, distributionConfigXml(state.distribution(id)));
  const distributionDocument = (id: string, status?: string): string => {
    const { xml, ...deployment } = configs.get(id);
    const answered = { ...deployment, status: status ?? deployment.status, configXml: xml };
    return distributionXml(state.distribution(id), state.inProgress(id).length, answered);
  };
  const faults: Fault[] = [];
  const maxClockSkewMs = options.maxClockSkewMs ?? 15 * 60 * 1000;
  let endpoint = '';

  function perform(r: Route, req: IncomingMessage, body: Buffer, query: URLSearchParams): Reply {
    switch (r.op) {
      case 'CreateInvalidation': {
        state.distribution(r.distributionId);
        if (body.toString('utf8').trim() === '') {
          throw new ApiError(
            'MissingBody',
            'This operation requires a body. Ensure that the body is present and the Content-Type header is set.',
          );
        }
        const batch = parseInvalidationBatch(body.toString('utf8'));
        const { invalidation } = state.createInvalidation(r.distributionId, batch);
        const host = req.headers.host ?? endpoint.replace(/^http:\/\//, '');
        const location = `http://${host}/${API_VERSION}/distribution/${r.distributionId}/invalidation/${invalidation.id}`;
        return xmlReply(201, invalidationXml(invalidation), { Location: location });
      }
      case 'GetInvalidation':
        return xmlReply(200, invalidationXml(state.getInvalidation(r.distributionId, r.invalidationId ?? '')));
      case 'ListInvalidations': {
        const maxItems = parseMaxItems(query.get('MaxItems'));
        return xmlReply(
          200,
          invalidationListXml(state.listInvalidations(r.distributionId, query.get('Marker') ?? '', maxItems)),
        );
      }
      case 'GetDistribution': {
        const { etag } = configs.get(r.distributionId);
        return xmlReply(200, distributionDocument(r.distributionId), { ETag: etag });
      }
      case 'GetDistributionConfig': {
        const { xml, etag } = configs.get(r.distributionId);
        return xmlReply(200, xml, { ETag: etag });
      }
      default: {
        const host = req.headers.host ?? endpoint.replace(/^http:\/\//, '');
        const context = {
          resources,
          configs,
          base: `http://${host}/${API_VERSION}`,
          distributionXml: distributionDocument,
        };
        return performEdge({ op: r.op, name: r.distributionId }, { headers: req.headers, body, query }, context);
      }
    }
  }

  function control(method: string, pathname: string, body: Buffer): Reply {
    const json = (status: number, value: unknown): Reply => ({
      status,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(value),
    });
    const input = (): unknown => (body.length ? JSON.parse(body.toString('utf8')) : {});
    try {
      const what = pathname.slice(CONTROL_PREFIX.length);
      if (what === 'state' && method === 'GET') return json(200, { ...state.snapshot(), faults });
      const queued = faultControl(method, what, body, faults);
      if (queued) return json(200, queued);
      if (what === 'complete' && method === 'POST') {
        const { distributionId, id } = input() as { distributionId?: unknown; id?: unknown };
        const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
        return json(200, { completed: state.complete(text(distributionId), text(id)) });
      }
      return json(404, { error: `no control endpoint ${method} ${pathname}` });
    } catch (error) {
      return json(400, { error: (error as Error).message });
    }
  }

  function send(res: ServerResponse, requestId: string, reply: Reply): void {
    const body = Buffer.from(reply.body, 'utf8');
    res.writeHead(reply.status, {
      'x-amz-request-id': requestId,
      'Content-Length': String(body.length),
      ...reply.headers,
    });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const requestId = randomUUID();
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));

    if (pathname.startsWith(CONTROL_PREFIX)) {
      send(res, requestId, control(method, pathname, body));
      return;
    }

    let op: string = 'Unknown';
    let lose = false;
    let reply: Reply;
    try {
      verifySigV4(
        { method, url, headers: req.headers, body },
        { service: 'cloudfront', region: 'us-east-1', credentials, now: now(), maxClockSkewMs },
      );
      const r = route(method, pathname);
      if (!r) throw new ApiError('NotFound', `No CloudFront ${API_VERSION} operation answers ${method} ${pathname}.`);
      op = r.op;
      state.requests[r.op] += 1;
      const fault = takeFault(faults, r.op);
      if (fault?.kind === 'reset') {
        options.log?.(`${method} ${url} ${op} → fault reset`);
        req.socket.resetAndDestroy();
        return;
      }
      const injected = fault && faultError(fault.kind);
      if (injected) throw injected;
      lose = fault?.kind === 'lost-response';
      reply = perform(r, req, body, query);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = xmlReply(error.status, errorXml(error, requestId));
    }
    options.log?.(`${method} ${url} ${op} → ${lose ? 'lost response' : reply.status}`);
    if (lose) {
      req.socket.destroy();
      return;
    }
    send(res, requestId, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const requestId = randomUUID();
      const failure = new ApiError('InternalError', `Stand-in failure: ${(error as Error).message}`);
      if (!res.headersSent) send(res, requestId, xmlReply(failure.status, errorXml(failure, requestId)));
      else res.destroy();
    });
  });
  const listening = await listenLocally(server, options.port);
  endpoint = listening.base;

  return { endpoint, port: listening.port, state, faults, edge: { resources, configs }, stop: listening.stop };
}
