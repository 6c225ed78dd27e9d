/** The Cdn port over CloudFront's 2020-05-31 REST/XML API, on our signed HTTP layer. */
import type { Credentials } from '../core/types.js';
import type { Cdn, CdnInvalidation, CdnOrigin, Clock } from '../ports.js';
import { encodeRfc3986 } from './encode.js';
import { errorCode, errorMessage } from '../util/errors.js';
import { parseEndpointUrl } from './endpoints.js';
import {
  AwsError,
  type AwsErrorFields,
  CREDENTIAL_CODES,
  CREDENTIALS_ADVICE,
  UNREACHABLE_CODES,
  unreachableAdvice,
} from './errors.js';
import { type AwsRequest, createHttpClient } from './http.js';
import { classifyFailure, type RetryPolicy } from './retry.js';
import { child, children, escapeXml, parseXml, text } from './xml.js';

export const CLOUDFRONT_API_VERSION = '2020-05-31';
export const DEFAULT_CLOUDFRONT_ENDPOINT = 'https://cloudfront.amazonaws.com';
const XMLNS = `http://cloudfront.amazonaws.com/doc/${CLOUDFRONT_API_VERSION}/`;

export interface CloudFrontClientConfig {
  /** The caller resolves AWS_ENDPOINT_URL_CLOUDFRONT ?? AWS_ENDPOINT_URL; default AWS's global endpoint. */
  readonly endpoint?: string;
  readonly credentials: Credentials;
  readonly clock: Clock;
  readonly random?: () => number;
  readonly timeoutMs?: number;
  /** Retries of one call inside the HTTP layer (the invalidation flow retries on top). */
  readonly retryPolicy?: RetryPolicy;
}

export interface CloudFrontClient extends Cdn {
  /** Closes idle keep-alive sockets. */
  close(): void;
}

type Operation = 'CreateInvalidation' | 'GetInvalidation' | 'GetDistribution';

export function createCloudFrontClient(config: CloudFrontClientConfig): CloudFrontClient {
  const endpointUrl = config.endpoint ?? DEFAULT_CLOUDFRONT_ENDPOINT;
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl, 'CloudFront');
  const http = createHttpClient({
    credentials: config.credentials,
    concurrency: 4,
    clock: config.clock,
    ...(config.random === undefined ? {} : { random: config.random }),
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    ...(config.retryPolicy === undefined ? {} : { retryPolicy: config.retryPolicy }),
  });

  async function call(
    operation: Operation,
    distributionId: string,
    request: Pick<AwsRequest, 'method' | 'path' | 'headers' | 'body'>,
  ): Promise<Buffer> {
    try {
      const response = await http.send({
        service: 'cloudfront',
        region: 'us-east-1',
        endpoint,
        ...request,
        path: `${basePath}/${CLOUDFRONT_API_VERSION}/distribution/${encodeRfc3986(distributionId)}${request.path}`,
      });
      return response.body;
    } catch (error) {
      throw explainCloudFrontError(error, { operation, distributionId, endpoint: endpointUrl });
    }
  }

  return {
    async createInvalidation(distributionId, paths, callerReference) {
      const body = Buffer.from(invalidationBatchXml(paths, callerReference), 'utf8');
      const answer = await call('CreateInvalidation', distributionId, {
        method: 'POST',
        path: '/invalidation',
        headers: { 'content-type': 'application/xml' },
        body,
      });
      return parseInvalidation(answer);
    },
    async getInvalidation(distributionId, id) {
      const answer = await call('GetInvalidation', distributionId, {
        method: 'GET',
        path: `/invalidation/${encodeRfc3986(id)}`,
      });
      return parseInvalidation(answer);
    },
    async getDistribution(distributionId) {
      const answer = await call('GetDistribution', distributionId, { method: 'GET', path: '' });
      return { origins: parseDistributionOrigins(answer) };
    },
    isTransient: (error) => classifyFailure(error) !== 'fatal',
    close: () => http.close(),
  };
}

