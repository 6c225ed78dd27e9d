/**
 * The KeyValueStore port over the CloudFront KeyValueStore data plane (API 2022-07-26, JSON over
 * REST, SigV4A with region set '*'), on the shared signed HTTP client.
 */
import { parseStoreArn } from '../core/store-arn.js';
import type { KeyValueChange, KeyValueStore } from '../ports.js';
import { errorCode } from '../util/errors.js';
import { encodeRfc3986 } from './encode.js';
import { keyValueStoreEndpoint, parseEndpointUrl } from './endpoints.js';
import {
  AwsError,
  CREDENTIAL_CODES,
  CREDENTIALS_ADVICE,
  explainedError,
  failureFields,
  UNREACHABLE_CODES,
  unreachableAdvice,
} from './errors.js';
import type { AwsRequest, AwsResponse, HttpClient } from './http.js';
import { classifyFailure, type FailureKind } from './retry.js';

export interface KeyValueStoreClientConfig {
  readonly http: HttpClient;
  /** arn:aws:cloudfront::<account>:key-value-store/<id> */
  readonly storeArn: string;
  /** AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE ?? AWS_ENDPOINT_URL; default the account's endpoint. */
  readonly endpoint?: string | undefined;
}

type Operation = 'DescribeKeyValueStore' | 'GetKey' | 'UpdateKeys';

export const KEYVALUESTORE_PERMISSIONS: Record<Operation, string> = {
  DescribeKeyValueStore: 'cloudfront-keyvaluestore:DescribeKeyValueStore',
  GetKey: 'cloudfront-keyvaluestore:GetKey',
  UpdateKeys: 'cloudfront-keyvaluestore:UpdateKeys',
};

/**
 * Every call gets the persistent retry budget: reads are safe to repeat, and UpdateKeys is
 * idempotent in the service's model (with If-Match, a repeat of a write that landed is a conflict).
 * Throws at once when storeArn is not a KeyValueStore ARN.
 */
export function createKeyValueStoreClient({
  http,
  storeArn,
  endpoint: override,
}: KeyValueStoreClientConfig): KeyValueStore {
  const { account } = parseStoreArn(storeArn);
  const endpointUrl = keyValueStoreEndpoint(account, override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl, 'CloudFront KeyValueStore');
  const storePath = `${basePath}/key-value-stores/${encodeRfc3986(storeArn)}`;

  async function call(
    operation: Operation,
    request: Pick<AwsRequest, 'method' | 'path' | 'headers' | 'body'>,
    key?: string,
  ): Promise<AwsResponse> {
    try {
      return await http.send({
        service: 'cloudfront-keyvaluestore',
        region: '*',
        signing: 'sigv4a',
        endpoint,
        ...request,
        path: storePath + request.path,
        idempotent: true,
        classify: classifyKeyValueStoreFailure,
        label: `CloudFront KeyValueStore ${operation}${key === undefined ? '' : ` ${key}`}`,
      });
    } catch (error) {
      throw explainKeyValueStoreError(error, { operation, storeArn, key, endpoint: endpointUrl });
    }
  }

  const what = (operation: Operation): string => `CloudFront KeyValueStore ${operation} on ${storeArn}`;

  /** The store version an answer carries: what the next write names. */
  const etagOf = (response: AwsResponse, operation: Operation): string => {
    const etag = response.headers['etag'];
    if (typeof etag !== 'string' || etag === '') throw new Error(`${what(operation)} answered without an ETag`);
    return etag;
  };

  async function version(): Promise<string> {
    return etagOf(await call('DescribeKeyValueStore', { method: 'GET', path: '' }), 'DescribeKeyValueStore');
  }

  return {
    name: storeArn,
    version,
    async get(key) {
      let response: AwsResponse;
      try {
        response = await call('GetKey', { method: 'GET', path: `/keys/${encodeRfc3986(key)}` }, key);
      } catch (error) {
        if (errorCode(error) !== 'ResourceNotFoundException') throw error;
        // A missing key and a missing store answer alike: a store that describes itself lacks the key.
        await version();
        return undefined;
      }
      const value = jsonOf(response, what('GetKey'))['Value'];
      if (typeof value !== 'string') throw new Error(`${what('GetKey')} answered without a Value for ${key}`);
      return value;
    },
    async update(ifMatch, change) {
      const response = await call('UpdateKeys', {
        method: 'POST',
        path: '/keys',
        headers: { 'content-type': 'application/json', 'if-match': ifMatch },
        body: Buffer.from(JSON.stringify(updateKeysBody(change)), 'utf8'),
      });
      return etagOf(response, 'UpdateKeys');
    },
    isConflict: (error) => errorCode(error) === 'ConflictException',
  };
}

