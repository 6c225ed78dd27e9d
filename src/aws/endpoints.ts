/**
 * Every rule about where AWS requests go: S3 (an explicit endpoint, path-style, or AWS,
 * virtual-hosted), STS (regional), CloudFront (global) and a KeyValueStore (per account), and
 * the parsing of endpoint URLs.
 */
import { parseHttpUrl } from '../core/http-url.js';
import { errorMessage } from '../util/errors.js';
import { encodeRfc3986 } from './encode.js';

export interface Endpoint {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  /** Omitted for the protocol's default port. */
  readonly port?: number | undefined;
}

/** The DNS suffix of AWS endpoints in region's partition (China has its own). */
function awsDomain(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}

/** The STS endpoint: an explicit override (AWS_ENDPOINT_URL_STS ?? AWS_ENDPOINT_URL) or the regional one. */
export function stsEndpoint(region: string, override?: string): string {
  if (override !== undefined && override !== '') return override.replace(/\/+$/, '');
  if (region === '') return 'https://sts.amazonaws.com';
  return `https://sts.${region}.${awsDomain(region)}`;
}

/** CloudFront has one global endpoint (the caller resolves AWS_ENDPOINT_URL_CLOUDFRONT ?? AWS_ENDPOINT_URL). */
export function cloudFrontEndpoint(override?: string): string {
  return override === undefined || override === '' ? 'https://cloudfront.amazonaws.com' : override;
}

/**
 * A KeyValueStore's data plane: https://<account>.cloudfront-kvs.global.api.aws, or the override
 * as given (AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE ?? AWS_ENDPOINT_URL, resolved by the caller).
 * The SDKs put the account before an override's host too; a stand-in on 127.0.0.1 could not be
 * reached that way, so the override is taken whole.
 */
export function keyValueStoreEndpoint(account: string, override?: string): string {
  return override === undefined || override === '' ? `https://${account}.cloudfront-kvs.global.api.aws` : override;
}

/** 'https://host:port', for messages. */
export function endpointUrl(endpoint: Endpoint): string {
  return `${endpoint.protocol}//${endpoint.hostname}${endpoint.port === undefined ? '' : `:${endpoint.port}`}`;
}

export interface S3Location {
  readonly endpoint: Endpoint;
  /** Encoded path of the bucket itself: '' (virtual-hosted) or '/bucket', after any base path. */
  readonly bucketPath: string;
}

export interface S3EndpointInput {
  readonly bucket: string;
  readonly region: string;
  /** An explicit endpoint URL (the action passes AWS_ENDPOINT_URL_S3 ?? AWS_ENDPOINT_URL). */
  readonly endpoint?: string | undefined;
}

export function resolveS3Location({ bucket, region, endpoint }: S3EndpointInput): S3Location {
  const bucketSegment = '/' + encodeRfc3986(bucket);
  if (endpoint !== undefined && endpoint !== '') {
    const { endpoint: parsed, basePath } = parseEndpointUrl(endpoint, 'S3');
    return { endpoint: parsed, bucketPath: basePath + bucketSegment };
  }
  const host = `s3.${region}.${awsDomain(region)}`;
  // A dotted name breaks the *.s3 wildcard certificate, so it goes path-style.
  if (bucket.includes('.')) {
    return { endpoint: { protocol: 'https:', hostname: host }, bucketPath: bucketSegment };
  }
  return { endpoint: { protocol: 'https:', hostname: `${bucket}.${host}` }, bucketPath: '' };
}

/**
 * 'http://127.0.0.1:4568/base/' → endpoint + '/base', for any service. Throws a message naming the
 * service and the bad value.
 */
export function parseEndpointUrl(value: string, service: string): { endpoint: Endpoint; basePath: string } {
  let url: URL;
  try {
    url = parseHttpUrl(value, 'http://127.0.0.1:4568');
  } catch (error) {
    throw new Error(`${service} endpoint ${errorMessage(error)}`);
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const protocol = url.protocol === 'http:' ? 'http:' : 'https:';
  const endpoint: Endpoint = { protocol, hostname, port: url.port === '' ? undefined : Number(url.port) };
  return { endpoint, basePath: url.pathname.replace(/\/+$/, '') };
}
