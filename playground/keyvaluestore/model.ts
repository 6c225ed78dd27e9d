/** The KeyValueStore stand-in's state and the data plane's rules (ETags, If-Match, limits), without any HTTP. */

export type KvsOperation = 'DescribeKeyValueStore' | 'GetKey' | 'UpdateKeys';
export const KVS_OPERATIONS: readonly KvsOperation[] = ['DescribeKeyValueStore', 'GetKey', 'UpdateKeys'];

/** The data plane's error codes with their HTTP statuses (the service model's httpError traits). */
export const KVS_ERROR_STATUS = {
  AccessDeniedException: 403,
  ConflictException: 409,
  IncompleteSignatureException: 400,
  InternalServerException: 500,
  InvalidSignatureException: 403,
  MissingAuthenticationTokenException: 403,
  ResourceNotFoundException: 404,
  ServiceQuotaExceededException: 402,
  ServiceUnavailableException: 503,
  ThrottlingException: 429,
  UnknownOperationException: 404,
  UnrecognizedClientException: 403,
  ValidationException: 400,
} as const;

export type KvsErrorCode = keyof typeof KVS_ERROR_STATUS;

/** An error the server answers as JSON with x-amzn-errortype. */
export class KvsError extends Error {
  readonly status: number;

  constructor(
    readonly code: KvsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
    this.status = KVS_ERROR_STATUS[code];
  }
}

/** The documented limits: keys up to 512 characters, values up to 1024, 5 MB per store. */
export const KEY_MAX_CHARS = 512;
export const VALUE_MAX_CHARS = 1024;
export const STORE_MAX_BYTES = 5 * 1024 * 1024;
/** The default quota of one UpdateKeys: 50 keys (puts and deletes together). */
export const UPDATE_MAX_KEYS = 50;

interface Store {
  readonly arn: string;
  readonly created: Date;
  lastModified: Date;
  etag: string;
  readonly items: Map<string, string>;
}

export interface UpdateInput {
  puts: ReadonlyArray<{ Key: string; Value: string }>;
  deletes: ReadonlyArray<{ Key: string }>;
}

export class KvsModel {
  readonly requests: Record<KvsOperation, number> = { DescribeKeyValueStore: 0, GetKey: 0, UpdateKeys: 0 };
  private readonly stores = new Map<string, Store>();
  private versions = 0;

  constructor(
    stores: Readonly<Record<string, Readonly<Record<string, string>>>>,
    private readonly now: () => Date,
  ) {
    for (const [arn, items] of Object.entries(stores)) {
      this.stores.set(arn, {
        arn,
        created: now(),
        lastModified: now(),
        etag: this.nextEtag(),
        items: new Map(Object.entries(items)),
      });
    }
  }

  /** ETags look like the service's (KV + 13 characters) and never repeat. */
  private nextEtag(): string {
    this.versions += 1;
    return `KV${this.versions.toString(36).toUpperCase().padStart(13, '0')}`;
  }

  store(arn: string): Store {
    const store = this.stores.get(arn);
    if (store === undefined) throw new KvsError('ResourceNotFoundException', `Key value store ${arn} not found.`);
    return store;
  }

  describe(arn: string) {
    const store = this.store(arn);
    return {
      etag: store.etag,
      document: {
        ItemCount: store.items.size,
        TotalSizeInBytes: sizeOf(store.items),
        KvsARN: store.arn,
        Created: store.created.getTime() / 1000,
        LastModified: store.lastModified.getTime() / 1000,
        Status: 'READY',
      },
    };
  }

  getKey(arn: string, key: string) {
    const store = this.store(arn);
    const value = store.items.get(key);
    if (value === undefined) throw new KvsError('ResourceNotFoundException', `Key ${key} not found.`);
    return { Key: key, Value: value, ItemCount: store.items.size, TotalSizeInBytes: sizeOf(store.items) };
  }

  /** All or nothing, only from the version ifMatch names. */
  update(arn: string, ifMatch: string | undefined, input: UpdateInput) {
    const store = this.store(arn);
    if (ifMatch === undefined || ifMatch === '')
      throw new KvsError('ValidationException', 'If-Match header is required.');
    if (ifMatch !== store.etag) {
      throw new KvsError('ConflictException', `Pre-condition failed: ETag ${ifMatch} does not match ${store.etag}.`);
    }
    if (input.puts.length + input.deletes.length > UPDATE_MAX_KEYS) {
      throw new KvsError(
        'ServiceQuotaExceededException',
        `UpdateKeys takes at most ${UPDATE_MAX_KEYS} keys, got ${input.puts.length + input.deletes.length}.`,
      );
    }
    const items = new Map(store.items);
    for (const { Key } of input.deletes) items.delete(Key);
    for (const { Key, Value } of input.puts) {
      if (Value.length > VALUE_MAX_CHARS) {
        throw new KvsError('ValidationException', `Value of key ${Key} is longer than ${VALUE_MAX_CHARS} characters.`);
      }
      items.set(Key, Value);
    }
    if (sizeOf(items) > STORE_MAX_BYTES) {
      throw new KvsError('ServiceQuotaExceededException', `The key value store would exceed ${STORE_MAX_BYTES} bytes.`);
    }
    store.items.clear();
    for (const [key, value] of items) store.items.set(key, value);
    store.etag = this.nextEtag();
    store.lastModified = this.now();
    return { etag: store.etag, document: { ItemCount: items.size, TotalSizeInBytes: sizeOf(items) } };
  }

  /** Every store's keys and ETag, for tests and the control endpoint. */
  snapshot(): {
    requests: Record<KvsOperation, number>;
    stores: Record<string, { etag: string; items: Record<string, string> }>;
  } {
    const stores: Record<string, { etag: string; items: Record<string, string> }> = {};
    for (const store of this.stores.values()) {
      stores[store.arn] = { etag: store.etag, items: Object.fromEntries(store.items) };
    }
    return { requests: { ...this.requests }, stores };
  }
}

function sizeOf(items: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of items) total += Buffer.byteLength(key) + Buffer.byteLength(value);
  return total;
}

/** Checks UpdateKeys' body: {"Puts":[{"Key","Value"}],"Deletes":[{"Key"}]}. */
export function parseUpdateKeys(body: Buffer): UpdateInput {
  let document: unknown;
  try {
    document = JSON.parse(body.toString('utf8') || '{}');
  } catch {
    throw new KvsError('ValidationException', 'The request body is not valid JSON.');
  }
  const { Puts = [], Deletes = [] } = (document ?? {}) as { Puts?: unknown; Deletes?: unknown };
  if (!Array.isArray(Puts) || !Array.isArray(Deletes)) {
    throw new KvsError('ValidationException', 'Puts and Deletes must be lists.');
  }
  for (const item of [...Puts, ...Deletes] as Array<{ Key?: unknown }>) checkKey(item?.Key);
  for (const item of Puts as Array<{ Value?: unknown }>) {
    if (typeof item.Value !== 'string') throw new KvsError('ValidationException', 'Each of Puts needs a string Value.');
  }
  return { puts: Puts as UpdateInput['puts'], deletes: Deletes as UpdateInput['deletes'] };
}

export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > KEY_MAX_CHARS) {
    throw new KvsError(
      'ValidationException',
      `A key must be 1 to ${KEY_MAX_CHARS} characters, got ${JSON.stringify(key)}.`,
    );
  }
  return key;
}
