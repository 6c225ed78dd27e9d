/**
 * Hashes files as the walk finds them. The main thread hashes them itself, a few milliseconds at a
 * time between its network events: it mostly waits for the listing, and a worker's start-up and
 * messages cost more CPU than they save on a 2-core runner, where the S3 server or the network
 * stack needs the other core. With cores to spare, workers share the same queue.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  closeDigest,
  type DigestAlgorithm,
  digestFileSync,
  digestMore,
  type FileDigest,
  openDigest,
  READ_BUFFER_BYTES,
} from './digest.js';

export interface Digest {
  /** The batch's digest: SHA-256 for added files, MD5 for an md5 batch. */
  readonly hex: string;
  /** Of an added file, when alsoMd5 came before it was hashed. */
  readonly md5?: string;
  /** Bytes actually hashed, so size and digest always describe the same content. */
  readonly size: number;
}

export class HashFailure extends Error {
  override readonly name = 'HashFailure';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** From this many files on, workers (if any) join in. */
export const WORKER_THRESHOLD = 200;
/** Files handed out at a time: few messages, yet the work is shared out as it comes. */
const CHUNK = 64;
/** The main thread hashes this long at most before network events get their turn. */
const SLICE_MS = 5;

// By each function's own name: a bundler may rename them, consistently in their bodies too.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
${[openDigest, digestMore, closeDigest, digestFileSync].map((fn) => `const ${fn.name} = ${fn.toString()};`).join('\n')}
const buffer = Buffer.allocUnsafe(workerData.bufferBytes);
parentPort.on('message', ({ id, paths, algorithms }) => {
  const digests = [];
  for (let k = 0; k < paths.length; k++) {
    try {
      digests.push(${digestFileSync.name}(fs, createHash, paths[k], buffer, algorithms));
    } catch (error) {
      parentPort.postMessage({ id, failedAt: k, message: error.message });
      return;
    }
  }
  parentPort.postMessage({ id, digests });
});
`;

interface Batch {
  algorithms: DigestAlgorithm[];
  readonly paths: string[];
  readonly digests: Digest[];
  sent: number;
  answered: number;
  closed: boolean;
  failure?: HashFailure;
  settle?: () => void;
}

interface Chunk {
  readonly batch: Batch;
  readonly first: number;
  readonly count: number;
}

/** The chunk the main thread is on: the file it has reached, and that file's digest so far. */
interface LocalWork {
  readonly chunk: Chunk;
  next: number;
  open?: FileDigest | undefined;
}

type Reply = { id: number; digests: [string[], number][] } | { id: number; failedAt: number; message: string };

export interface Hasher {
  /** Queues a file for SHA-256; digests come back in the order files were added. */
  add(path: string): void;
  /** The SHA-256 of every added file, or a HashFailure for the first one that could not be read. */
  finish(): Promise<Digest[]>;
  /**
   * From now on, files not yet hashed get their MD5 in the same read as their SHA-256: for a
   * deploy that will need the MD5 of (nearly) every file, such as a first one.
   */
  alsoMd5(): void;
  /** MD5 of these files (for uploads and comparisons the manifest cannot vouch for), in order. */
  md5(paths: readonly string[]): Promise<Digest[]>;
  /** Stops hashing and the workers. */
  close(): void;
}

/** threads: workers besides the main thread; by default what is left after it and one core for the network. */
export function createHasher(threads = Math.max(0, availableParallelism() - 2)): Hasher {
  const workers: { worker: Worker; busy: number }[] = [];
  const chunks = new Map<number, Chunk>();
  const queue: Chunk[] = [];
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let local: LocalWork | undefined;
  let pumping = false;
  let closed = false;
  let nextId = 0;
  let broken: Error | undefined;
  const main = newBatch('sha256');

  function newBatch(algorithm: DigestAlgorithm, paths: string[] = []): Batch {
    return {
      algorithms: [algorithm],
      paths,
      digests: new Array<Digest>(paths.length),
      sent: 0,
      answered: 0,
      closed: false,
    };
  }

  function spawn(): void {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bufferBytes: READ_BUFFER_BYTES } });
      worker.unref(); // a deploy that fails part-way must still let the process end
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => onReply(slot, reply));
      worker.once('error', (error) => {
        broken = error;
        for (const chunk of chunks.values()) settle(chunk.batch);
      });
      workers.push(slot);
    }
  }

  /** Cuts what the batch has into chunks; the last partial one only once the batch is closed. */
  function enqueue(batch: Batch): void {
    while (batch.paths.length - batch.sent >= CHUNK || (batch.closed && batch.sent < batch.paths.length)) {
      const count = Math.min(CHUNK, batch.paths.length - batch.sent);
      queue.push({ batch, first: batch.sent, count });
      batch.sent += count;
    }
    dispatch();
  }

  /** Two chunks in flight per worker, so it never waits for the main thread between them. */
  function dispatch(): void {
    for (const slot of workers) {
      while (slot.busy < 2) {
        const chunk = takeChunk();
        if (chunk === undefined) break;
        const id = nextId++;
        chunks.set(id, chunk);
        slot.busy += 1;
        const paths = chunk.batch.paths.slice(chunk.first, chunk.first + chunk.count);
        // Read as the chunk goes out, so alsoMd5 reaches every chunk still waiting.
        slot.worker.postMessage({ id, paths, algorithms: chunk.batch.algorithms });
      }
    }
    if (!pumping && !closed && (local !== undefined || queue.length > 0)) {
      pumping = true;
      setImmediate(pump);
    }
  }

  /** The next chunk worth hashing; those of a batch that already failed are only accounted for. */
  function takeChunk(): Chunk | undefined {
    for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
      if (chunk.batch.failure === undefined) return chunk;
      chunk.batch.answered += chunk.count;
      settle(chunk.batch);
    }
    return undefined;
  }

  /** The main thread's share: one slice of hashing, then back to the event loop. */
  function pump(): void {
    pumping = false;
    if (closed) return;
    const deadline = performance.now() + SLICE_MS;
    do {
      if (local === undefined) {
        const chunk = takeChunk();
        if (chunk === undefined) break;
        local = { chunk, next: 0 };
      }
      hashSome(local);
    } while (performance.now() < deadline);
    dispatch();
  }

  /** One read of the local chunk's current file; the chunk is answered when its last file is done. */
  function hashSome(work: LocalWork): void {
    const { batch, first, count } = work.chunk;
    const index = first + work.next;
    try {
      work.open ??= openDigest(fs, createHash, batch.paths[index]!, batch.algorithms);
      if (!digestMore(fs, work.open, buffer)) return;
      const done = work.open;
      work.open = undefined; // closed once, even if closing fails
      const [hexes, size] = closeDigest(fs, done);
      batch.digests[index] = digestOf(hexes, size);
      work.next += 1;
    } catch (error) {
      if (work.open !== undefined) fs.closeSync(work.open.fd);
      fail(batch, index, error instanceof Error ? error.message : String(error));
      work.next = count; // the rest of the chunk is not hashed after a failure
    }
    if (work.next < count) return;
    local = undefined;
    batch.answered += count;
    settle(batch);
  }

  function onReply(slot: { busy: number }, reply: Reply): void {
    slot.busy -= 1;
    const chunk = chunks.get(reply.id)!;
    chunks.delete(reply.id);
    const { batch } = chunk;
    if ('failedAt' in reply) {
      fail(batch, chunk.first + reply.failedAt, reply.message);
    } else {
      for (const [k, [hexes, size]] of reply.digests.entries()) batch.digests[chunk.first + k] = digestOf(hexes, size);
    }
    batch.answered += chunk.count;
    settle(batch);
    dispatch();
  }

  function fail(batch: Batch, index: number, message: string): void {
    // Chunks finish out of order: keep the failure of the earliest file, once every chunk is back.
    const path = batch.paths[index]!;
    if (batch.failure === undefined || batch.paths.indexOf(batch.failure.path) > index)
      batch.failure = new HashFailure(path, message);
  }

  function settle(batch: Batch): void {
    const done = batch.closed && (batch.answered >= batch.paths.length || broken !== undefined);
    if (done) batch.settle?.();
  }

  function run(batch: Batch): Promise<Digest[]> {
    batch.closed = true;
    return new Promise((resolve, reject) => {
      batch.settle = () => {
        if (broken !== undefined) reject(broken);
        else if (batch.failure !== undefined) reject(batch.failure);
        else resolve(batch.digests);
      };
      enqueue(batch);
      settle(batch);
    });
  }

  return {
    add(path) {
      main.paths.push(path);
      if (workers.length === 0 && main.paths.length === WORKER_THRESHOLD) spawn();
      enqueue(main);
    },
    finish: () => run(main),
    alsoMd5() {
      main.algorithms = ['sha256', 'md5'];
    },
    md5: (paths) => (paths.length === 0 ? Promise.resolve([]) : run(newBatch('md5', [...paths]))),
    close() {
      closed = true;
      if (local?.open !== undefined) fs.closeSync(local.open.fd);
      local = undefined;
      for (const { worker } of workers.splice(0)) void worker.terminate();
    },
  };
}

function digestOf([hex, md5]: string[], size: number): Digest {
  return md5 === undefined ? { hex: hex!, size } : { hex: hex!, md5, size };
}
