/**
 * One error type for every AWS call, and messages that say what to check. A message never
 * contains a credential: it is built only from the error code, the server's message, the
 * request id and the bucket/key/resource involved.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { child, parseXml, text } from './xml.js';
import { errorCode, errorMessage } from '../util/errors.js';

export interface AwsErrorFields {
  /** The AWS error code (NoSuchBucket, SlowDown, ...), or a Node socket code (ECONNRESET). */
  readonly code: string;
  /** HTTP status; undefined when no response arrived. */
  readonly status?: number;
  /** The server's own message, if it sent one. */
  readonly serverMessage?: string;
  readonly requestId?: string;
  /** The region the server says the bucket lives in (x-amz-bucket-region or <Region>). */
  readonly region?: string;
  /** The server's clock (its Date header) in ms since the epoch, for clock-skew correction. */
  readonly serverTime?: number;
  readonly bucket?: string;
  readonly key?: string;
  /** For other services: the resource involved (a distribution id, a role ARN). */
  readonly resource?: string;
}

export class AwsError extends Error implements AwsErrorFields {
  readonly code: string;
  declare readonly status?: number;
  declare readonly serverMessage?: string;
  declare readonly requestId?: string;
  declare readonly region?: string;
  declare readonly serverTime?: number;
  declare readonly bucket?: string;
  declare readonly key?: string;
  declare readonly resource?: string;

  constructor(message: string, fields: AwsErrorFields, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AwsError';
    this.code = fields.code;
    // Copy only the defined fields (exactOptionalPropertyTypes).
    for (const name of FIELD_NAMES) {
      if (fields[name] !== undefined) Object.assign(this, { [name]: fields[name] });
    }
  }
}

const FIELD_NAMES = [
  'status',
  'serverMessage',
  'requestId',
  'region',
  'serverTime',
  'bucket',
  'key',
  'resource',
] as const satisfies readonly (keyof AwsErrorFields)[];

const STATUS_CODES: Record<number, string> = {
  301: 'PermanentRedirect',
  307: 'TemporaryRedirect',
  400: 'BadRequest',
  403: 'Forbidden',
  404: 'NotFound',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The error an HTTP response describes. Reads S3's <Error> and the <ErrorResponse><Error> of
 * CloudFront/STS; a body-less response (HEAD) gets a code from its status.
 */
export function errorFromResponse(status: number, headers: IncomingHttpHeaders, body: Buffer): AwsError {
  let node = undefined;
  // CloudFront and STS put RequestId beside <Error>, inside <ErrorResponse>; S3 puts it inside <Error>.
  let envelope = undefined;
  if (body.length > 0 && body.subarray(0, 200).toString('utf8').includes('<')) {
    try {
      const doc = parseXml(body);
      envelope = child(doc, 'ErrorResponse');
      node = child(doc, 'Error') ?? child(envelope, 'Error');
    } catch {
      // Not XML (a proxy's HTML page): fall back to the status.
    }
  }
  const date = header(headers, 'date');
  const serverTime = date === undefined ? undefined : Date.parse(date);
  const fields: AwsErrorFields = {
    code: text(node, 'Code') ?? header(headers, 'x-amz-error-code') ?? STATUS_CODES[status] ?? `Http${status}`,
    status,
    ...defined('serverMessage', text(node, 'Message')),
    ...defined(
      'requestId',
      text(node, 'RequestId') ??
        text(envelope, 'RequestId') ??
        header(headers, 'x-amz-request-id') ??
        header(headers, 'x-amzn-requestid'),
    ),
    ...defined('region', header(headers, 'x-amz-bucket-region') ?? text(node, 'Region')),
    ...defined('serverTime', serverTime !== undefined && Number.isFinite(serverTime) ? serverTime : undefined),
    ...defined('bucket', text(node, 'BucketName')),
    ...defined('key', text(node, 'Key')),
  };
  return new AwsError(`${fields.code} (HTTP ${status})${fields.serverMessage ? `: ${fields.serverMessage}` : ''}`, fields);
}

function defined<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

export type S3Operation = 'list' | 'get' | 'put' | 'delete';

const S3_OPERATIONS: Record<S3Operation, { action: string; permission: string }> = {
  list: { action: 'ListObjectsV2', permission: 's3:ListBucket' },
  get: { action: 'GetObject', permission: 's3:GetObject' },
  put: { action: 'PutObject', permission: 's3:PutObject' },
  delete: { action: 'DeleteObjects', permission: 's3:DeleteObject' },
};

/** The credentials themselves were refused, by any service. */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'InvalidAccessKeyId',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'ExpiredToken',
  'InvalidToken',
  'TokenRefreshRequired',
]);