/** UpdateKeys' request document: {"Puts":[{"Key","Value"}],"Deletes":[{"Key"}]}, empty lists left out. */
export function updateKeysBody(change: KeyValueChange): Record<string, unknown> {
  const puts = Object.entries(change.puts ?? {}).map(([Key, Value]) => ({ Key, Value }));
  const deletes = (change.deletes ?? []).map((Key) => ({ Key }));
  return { ...(puts.length > 0 && { Puts: puts }), ...(deletes.length > 0 && { Deletes: deletes }) };
}

function jsonOf(response: AwsResponse, what: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(response.body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new Error(`${what} answered with something other than a JSON object`);
}

/**
 * A JSON service answers a request signed too far from its clock with InvalidSignatureException
 * "Signature expired" (or "not yet current"): with the server's Date, that is a skew to correct.
 */
export function classifyKeyValueStoreFailure(error: unknown): FailureKind {
  if (
    error instanceof AwsError &&
    error.code === 'InvalidSignatureException' &&
    error.serverTime !== undefined &&
    /^Signature (expired|not yet current)/.test(error.serverMessage ?? '')
  ) {
    return 'clockSkew';
  }
  return classifyFailure(error);
}

export interface KeyValueStoreErrorContext {
  readonly operation: Operation;
  readonly storeArn: string;
  readonly key?: string | undefined;
  readonly endpoint?: string | undefined;
}

/** Rewrites a failed KeyValueStore call into an AwsError (code kept) whose message says what to check. */
export function explainKeyValueStoreError(
  error: unknown,
  { operation, storeArn, key, endpoint }: KeyValueStoreErrorContext,
): AwsError {
  const source = failureFields(error);
  const code = source.code;
  let advice: string;
  if (code === 'ConflictException') {
    advice = 'the store changed since its ETag was read (another deploy, or someone, wrote to it).';
  } else if (code === 'ResourceNotFoundException') {
    advice =
      operation === 'GetKey'
        ? `the store has no key ${key ?? ''} (or the store does not exist).`
        : 'the KeyValueStore does not exist in this account: check release-store.';
  } else if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    advice =
      `access denied. The identity needs ${KEYVALUESTORE_PERMISSIONS[operation]} on ${storeArn} ` +
      '(check the IAM policy and any SCP).';
  } else if (code === 'ValidationException') {
    advice = `the store refused the request as invalid: ${source.serverMessage ?? 'no details were given'}.`;
  } else if (code === 'ServiceQuotaExceededException') {
    advice = `the store is at a limit (size or keys): ${source.serverMessage ?? 'no details were given'}.`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE + (source.serverMessage ? ` The store said: ${source.serverMessage}` : '');
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(
      endpoint ?? 'the KeyValueStore endpoint',
      'AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE',
      source,
    );
  } else {
    advice = source.serverMessage ?? 'no details were given.';
  }
  const target = key === undefined ? storeArn : `${storeArn} key ${key}`;
  return explainedError(
    `CloudFront KeyValueStore ${operation} on ${target}`,
    source,
    advice,
    { resource: storeArn },
    {
      cause: error,
    },
  );
}
