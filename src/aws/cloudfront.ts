/** The Cdn port over CloudFront's 2020-05-31 REST/XML API, on the shared signed HTTP client. */
import type { Cdn, CdnInvalidation, CdnOrigin } from '../ports.js';
import { createEdgeSetupClient } from './cloudfront-setup.js';
import { encodeRfc3986 } from './encode.js';
import { cloudFrontEndpoint, parseEndpointUrl } from './endpoints.js';
import {
  AwsError,
  CREDENTIAL_CODES,
  CREDENTIALS_ADVICE,
  explainedError,
  failureFields,
  UNREACHABLE_CODES,
  unreachableAdvice,
} from './errors.js';
import type { AwsRequest, HttpClient } from './http.js';
import { classifyFailure } from './retry.js';
import { child, children, escapeXml, parseXml, text } from './xml.js';

const API_VERSION = '2020-05-31';
const XMLNS = `http://cloudfront.amazonaws.com/doc/${API_VERSION}/`;
/**
 * An invalidation id CloudFront never gives (its ids are upper-case letters and digits). GetInvalidation
 * of it answers NoSuchInvalidation for a live distribution and NoSuchDistribution for an unknown one.
 */
const NEVER_AN_INVALIDATION = 'never-an-invalidation';

export interface CloudFrontClientConfig {
  readonly http: HttpClient;
  /** AWS_ENDPOINT_URL_CLOUDFRONT ?? AWS_ENDPOINT_URL; default AWS's global endpoint. */
  readonly endpoint?: string | undefined;
}

type Operation = keyof typeof CLOUDFRONT_PERMISSIONS | keyof typeof CLOUDFRONT_SETUP_PERMISSIONS;

function permissionOf(operation: Operation): string {
  return operation in CLOUDFRONT_PERMISSIONS
    ? CLOUDFRONT_PERMISSIONS[operation as keyof typeof CLOUDFRONT_PERMISSIONS]
    : CLOUDFRONT_SETUP_PERMISSIONS[operation as keyof typeof CLOUDFRONT_SETUP_PERMISSIONS].permission;
}

/**
 * Every call here is safe to repeat (CreateInvalidation is idempotent per CallerReference), so
 * each gets the persistent retry budget; the invalidation flow waits for capacity on top.
 */
export function createCloudFrontClient({ http, endpoint: override }: CloudFrontClientConfig): Cdn {
  const setup = createEdgeSetupClient({ http, endpoint: override });
  const endpointUrl = cloudFrontEndpoint(override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl, 'CloudFront');

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
        path: `${basePath}/${API_VERSION}/distribution/${encodeRfc3986(distributionId)}${request.path}`,
        idempotent: true,
        label: `CloudFront ${operation} ${distributionId}`,
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
      const cacheTagHeader = parseCacheTagHeader(answer);
      return { origins: parseDistributionOrigins(answer), ...(cacheTagHeader !== undefined && { cacheTagHeader }) };
    },
    async checkDistribution(distributionId) {
      try {
        await call('GetInvalidation', distributionId, {
          method: 'GET',
          path: `/invalidation/${NEVER_AN_INVALIDATION}`,
        });
      } catch (error) {
        if (error instanceof AwsError && error.code === 'NoSuchInvalidation') return;
        throw error;
      }
    },
    viewerRequestFunction: setup.viewerRequestFunction,
    functionCode: setup.functionCode,
    isTransient: (error) => classifyFailure(error) !== 'fatal',
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

/** DistributionConfig.CacheTagConfig.HeaderName of a <Distribution> answer, when the distribution has one. */
export function parseCacheTagHeader(body: Buffer | string): string | undefined {
  const config = child(child(parseXml(body), 'Distribution'), 'DistributionConfig');
  const name = text(child(config, 'CacheTagConfig'), 'HeaderName')?.trim();
  return name === undefined || name === '' ? undefined : name;
}

/** A deploy's calls (the README's IAM policy). */
export const CLOUDFRONT_PERMISSIONS = {
  CreateInvalidation: 'cloudfront:CreateInvalidation',
  GetInvalidation: 'cloudfront:GetInvalidation',
  GetDistribution: 'cloudfront:GetDistribution',
} as const;

/**
 * setup-releases's calls and what each is granted on (the README's setup policy); the release check
 * makes three of them, read-only: GetDistributionConfig, DescribeFunction and GetFunction (the layers check).
 */
export const CLOUDFRONT_SETUP_PERMISSIONS = {
  GetDistributionConfig: { permission: 'cloudfront:GetDistributionConfig', on: 'distribution' },
  UpdateDistribution: { permission: 'cloudfront:UpdateDistribution', on: 'distribution' },
  GetDistribution: { permission: 'cloudfront:GetDistribution', on: 'distribution' },
  DescribeFunction: { permission: 'cloudfront:DescribeFunction', on: 'function' },
  GetFunction: { permission: 'cloudfront:GetFunction', on: 'function' },
  CreateFunction: { permission: 'cloudfront:CreateFunction', on: 'function' },
  UpdateFunction: { permission: 'cloudfront:UpdateFunction', on: 'function' },
  PublishFunction: { permission: 'cloudfront:PublishFunction', on: 'function' },
  DescribeKeyValueStore: { permission: 'cloudfront:DescribeKeyValueStore', on: 'key-value-store' },
  CreateKeyValueStore: { permission: 'cloudfront:CreateKeyValueStore', on: 'key-value-store' },
} as const;

export interface CloudFrontErrorContext {
  readonly operation: Operation;
  readonly distributionId: string;
  readonly endpoint?: string | undefined;
  /** What the call was about when not the distribution, e.g. { kind: 'function', name }. */
  readonly subject?: { readonly kind: 'function' | 'key-value-store'; readonly name: string } | undefined;
}

/** Rewrites a failed CloudFront call into an AwsError (code kept) whose message says what to check. */
export function explainCloudFrontError(
  error: unknown,
  { operation, distributionId, endpoint, subject }: CloudFrontErrorContext,
): AwsError {
  const target = subject ?? { kind: 'distribution', name: distributionId };
  const source = failureFields(error);
  const code = source.code;
  let advice: string;
  if (code === 'NoSuchDistribution') {
    advice = `distribution ${distributionId} does not exist in this account: check distribution-id.`;
  } else if (code === 'AccessDenied') {
    advice =
      `access denied. The identity needs ${permissionOf(operation)} on ` +
      `arn:aws:cloudfront::<account>:${target.kind}/${target.kind === 'key-value-store' ? '*' : target.name} ` +
      '(check the IAM policy and any SCP).';
  } else if (code === 'PreconditionFailed') {
    advice = `${target.kind} ${target.name} changed since it was read (If-Match no longer matches): run again.`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE + (source.serverMessage ? ` CloudFront said: ${source.serverMessage}` : '');
  } else if (code === 'InvalidationBatchAlreadyExists') {
    advice =
      'this CallerReference was already used for an invalidation with other paths. References are ' +
      'derived from the run id, run attempt and the paths, so this should not happen; re-run the job.';
  } else if (code === 'TooManyInvalidationsInProgress') {
    advice = 'too many invalidation paths are in progress; wait for some to complete.';
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(endpoint ?? 'CloudFront', 'AWS_ENDPOINT_URL_CLOUDFRONT', source);
  } else {
    advice = source.serverMessage ?? 'no details were given.';
  }
  return explainedError(
    `CloudFront ${operation} on ${target.kind === 'key-value-store' ? 'KeyValueStore' : target.kind} ${target.name}`,
    source,
    advice,
    { resource: target.name },
    { cause: error },
  );
}
