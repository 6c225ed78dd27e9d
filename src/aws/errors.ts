/**
 * One error type for every AWS call, and messages that say what to check. A message never
 * contains a credential: it is built only from the error code, the server's message, the
 * request id and the bucket/key/resource involved.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { errorCode, errorMessage } from '../util/errors.js';
import { optional } from '../util/optional.js';
import { child, parseXml, text, type XmlNode } from './xml.js';

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
  /** The proxy a request that got no answer went through ('http://proxy:3128 (HTTPS_PROXY)'). */
  readonly proxy?: string;
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
  declare readonly proxy?: string;

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
  'proxy',
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
 * The error an HTTP response describes. Reads S3's <Error>, the <ErrorResponse><Error> of
 * CloudFront/STS and the JSON errors of restJson services (the KeyValueStore); a body-less
 * response (HEAD) gets a code from its status.
 */
export function errorFromResponse(status: number, headers: IncomingHttpHeaders, body: Buffer): AwsError {
  const json = jsonError(headers, body);
  let node: XmlNode | undefined;
  // CloudFront and STS put RequestId beside <Error>, inside <ErrorResponse>; S3 puts it inside <Error>.
  let envelope: XmlNode | undefined;
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
    code:
      text(node, 'Code') ?? json.code ?? header(headers, 'x-amz-error-code') ?? STATUS_CODES[status] ?? `Http${status}`,
    status,
    ...optional('serverMessage', text(node, 'Message') ?? json.message),
    ...optional(
      'requestId',
      text(node, 'RequestId') ??
        text(envelope, 'RequestId') ??
        header(headers, 'x-amz-request-id') ??
        header(headers, 'x-amzn-requestid'),
    ),
    ...optional('region', header(headers, 'x-amz-bucket-region') ?? text(node, 'Region')),
    ...optional('serverTime', serverTime !== undefined && Number.isFinite(serverTime) ? serverTime : undefined),
    ...optional('bucket', text(node, 'BucketName')),
    ...optional('key', text(node, 'Key')),
  };
  return new AwsError(
    `${fields.code} (HTTP ${status})${fields.serverMessage ? `: ${fields.serverMessage}` : ''}`,
    fields,
  );
}

/**
 * A restJson error: the code in x-amzn-errortype (or the body's __type/code), 'Name:namespace' or
 * 'namespace#Name' trimmed to Name; the message in the body's Message or message.
 */
function jsonError(headers: IncomingHttpHeaders, body: Buffer): { code?: string; message?: string } {
  let document: Record<string, unknown> = {};
  if (body.length > 0 && body.subarray(0, 1).toString('utf8') === '{') {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null) document = parsed as Record<string, unknown>;
    } catch {
      // Not JSON after all: the status will name it.
    }
  }
  const field = (name: string): string | undefined =>
    typeof document[name] === 'string' ? (document[name] as string) : undefined;
  const type = header(headers, 'x-amzn-errortype') ?? field('__type') ?? field('code');
  const code = type?.split(':')[0]?.split('#').pop();
  return { ...optional('code', code || undefined), ...optional('message', field('Message') ?? field('message')) };
}

/** The credentials themselves were refused, by any service. */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  'InvalidAccessKeyId',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
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

/**
 * variable: the service's own endpoint variable, e.g. AWS_ENDPOINT_URL_S3. Through a proxy, the
 * proxy is what did not answer: it is named, not the endpoint's variables.
 */
export function unreachableAdvice(endpoint: string, variable: string, source: AwsErrorFields): string {
  const { proxy } = source;
  const detail = source.serverMessage ?? source.code;
  if (proxy !== undefined) {
    return `could not reach ${endpoint} through the proxy ${proxy} (${detail}). Check that proxy (or NO_PROXY), and the network.`;
  }
  return `could not reach ${endpoint} (${detail}). Check ${variable} / AWS_ENDPOINT_URL if set, the region, and the network.`;
}

/** A failure without an answer on a route through a proxy, with the proxy named; any other failure as it is. */
export function viaProxy(error: unknown, proxy: string | undefined): unknown {
  if (proxy === undefined || (error instanceof AwsError && error.status !== undefined)) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  return new AwsError(errorMessage(error), { code, serverMessage: errorMessage(error), proxy }, { cause: error });
}

/** The fields of any failure: an AwsError's own, or a socket error's code and message. */
export function failureFields(error: unknown): AwsErrorFields {
  return error instanceof AwsError
    ? error
    : { code: errorCode(error) ?? 'UnknownError', serverMessage: errorMessage(error) };
}

/**
 * The one shape of every explained failure: '<what> failed with <code>, HTTP <status>: <advice>
 * (request id <id>)'. what names the service, the operation and its target.
 */
export function explainedError(
  what: string,
  source: AwsErrorFields,
  advice: string,
  fields: Partial<AwsErrorFields>,
  options?: { cause?: unknown },
): AwsError {
  const status = source.status === undefined ? '' : `, HTTP ${source.status}`;
  const requestId = source.requestId === undefined ? '' : ` (request id ${source.requestId})`;
  return new AwsError(
    `${what} failed with ${source.code}${status}: ${advice}${requestId}`,
    { ...source, ...fields },
    options,
  );
}
