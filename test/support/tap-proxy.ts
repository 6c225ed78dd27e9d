/**
 * A pass-through front for a local S3 server that records each request once its answer has gone
 * back to the client, and tells the test about it: what tests count requests with, and where a test
 * kills the action at a chosen point (right after the manifest was written, right after
 * DeleteObjects) without any hook in production code. With delayMs it holds every request that long
 * before passing it on, a round trip as a runner sees real S3, and its spans show which requests
 * stood one after the other.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TapProxy {
  readonly endpoint: string;
  /** "METHOD /path?query" of every request answered, in order. */
  readonly seen: string[];
  /** The lines of seen that were server-side copies (a PUT with x-amz-copy-source): CopyObject, UploadPartCopy. */
  readonly copies: string[];
  /** [arrived, answered] of every request answered, in ms (performance.now()), in seen's order. */
  readonly spans: [number, number][];
  stop(): Promise<void>;
}

export async function startTapProxy(
  target: string,
  onAnswered?: (request: string) => void,
  { delayMs = 0 }: { readonly delayMs?: number } = {},
): Promise<TapProxy> {
  const upstream = new URL(target);
  const seen: string[] = [];
  const copies: string[] = [];
  const spans: [number, number][] = [];
  const server = http.createServer((request, response) => {
    const arrived = performance.now();
    const line = `${request.method ?? 'GET'} ${request.url ?? '/'}`;
    if (delayMs === 0) return pass(request, response, line, arrived);
    request.pause();
    setTimeout(() => pass(request, response, line, arrived), delayMs);
  });
  const pass = (request: http.IncomingMessage, response: http.ServerResponse, line: string, arrived: number) => {
    const forward = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        response.on('finish', () => {
          seen.push(line);
          if (request.headers['x-amz-copy-source'] !== undefined) copies.push(line);
          spans.push([arrived, performance.now()]);
          onAnswered?.(line);
        });
      },
    );
    forward.on('error', (error) => response.destroy(error));
    request.pipe(forward);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    seen,
    copies,
    spans,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
