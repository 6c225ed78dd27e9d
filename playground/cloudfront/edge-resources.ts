/**
 * CloudFront Functions and KeyValueStores (the control plane) as the stand-in keeps them, with
 * CloudFront's rules: a function is created in DEVELOPMENT, PublishFunction copies it to LIVE and
 * needs If-Match with the DEVELOPMENT ETag; names are unique; only a LIVE function can be associated.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from './errors.js';
import { randomId } from './model.js';

export const ACCOUNT = '123456789012';
/** CloudFront's limit on a function's code. */
export const MAX_FUNCTION_BYTES = 10 * 1024;
const RUNTIMES = ['cloudfront-js-1.0', 'cloudfront-js-2.0'];
const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export type FunctionStage = 'DEVELOPMENT' | 'LIVE';

export interface FunctionRecord {
  readonly name: string;
  readonly arn: string;
  readonly comment: string;
  readonly runtime: string;
  readonly code: Buffer;
  readonly keyValueStoreArns: readonly string[];
  readonly stage: FunctionStage;
  readonly etag: string;
  readonly createdTime: Date;
  readonly lastModifiedTime: Date;
}

export interface FunctionInput {
  readonly name: string;
  readonly comment: string;
  readonly runtime: string;
  readonly code: Buffer;
  readonly keyValueStoreArns: readonly string[];
}

export interface KeyValueStoreRecord {
  readonly name: string;
  readonly id: string;
  readonly arn: string;
  readonly comment: string;
  readonly etag: string;
  readonly lastModifiedTime: Date;
}

/** If-Match is required on every change; a stale one is refused. */
export function checkIfMatch(ifMatch: string | undefined, etag: string, what: string): void {
  if (ifMatch === undefined || ifMatch === '') {
    throw new ApiError('InvalidIfMatchVersion', `The If-Match version is missing or not valid for the ${what}.`);
  }
  if (ifMatch !== etag) {
    throw new ApiError(
      'PreconditionFailed',
      `The precondition given in one or more of the request fields evaluated to false: If-Match ${ifMatch} is not the ${what}'s current ETag.`,
    );
  }
}

export class EdgeResources {
  private readonly functions = new Map<string, { development: FunctionRecord; live?: FunctionRecord }>();
  private readonly stores = new Map<string, KeyValueStoreRecord>();

  constructor(private readonly now: () => Date) {}

  createKeyValueStore(name: string, comment: string): KeyValueStoreRecord {
    if (!NAME.test(name))
      throw new ApiError('InvalidArgument', `Name ${JSON.stringify(name)} must match [a-zA-Z0-9-_]{1,64}.`);
    if (this.stores.has(name))
      throw new ApiError('EntityAlreadyExists', `A key value store named ${name} already exists.`);
    const id = randomUUID();
    const store = {
      name,
      id,
      arn: `arn:aws:cloudfront::${ACCOUNT}:key-value-store/${id}`,
      comment,
      etag: randomId('E'),
      lastModifiedTime: this.now(),
    };
    this.stores.set(name, store);
    return store;
  }

  /** A store known by its ARN from the start (the playground's edge, whose KeyValueStore stand-in already has it). */
  adoptKeyValueStore(name: string, arn: string): KeyValueStoreRecord {
    const store = {
      name,
      id: arn.slice(arn.lastIndexOf('/') + 1),
      arn,
      comment: '',
      etag: randomId('E'),
      lastModifiedTime: this.now(),
    };
    this.stores.set(name, store);
    return store;
  }

  describeKeyValueStore(name: string): KeyValueStoreRecord {
    const store = this.stores.get(name);
    if (!store) throw new ApiError('EntityNotFound', `The key value store ${name} does not exist.`);
    return store;
  }

  /** New code and configuration for the DEVELOPMENT stage (If-Match: its ETag); LIVE changes only when published. */
  updateFunction(input: FunctionInput, ifMatch: string | undefined): FunctionRecord {
    const record = this.functions.get(input.name);
    const development = this.describeFunction(input.name, 'DEVELOPMENT');
    checkIfMatch(ifMatch, development.etag, 'function');
    this.checkInput(input);
    const updated: FunctionRecord = { ...development, ...input, etag: randomId('E'), lastModifiedTime: this.now() };
    this.functions.set(input.name, { ...record, development: updated });
    return updated;
  }

  private checkInput(input: FunctionInput): void {
    if (!RUNTIMES.includes(input.runtime)) {
      throw new ApiError('InvalidArgument', `Runtime must be one of ${RUNTIMES.join(', ')}.`);
    }
    if (input.code.length === 0 || input.code.length > MAX_FUNCTION_BYTES) {
      throw new ApiError(
        'FunctionSizeLimitExceeded',
        `The function code is ${input.code.length} bytes; the limit is ${MAX_FUNCTION_BYTES}.`,
      );
    }
    if (input.keyValueStoreArns.length > 1) {
      throw new ApiError('InvalidArgument', 'A function can be associated with at most one key value store.');
    }
    const known = new Set([...this.stores.values()].map((store) => store.arn));
    const unknown = input.keyValueStoreArns.find((arn) => !known.has(arn));
    if (unknown !== undefined) throw new ApiError('EntityNotFound', `The key value store ${unknown} does not exist.`);
  }

  createFunction(input: FunctionInput): FunctionRecord {
    if (!NAME.test(input.name)) {
      throw new ApiError('InvalidArgument', `Name ${JSON.stringify(input.name)} must match [a-zA-Z0-9-_]{1,64}.`);
    }
    if (this.functions.has(input.name)) {
      throw new ApiError('FunctionAlreadyExists', `A function named ${input.name} already exists.`);
    }
    this.checkInput(input);
    const at = this.now();
    const development: FunctionRecord = {
      ...input,
      arn: `arn:aws:cloudfront::${ACCOUNT}:function/${input.name}`,
      stage: 'DEVELOPMENT',
      etag: randomId('E'),
      createdTime: at,
      lastModifiedTime: at,
    };
    this.functions.set(input.name, { development });
    return development;
  }

  describeFunction(name: string, stage: FunctionStage): FunctionRecord {
    const record = this.functions.get(name);
    const found = stage === 'LIVE' ? record?.live : record?.development;
    if (!found)
      throw new ApiError('NoSuchFunctionExists', `The function ${name} does not exist in the ${stage} stage.`);
    return found;
  }

  publishFunction(name: string, ifMatch: string | undefined): FunctionRecord {
    const development = this.describeFunction(name, 'DEVELOPMENT');
    checkIfMatch(ifMatch, development.etag, 'function');
    const live: FunctionRecord = { ...development, stage: 'LIVE', etag: randomId('E'), lastModifiedTime: this.now() };
    this.functions.set(name, { development, live });
    return live;
  }

  /** The LIVE code of the function an ARN names, if published. */
  liveCode(arn: string): Buffer | undefined {
    return [...this.functions.values()].find((record) => record.live?.arn === arn)?.live?.code;
  }

  /** Whether a distribution may name this FunctionARN: the function exists and was published. */
  isLiveFunction(arn: string): boolean {
    return [...this.functions.values()].some((record) => record.live?.arn === arn);
  }
}