export const CREDENTIALS_ADVICE =
  'the AWS credentials were rejected. Check the access key id, secret access key and session token ' +
  '(AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, or the role assumed through OIDC), ' +
  'and that they have not expired.';

/** The request never got an answer: the endpoint is wrong or out of reach. */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'ETIMEDOUT',
]);

/** variable: the service's own endpoint variable, e.g. AWS_ENDPOINT_URL_S3. */
export function unreachableAdvice(endpoint: string, variable: string, detail: string): string {
  return `could not reach ${endpoint} (${detail}). Check ${variable} / AWS_ENDPOINT_URL if set, the region, and the network.`;
}

export interface S3ErrorContext {
  readonly operation: S3Operation;
  readonly bucket: string;
  readonly key?: string;
  /** The region requests were signed for. */
  readonly region: string;
  /** Where the requests went, e.g. https://my-bucket.s3.eu-west-1.amazonaws.com. */
  readonly endpoint?: string;
}

/** Rewrites any failure of an S3 call into an AwsError whose message says what to check. */
export function explainS3Error(error: unknown, context: S3ErrorContext): AwsError {
  const source: AwsErrorFields =
    error instanceof AwsError ? error : { code: errorCode(error) ?? 'UnknownError', serverMessage: errorMessage(error) };
  const { operation, bucket, key, region } = context;
  const { action, permission } = S3_OPERATIONS[operation];
  const target = key === undefined ? `s3://${bucket}` : `s3://${bucket}/${key}`;
  const arn = key === undefined || operation === 'list' ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/*`;
  const code = source.code;

  let advice: string;
  if (code === 'NoSuchBucket') {
    advice = `the bucket "${bucket}" does not exist. Check the bucket name, the region (${region}) and the endpoint.`;
  } else if (code === 'AccessDenied' || code === 'Forbidden' || code === 'AllAccessDisabled') {
    advice =
      `access denied to ${target}. The identity needs ${permission} on ${arn}` +
      ' (check the IAM policy, the bucket policy and any SCP or KMS key policy).';
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE;
  } else if (code === 'AccessControlListNotSupported') {
    advice =
      `the bucket "${bucket}" does not accept ACLs: its Object Ownership is 'Bucket owner enforced' ` +
      '(the default for buckets created since April 2023). Either remove the `acl` input or enable ACLs ' +
      "on the bucket (Object Ownership 'Bucket owner preferred').";
  } else if (source.region !== undefined && source.region !== region && isRegionError(code, source.status)) {
    advice = `the bucket "${bucket}" is in region ${source.region}, not ${region}. Set the region to ${source.region}.`;
  } else if (isRegionError(code, source.status)) {
    advice = `the bucket "${bucket}" is not in region ${region}. Set the region the bucket was created in.`;
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(context.endpoint ?? 'the S3 endpoint', 'AWS_ENDPOINT_URL_S3', source.serverMessage ?? code);
  } else {
    advice = source.serverMessage ?? 'no details were given.';
  }
  const status = source.status === undefined ? '' : `, HTTP ${source.status}`;
  const requestId = source.requestId === undefined ? '' : ` (request id ${source.requestId})`;
  const message = `S3 ${action} on ${target} failed with ${code}${status}: ${advice}${requestId}`;
  return new AwsError(message, { ...source, bucket, ...(key === undefined ? {} : { key }) }, { cause: error });
}

export function isRegionError(code: string, status: number | undefined): boolean {
  return (
    code === 'PermanentRedirect' ||
    code === 'AuthorizationHeaderMalformed' ||
    code === 'IllegalLocationConstraintException' ||
    status === 301
  );
}
