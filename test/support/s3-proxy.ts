/**
 * A front for a local S3 server that checks no signatures (moto, s3rver). With credentials, every
 * request must be signed for service s3 with one of them (session token included), or it is refused
 * with 403. refuse() lets a test fail chosen requests with an S3 error code. The rest pass unchanged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../../playground/cloudfront/errors.js';
import { verifySigV4, type StandinCredentials } from '../../playground/cloudfront/sigv4-check.js';

export interface S3Proxy {
  readonly endpoint: string;
  /** Access key ids of the requests that passed, in order. */
  readonly accepted: string[];
  readonly refused: string[];
  stop(): Promise<void>;
}

export interface ProxyOptions {
  readonly credentials?: readonly StandinCredentials[];
  /** An S3 error code to answer with (403) instead of forwarding, or undefined. */
  readonly refuse?: (method: string, url: string) => string | undefined;
}

export async function startS3Proxy(target: string, options: ProxyOptions): Promise<S3Proxy> {
  const { credentials, refuse } = options;
  const upstream = new URL(target);
  const accepted: string[] = [];
  const refused: string[] = [];
  /** The error code to refuse the request with, or undefined to pass it on. */
  const check = (method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): string | undefined => {
    if (credentials !== undefined) {
      try {
        const now = new Date();
        accepted.push(verifySigV4({ method, url, headers, body }, { service: 's3', region: 'us-east-1', credentials, now, maxClockSkewMs: 15 * 60_000 }));
      } catch (error) {
        return error instanceof ApiError ? error.code : 'InternalError';
      }
    }
    return refuse?.(method, url);
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
        response.writeHead(403, { 'content-type': 'application/xml' });
        response.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>refused by the test proxy</Message></Error>`);
        return;
      }
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
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
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
