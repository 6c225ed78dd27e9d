/** What the local stand-ins do alike: read a request's body, listen on 127.0.0.1, stop. */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StandinCredentials } from './cloudfront/sigv4-check.js';

/** The options of every SigV4-checking stand-in. */
export interface SignedStandinOptions {
  /** The keys requests must be signed with. */
  credentials: StandinCredentials | readonly StandinCredentials[];
  /** 0 (the default) = any free port. Always 127.0.0.1. */
  port?: number;
  /** Default 15 minutes, as AWS. */
  maxClockSkewMs?: number;
  /** The server's clock (signature age, timestamps it reports). */
  now?: () => Date;
  /** One line per API request, e.g. console.log. */
  log?: (line: string) => void;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The body, cut at 16 MiB (no API here takes more). */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface Listening {
  /** 'http://127.0.0.1:PORT' */
  readonly base: string;
  readonly port: number;
  /** Closes the server and every connection still open. */
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1:port (0 = any free port). */
export async function listenLocally(server: Server, port = 0): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${bound}`,
    port: bound,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
