/**
 * A front for a local S3 server that checks no signatures (moto, s3rver). With credentials, every
 * request must be signed for service s3 with one of them (session token included), or it is refused
 * with 403. refuse() lets a test fail chosen requests with an S3 error code. faults injects the
 * failures real networks and S3 produce, at a rate, decided by a seeded hash of the request, so a
 * run is reproducible whatever order concurrent requests arrive in. rewrite() lets a test change an
 * answer the way an odd S3-compatible server would send it. The rest pass unchanged.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../../playground/cloudfront/errors.js';
import { type StandinCredentials, verifySigV4 } from '../../playground/cloudfront/sigv4-check.js';

/**
 * reset: the connection drops before the request reaches S3. lost-response: S3 did the work, the
 * answer never arrives. The others answer with an S3 error instead of forwarding; error-in-200 as
 * S3 may answer CompleteMultipartUpload (only ever injected by a test that asks for it).
 */
export type FaultKind =
  | 'reset'
  | 'lost-response'
  | 'slow-down'
  | 'internal-error'
  | 'service-unavailable'
  | 'throttling'
  | 'error-in-200';

export const FAULT_KINDS: readonly FaultKind[] = [
  'reset',
  'lost-response',
  'slow-down',
  'internal-error',
  'service-unavailable',
  'throttling',
];

const ERROR_ANSWERS: Record<Exclude<FaultKind, 'reset' | 'lost-response'>, { status: number; code: string }> = {
  'slow-down': { status: 503, code: 'SlowDown' },
  'internal-error': { status: 500, code: 'InternalError' },
  'service-unavailable': { status: 503, code: 'ServiceUnavailable' },
  throttling: { status: 429, code: 'TooManyRequests' },
  'error-in-200': { status: 200, code: 'InternalError' },
};

export interface FaultOptions {
  /** Share of requests that fail, 0..1. */
  readonly rate: number;
  readonly seed: string;
  readonly kinds?: readonly FaultKind[];
}

export interface S3Proxy {
  readonly endpoint: string;
  /** Access key ids of the requests that passed, in order. */
  readonly accepted: string[];
  readonly refused: string[];
  /** 'kind METHOD url' of every injected fault. */
  readonly injected: string[];
  /** Change the fault rate, seed or kinds from now on (undefined: none). */
  setFaults(faults: FaultOptions | undefined): void;
  stop(): Promise<void>;
}

/** An answer from upstream, whole. */
export interface ProxiedAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface ProxyOptions {
  readonly credentials?: readonly StandinCredentials[];
  /** An S3 error code to answer with (403) instead of forwarding, or undefined. Sees every request. */
  readonly refuse?: (method: string, url: string, headers: http.IncomingHttpHeaders) => string | undefined;
  readonly faults?: FaultOptions;
  /** A fault for this very request (checked before the random ones), or undefined. */
  readonly inject?: (method: string, url: string) => FaultKind | undefined;
  /** How long to hold upstream's answer before sending it (ms; 0 or undefined: at once), as a slow server would. */
  readonly hold?: (method: string, url: string) => number | undefined;
  /** The answer to send instead of upstream's (content-length is set to fit), or undefined to pass it on. */
  readonly rewrite?: (method: string, url: string, answer: ProxiedAnswer) => ProxiedAnswer | undefined;
}

export async function startS3Proxy(target: string, options: ProxyOptions): Promise<S3Proxy> {
  const { credentials, refuse } = options;
  let faults = options.faults;
  const upstream = new URL(target);
  const accepted: string[] = [];
  const refused: string[] = [];
  const injected: string[] = [];
  /** How often each request (method and url, less the random upload id) was seen: its attempt number. */
  const seen = new Map<string, number>();

  /** The error code to refuse the request with, or undefined to pass it on. */
  const check = (method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): string | undefined => {
    if (credentials !== undefined) {
      try {
        const now = new Date();
        accepted.push(
          verifySigV4(
            { method, url, headers, body },
            { service: 's3', region: 'us-east-1', credentials, now, maxClockSkewMs: 15 * 60_000 },
          ),
        );
      } catch (error) {
        return error instanceof ApiError ? error.code : 'InternalError';
      }
    }
    return refuse?.(method, url, headers);
  };

  const faultFor = (method: string, url: string): FaultKind | undefined => {
    if (faults === undefined || faults.rate <= 0) return undefined;
    const identity = `${method} ${url.replace(/uploadId=[^&]*/, 'uploadId')}`;
    const attempt = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, attempt);
    const digest = createHash('sha256').update(`${faults.seed}\n${identity}\n${attempt}`).digest();
    if (digest.readUInt32BE(0) / 2 ** 32 >= faults.rate) return undefined;
    const kinds = faults.kinds ?? FAULT_KINDS;
    return kinds[digest.readUInt32BE(4) % kinds.length];
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = request.method ?? 'GET';
      const url = request.url ?? '/';
      const code = check(method, url, request.headers, body);
      if (code !== undefined) {
        refused.push(`${method} ${url}: ${code}`);
        answerError(response, 403, code, 'refused by the test proxy');
        return;
      }
      const fault = options.inject?.(method, url) ?? faultFor(method, url);
      if (fault !== undefined) injected.push(`${fault} ${method} ${url}`);
      if (fault === 'reset') {
        request.socket.destroy();
        return;
      }
      if (fault !== undefined && fault !== 'lost-response') {
        const { status, code: faultCode } = ERROR_ANSWERS[fault];
        answerError(response, status, faultCode, 'injected by the test proxy');
        return;
      }
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (answer) => {
          const held = options.hold?.(method, url) ?? 0;
          if (held > 0) {
            answer.pause();
            setTimeout(() => {
              response.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(response);
              answer.resume();
            }, held);
            return;
          }
          if (fault === 'lost-response') {
            answer.resume();
            answer.on('end', () => request.socket.destroy());
            return;
          }
          if (options.rewrite === undefined) {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(response);
            return;
          }
          const rewrite = options.rewrite;
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const whole = { status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) };
            const sent = rewrite(method, url, whole) ?? whole;
            const { 'transfer-encoding': _chunked, ...headers } = sent.headers;
            response.writeHead(sent.status, { ...headers, 'content-length': String(sent.body.length) });
            response.end(sent.body);
          });
        },
      );
      forward.on('error', (error) => response.destroy(error));
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accepted,
    refused,
    injected,
    setFaults: (next) => {
      faults = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerError(response: http.ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}
