/**
 * Hashes files as the walk finds them. On a 2-core runner one worker thread hashes while the main
 * thread walks, lists and plans, and the S3 server (or the network) has the other core: a second
 * worker only contends with them. A small site is hashed in-process, where a worker's start-up
 * (about 50 ms of CPU) would cost more than it saves.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type DigestAlgorithm, digestFileSync, READ_BUFFER_BYTES } from './digest.js';

export interface Digest {
  /** The batch's digest: SHA-256 for added files, MD5 for an md5 batch. */
  readonly hex: string;
  /** Of an added file, when alsoMd5 came before its chunk went out. */
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

/** From this many files on, hashing moves to worker threads. */
export const WORKER_THRESHOLD = 200;
/** Files handed to a worker at a time: few messages, yet the work is shared out as it comes. */
const CHUNK = 64;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const digestFileSync = ${digestFileSync.toString()};
const buffer = Buffer.allocUnsafe(workerData.bufferBytes);
parentPort.on('message', ({ id, paths, algorithms }) => {
  const digests = [];
  for (let k = 0; k < paths.length; k++) {
    try {
      digests.push(digestFileSync(fs, createHash, paths[k], buffer, algorithms));
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

type Reply = { id: number; digests: [string[], number][] } | { id: number; failedAt: number; message: string };

export interface Hasher {
  /** Queues a file for SHA-256; digests come back in the order files were added. */
  add(path: string): void;
  /**
   * The SHA-256 of every added file, or a HashFailure for the first one that could not be read.
   * In-process hashing (a small site) waits for notBefore first, which may call alsoMd5.
   */
  finish(notBefore?: Promise<unknown>): Promise<Digest[]>;
  /**
   * From now on, added files still waiting get their MD5 in the same read as their SHA-256: for a
   * deploy that will need the MD5 of (nearly) every file, such as a first one.
   */
  alsoMd5(): void;
  /** MD5 of these files (for uploads and comparisons the manifest cannot vouch for), in order. */
  md5(paths: readonly string[]): Promise<Digest[]>;
  /** Stops the workers. */
  close(): void;
}

export function createHasher(threads = Math.max(1, availableParallelism() - 1)): Hasher {
  const workers: { worker: Worker; busy: number }[] = [];
  const chunks = new Map<number, Chunk>();
  const queue: Chunk[] = [];
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
      while (slot.busy < 2 && queue.length > 0) {
        const chunk = queue.shift()!;
        if (chunk.batch.failure !== undefined) {
          chunk.batch.answered += chunk.count; // not hashed after a failure, but accounted for
          settle(chunk.batch);
          continue;
        }
        const id = nextId++;
        chunks.set(id, chunk);
        slot.busy += 1;
        const paths = chunk.batch.paths.slice(chunk.first, chunk.first + chunk.count);
        // Read as the chunk goes out, so alsoMd5 reaches every chunk still waiting.
        slot.worker.postMessage({ id, paths, algorithms: chunk.batch.algorithms });
      }
    }
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

  function inProcess(batch: Batch): void {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    for (let i = 0; i < batch.paths.length; i++) {
      try {
        const [hexes, size] = digestFileSync(fs, createHash, batch.paths[i]!, buffer, batch.algorithms);
        batch.digests[i] = digestOf(hexes, size);
      } catch (error) {
        batch.failure = new HashFailure(batch.paths[i]!, error instanceof Error ? error.message : String(error));
        return;
      }
    }
  }

  function run(batch: Batch): Promise<Digest[]> {
    batch.closed = true;
    if (workers.length === 0) {
      inProcess(batch);
      return batch.failure === undefined ? Promise.resolve(batch.digests) : Promise.reject(batch.failure);
    }
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
      if (workers.length === 0 && main.paths.length >= WORKER_THRESHOLD) spawn();
      if (workers.length > 0) enqueue(main);
    },
    async finish(notBefore) {
      if (workers.length === 0) await notBefore?.catch(() => undefined);
      return run(main);
    },
    alsoMd5() {
      main.algorithms = ['sha256', 'md5'];
    },
    md5: (paths) => (paths.length === 0 ? Promise.resolve([]) : run(newBatch('md5', [...paths]))),
    close() {
      for (const { worker } of workers.splice(0)) void worker.terminate();
    },
  };
}

function digestOf([hex, md5]: string[], size: number): Digest {
  return md5 === undefined ? { hex: hex!, size } : { hex: hex!, md5, size };
}
