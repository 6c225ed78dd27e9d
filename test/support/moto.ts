/** moto_server on 127.0.0.1 for adapter tests: a second, independent S3 implementation. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { killChild, type LocalServer } from '../../playground/local-s3.js';
import { encodeRfc3986 } from '../../src/aws/encode.js';
import { createHttpClient } from '../../src/aws/http.js';
import { systemClock } from '../../src/ports.js';

const START_TIMEOUT_MS = 30_000;

export const TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startMoto(options: { buckets?: readonly string[] } = {}): Promise<LocalServer> {
  const port = await freePort();
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(
      port,
      () => child.exitCode !== null,
      () => stderr,
    );
    for (const bucket of options.buckets ?? []) await createBucket(endpoint, bucket);
  } catch (error) {
    await killChild(child);
    throw error;
  }
  return { endpoint, port, stop: () => killChild(child) };
}

/** CreateBucket through our own signed HTTP layer (us-east-1: no location constraint). */
export async function createBucket(endpoint: string, bucket: string): Promise<void> {
  const url = new URL(endpoint);
  const client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 1, clock: systemClock });
  try {
    await client.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: { protocol: 'http:', hostname: url.hostname, port: Number(url.port) },
      method: 'PUT',
      path: '/' + encodeRfc3986(bucket),
    });
  } finally {
    client.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(port: number, exited: () => boolean, stderr: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`moto_server exited before answering: ${stderr()}`);
    const answered = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.setTimeout(1000, () => req.destroy());
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`moto_server did not answer on port ${port} within ${START_TIMEOUT_MS} ms: ${stderr()}`);
}
