/**
 * A local stand-in for the CloudFront KeyValueStore data plane (API 2022-07-26, JSON over REST):
 * DescribeKeyValueStore, GetKey and UpdateKeys, SigV4A-checked (region set '*'), with ETags,
 * If-Match and faults on demand. Control endpoints for out-of-process use live under /__standin/.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApiError } from '../cloudfront/errors.js';
import { type Fault, faultControl, takeFault } from '../cloudfront/faults.js';
import { type StandinCredentials, verifySigV4 } from '../cloudfront/sigv4-check.js';
import { listenLocally, readBody, type SignedStandinOptions } from '../standin-http.js';
import {
  checkKey,
  KVS_OPERATIONS,
  KvsError,
  type KvsErrorCode,
  KvsModel,
  type KvsOperation,
  parseUpdateKeys,
} from './model.js';

export type { KvsOperation } from './model.js';
export { KvsModel } from './model.js';

export const CONTROL_PREFIX = '/__standin/';

/** Requests are signed SigV4A for service cloudfront-keyvaluestore, region set '*'. */
export interface KvsStandinOptions extends SignedStandinOptions {
  /** Store ARN → its initial keys and values. */
  stores: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface KvsStandin {
  /** 'http://127.0.0.1:PORT', for AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE. */
  endpoint: string;
  port: number;
  /** Stores, ETags and request counts. */
  state: KvsModel;
  /** Queue of faults; push to inject. Each is consumed by the first matching request. */
  faults: Fault<KvsOperation>[];
  stop(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

// The signature check speaks CloudFront's codes; a JSON service names the same failures so.
const SIGNATURE_CODES: Record<string, KvsErrorCode> = {
  MissingAuthenticationToken: 'MissingAuthenticationTokenException',
  IncompleteSignature: 'IncompleteSignatureException',
  InvalidClientTokenId: 'UnrecognizedClientException',
  SignatureDoesNotMatch: 'InvalidSignatureException',
};

const FAULT_ERRORS: Record<string, KvsError> = {
  '503': new KvsError('ServiceUnavailableException', 'Service unavailable. Please try again.'),
  '500': new KvsError('InternalServerException', 'Internal server error.'),
  throttle: new KvsError('ThrottlingException', 'Rate exceeded'),
  'access-denied': new KvsError('AccessDeniedException', 'User is not authorized to perform this operation.'),
};

type Route = { op: KvsOperation; arn: string; key?: string };

/** Which operation a method + path is, or undefined. The ARN is one percent-encoded segment. */
export function route(method: string, pathname: string): Route | undefined {
  const parts = pathname.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const arn = parts[2];
  if (parts[0] !== '' || parts[1] !== 'key-value-stores' || !arn) return undefined;
  if (parts.length === 3 && method === 'GET') return { op: 'DescribeKeyValueStore', arn };
  if (parts[3] !== 'keys') return undefined;
  if (parts.length === 4 && method === 'POST') return { op: 'UpdateKeys', arn };
  if (parts.length === 5 && method === 'GET') return { op: 'GetKey', arn, key: parts[4] ?? '' };
  return undefined;
}

export async function startKvsStandin(options: KvsStandinOptions): Promise<KvsStandin> {
  const now = options.now ?? ((): Date => new Date());
  const credentials = Array.isArray(options.credentials)
    ? (options.credentials as readonly StandinCredentials[])
    : [options.credentials as StandinCredentials];
  const state = new KvsModel(options.stores, now);
  const faults: Fault<KvsOperation>[] = [];
  const maxClockSkewMs = options.maxClockSkewMs ?? 15 * 60 * 1000;

  function perform(r: Route, req: IncomingMessage, body: Buffer): Reply {
    switch (r.op) {
      case 'DescribeKeyValueStore': {
        const { etag, document } = state.describe(r.arn);
        return { status: 200, headers: { ETag: etag }, body: document };
      }
      case 'GetKey':
        return { status: 200, body: state.getKey(r.arn, checkKey(r.key)) };
      case 'UpdateKeys': {
        const ifMatch = req.headers['if-match'];
        const { etag, document } = state.update(r.arn, ifMatch, parseUpdateKeys(body));
        return { status: 200, headers: { ETag: etag }, body: document };
      }
    }
  }

  function control(method: string, pathname: string, body: Buffer): Reply {
    try {
      const what = pathname.slice(CONTROL_PREFIX.length);
      if (what === 'state' && method === 'GET') return { status: 200, body: { ...state.snapshot(), faults } };
      const queued = faultControl(method, what, body, faults, KVS_OPERATIONS);
      if (queued) return { status: 200, body: queued };
      return { status: 404, body: { error: `no control endpoint ${method} ${pathname}` } };
    } catch (error) {
      return { status: 400, body: { error: (error as Error).message } };
    }
  }

  function send(res: ServerResponse, requestId: string, reply: Reply): void {
    const body = Buffer.from(JSON.stringify(reply.body), 'utf8');
    res.writeHead(reply.status, {
      'x-amzn-requestid': requestId,
      'Content-Type': 'application/json',
      'Content-Length': String(body.length),
      Date: now().toUTCString(),
      ...reply.headers,
    });
    res.end(body);
  }

  function errorReply(error: KvsError): Reply {
    return { status: error.status, headers: { 'x-amzn-errortype': error.code }, body: { Message: error.message } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const requestId = randomUUID();
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? url;
    if (pathname.startsWith(CONTROL_PREFIX)) return send(res, requestId, control(method, pathname, body));

    let op = 'Unknown';
    let lose = false;
    let reply: Reply;
    try {
      const authorization = req.headers.authorization;
      if (authorization !== undefined && !authorization.startsWith('AWS4-ECDSA-P256-SHA256 ')) {
        throw new KvsError('InvalidSignatureException', 'This service requires SigV4A (AWS4-ECDSA-P256-SHA256).');
      }
      try {
        verifySigV4(
          { method, url, headers: req.headers, body },
          { service: 'cloudfront-keyvaluestore', region: '*', credentials, now: now(), maxClockSkewMs },
        );
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        throw new KvsError(SIGNATURE_CODES[error.code] ?? 'InvalidSignatureException', error.message);
      }
      const r = route(method, pathname);
      if (!r) throw new KvsError('UnknownOperationException', `No operation answers ${method} ${pathname}.`);
      op = r.op;
      state.requests[r.op] += 1;
      const fault = takeFault(faults, r.op);
      if (fault?.kind === 'reset') {
        options.log?.(`${method} ${url} ${op} → fault reset`);
        req.socket.resetAndDestroy();
        return;
      }
      const injected = fault && FAULT_ERRORS[fault.kind];
      if (injected) throw injected;
      lose = fault?.kind === 'lost-response';
      reply = perform(r, req, body);
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      reply = errorReply(error);
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
      const failure = new KvsError('InternalServerException', `Stand-in failure: ${(error as Error).message}`);
      if (!res.headersSent) send(res, randomUUID(), errorReply(failure));
      else res.destroy();
    });
  });
  const listening = await listenLocally(server, options.port);
  return { endpoint: listening.base, port: listening.port, state, faults, stop: listening.stop };
}
