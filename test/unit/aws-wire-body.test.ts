/**
 * An answer's body as the HTTP client reads it, from a server on 127.0.0.1: a large body of known
 * length (copied into one buffer as it arrives) and a chunked one (joined at the end) come back
 * byte for byte, and a HEAD's Content-Length (the object's size, no body after it) reads as empty.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../src/aws/http.js';
import { systemClock } from '../../src/ports.js';

const BODY = randomBytes(3 * 1024 * 1024 + 17);
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.method === 'HEAD') return void res.writeHead(200, { 'content-length': String(200 * 1024 * 1024) }).end();
    if (req.url === '/chunked') {
      res.writeHead(200); // no Content-Length: sent chunked
      for (let at = 0; at < BODY.length; at += 70_000) res.write(BODY.subarray(at, at + 70_000));
      return void res.end();
    }
    const size = Number(new URL(req.url ?? '', 'http://x').searchParams.get('size'));
    res.writeHead(200, { 'content-length': String(size) });
    // Written in small pieces, so the client sees many chunks.
    for (let at = 0; at < size; at += 10_000) res.write(BODY.subarray(at, Math.min(at + 10_000, size)));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function send(method: string, path: string, query?: Record<string, string>): Promise<Buffer> {
  const client = createHttpClient({
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
    concurrency: 1,
    clock: systemClock,
  });
  try {
    const port = (server.address() as AddressInfo).port;
    const endpoint = { protocol: 'http:' as const, hostname: '127.0.0.1', port };
    const answer = await client.send({ service: 's3', region: 'us-east-1', endpoint, method, path, query });
    return answer.body;
  } finally {
    client.close();
  }
}

test.each([0, 100, 64 * 1024 - 1, 64 * 1024, 300_000, BODY.length])(
  'a body of %i bytes with its length',
  async (size) => {
    expect((await send('GET', '/sized', { size: String(size) })).equals(BODY.subarray(0, size))).toBe(true);
  },
);

test('a chunked body', async () => {
  expect((await send('GET', '/chunked')).equals(BODY)).toBe(true);
});

test('a HEAD announcing 200 MB reads no body', async () => {
  expect((await send('HEAD', '/big')).length).toBe(0);
});
