/**
 * A local S3 (s3rver) for `npm start` and the tests, in a child node process of its own so it
 * can run with --openssl-legacy-provider (s3rver's ListObjectsV2 tokens use DES).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface LocalServer {
  /** e.g. http://127.0.0.1:43127 */
  readonly endpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface S3rverOptions {
  /** 0 (default) = any free port. */
  readonly port?: number;
  /** Data directory; default a fresh temp dir, removed by stop(). */
  readonly dir?: string;
  readonly buckets: readonly string[];
  /** Run s3rver without the listing and error-XML fixes of s3rver-child.cjs. */
  readonly stock?: boolean;
}

const CHILD_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 's3rver-child.cjs');
const START_TIMEOUT_MS = 20_000;

export async function startS3rver(options: S3rverOptions): Promise<LocalServer> {
  const ownDir = options.dir === undefined ? await mkdtemp(join(tmpdir(), 's3rver-')) : undefined;
  const dir = options.dir ?? ownDir ?? '';
  const settings = { port: options.port ?? 0, dir, buckets: options.buckets, stock: options.stock ?? false };
  const child = spawn(process.execPath, ['--openssl-legacy-provider', CHILD_SCRIPT, JSON.stringify(settings)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const removeDir = async () => {
    if (ownDir !== undefined) await rm(ownDir, { recursive: true, force: true });
  };
  let port: number;
  try {
    port = await readPort(child);
  } catch (error) {
    await killChild(child);
    await removeDir();
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      await killChild(child);
      await removeDir();
    },
  };
}

function readPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(
      () => reject(new Error(`s3rver did not start within ${START_TIMEOUT_MS} ms: ${stderr}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      const port: unknown = (JSON.parse(line) as { port?: unknown }).port;
      if (typeof port === 'number') resolve(port);
      else reject(new Error(`s3rver child said ${line}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`s3rver exited with code ${code} before listening: ${stderr}`));
    });
  });
}

/** SIGTERM to this child's PID only, SIGKILL if it lingers; resolves once it has exited. */
export async function killChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined)
      process.kill(child.pid, 'SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}
