/**
 * An ObjectStore in a Map, for fast tests of deploy(): it records every write in order, and
 * refuse() makes a chosen write fail. It is held to the same contract as the S3 store
 * (test/integration/store-contract.test.ts runs both), so what deploy() tests show holds for S3 too.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LocalFile, ObjectHeaders, RemoteObject } from '../../src/core/types.js';
import type { CopySource, ObjectStore, ObjectWithEtag, WriteCondition } from '../../src/ports.js';

export interface StoredObject {
  readonly body: Buffer;
  readonly headers: ObjectHeaders;
  readonly etag: string;
}

export type WriteOp = 'put' | 'copy' | 'delete';

export interface Write {
  readonly op: WriteOp;
  readonly key: string;
}

export class MemoryStore implements ObjectStore {
  readonly objects = new Map<string, StoredObject>();
  /** Every successful write, in the order it happened. */
  readonly writes: Write[] = [];
  private readonly refused = new Set<string>();

  /** Makes every later op on key fail (a put of an asset, the delete of a key, ...). */
  refuse(op: WriteOp, key: string): void {
    this.refused.add(`${op} ${key}`);
  }

  allow(op: WriteOp, key: string): void {
    this.refused.delete(`${op} ${key}`);
  }

  async list(prefix: string): Promise<RemoteObject[]> {
    return [...this.objects]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, object]) => ({ key, etag: object.etag, size: object.body.length }));
  }

  async getObject(key: string): Promise<Buffer | undefined> {
    return this.objects.get(key)?.body;
  }

  async readObject(key: string): Promise<ObjectWithEtag | undefined> {
    const object = this.objects.get(key);
    return object && { body: object.body, etag: object.etag };
  }

  async putObject(key: string, body: Buffer, headers: ObjectHeaders, condition?: WriteCondition): Promise<string> {
    this.check('put', key);
    const existing = this.objects.get(key);
    const holds =
      condition === undefined ||
      ('ifMatch' in condition ? existing?.etag === condition.ifMatch : existing === undefined);
    if (!holds) throw Object.assign(new Error(`precondition failed on ${key}`), { code: 'PreconditionFailed' });
    const etag = createHash('md5').update(body).digest('hex');
    this.objects.set(key, { body, headers, etag });
    this.writes.push({ op: 'put', key });
    return etag;
  }

  async uploadFile(
    key: string,
    file: LocalFile,
    headers: ObjectHeaders,
    onBytes?: (n: number) => void,
  ): Promise<string> {
    const body = await readFile(file.absPath);
    const etag = await this.putObject(key, body, headers);
    onBytes?.(body.length);
    return etag;
  }

  async copyObject(source: CopySource, key: string, headers: ObjectHeaders): Promise<string> {
    this.check('copy', key);
    const object = this.objects.get(source.key);
    if (object === undefined) {
      throw Object.assign(new Error(`no such key ${source.key} to copy`), { code: 'NoSuchKey' });
    }
    this.objects.set(key, { body: object.body, headers, etag: object.etag });
    this.writes.push({ op: 'copy', key });
    return object.etag;
  }

  async deleteObjects(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.check('delete', key);
    for (const key of keys) {
      this.objects.delete(key);
      this.writes.push({ op: 'delete', key });
    }
  }

  /** Conditional writes are always honoured here. */
  isConditionUnsupported(): boolean {
    return false;
  }

  isConditionFailed(error: unknown): boolean {
    return (error as { code?: unknown } | undefined)?.code === 'PreconditionFailed';
  }

  /** Uploads here are never incomplete: nothing to abort. */
  async abortStaleUploads(): Promise<number> {
    return 0;
  }

  private check(op: WriteOp, key: string): void {
    if (this.refused.has(`${op} ${key}`)) {
      throw Object.assign(new Error(`refused ${op} of ${key}`), { code: 'InternalError' });
    }
  }
}