/** The <InvalidationBatch> request document; paths and reference are escaped, never interpreted. */
export function invalidationBatchXml(paths: readonly string[], callerReference: string): string {
  const items = paths.map((path) => `<Path>${escapeXml(path)}</Path>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<InvalidationBatch xmlns="${XMLNS}">` +
    `<Paths><Quantity>${paths.length}</Quantity>${paths.length > 0 ? `<Items>${items}</Items>` : ''}</Paths>` +
    `<CallerReference>${escapeXml(callerReference)}</CallerReference>` +
    '</InvalidationBatch>'
  );
}

/** Id and Status of an <Invalidation> answer (CreateInvalidation, GetInvalidation). */
export function parseInvalidation(body: Buffer | string): CdnInvalidation {
  const invalidation = child(parseXml(body), 'Invalidation');
  const id = text(invalidation, 'Id');
  const status = text(invalidation, 'Status');
  if (id === undefined || id === '' || status === undefined) {
    throw new Error('CloudFront answered without an <Invalidation> holding an Id and a Status');
  }
  return { id, status };
}

/** DistributionConfig.Origins of a <Distribution> answer (GetDistribution). */
export function parseDistributionOrigins(body: Buffer | string): CdnOrigin[] {
  const config = child(child(parseXml(body), 'Distribution'), 'DistributionConfig');
  if (config === undefined) throw new Error('CloudFront answered without a <Distribution><DistributionConfig>');
  return children(child(child(config, 'Origins'), 'Items'), 'Origin').map((origin) => ({
    id: text(origin, 'Id') ?? '',
    domainName: text(origin, 'DomainName') ?? '',
    originPath: text(origin, 'OriginPath') ?? '',
  }));
}

const PERMISSIONS: Record<Operation, string> = {
  CreateInvalidation: 'cloudfront:CreateInvalidation',
  GetInvalidation: 'cloudfront:GetInvalidation',
  GetDistribution: 'cloudfront:GetDistribution',
};

export interface CloudFrontErrorContext {
  readonly operation: Operation;
  readonly distributionId: string;
  readonly endpoint?: string;
}

/** Rewrites a failed CloudFront call into an AwsError (code kept) whose message says what to check. */
export function explainCloudFrontError(error: unknown, { operation, distributionId, endpoint }: CloudFrontErrorContext): AwsError {
  const source: AwsErrorFields =
    error instanceof AwsError ? error : { code: errorCode(error) ?? 'UnknownError', serverMessage: errorMessage(error) };
  const code = source.code;
  let advice: string;
  if (code === 'NoSuchDistribution') {
    advice = `distribution ${distributionId} does not exist in this account: check distribution-id.`;
  } else if (code === 'AccessDenied') {
    advice =
      `access denied. The identity needs ${PERMISSIONS[operation]} on ` +
      `arn:aws:cloudfront::<account>:distribution/${distributionId} (check the IAM policy and any SCP).`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE + (source.serverMessage ? ` CloudFront said: ${source.serverMessage}` : '');
  } else if (code === 'InvalidationBatchAlreadyExists') {
    advice =
      'this CallerReference was already used for an invalidation with other paths. References are ' +
      'derived from the run id, run attempt and the paths, so this should not happen; re-run the job.';
  } else if (code === 'TooManyInvalidationsInProgress') {
    advice = 'too many invalidation paths are in progress; wait for some to complete.';
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(endpoint ?? 'CloudFront', 'AWS_ENDPOINT_URL_CLOUDFRONT', source.serverMessage ?? code);
  } else {
    advice = source.serverMessage ?? 'no details were given.';
  }
  const status = source.status === undefined ? '' : `, HTTP ${source.status}`;
  const requestId = source.requestId === undefined ? '' : ` (request id ${source.requestId})`;
  const message = `CloudFront ${operation} on distribution ${distributionId} failed with ${code}${status}: ${advice}${requestId}`;
  return new AwsError(message, { ...source, code, resource: distributionId }, { cause: error });
}
