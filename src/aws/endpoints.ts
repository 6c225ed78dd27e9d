/** Where S3 requests for a bucket go: an explicit endpoint (path-style) or AWS (virtual-hosted). */
import { encodeRfc3986 } from './encode.js';
import type { Endpoint } from './http.js';

export interface S3Location {
  readonly endpoint: Endpoint;
  /** Encoded path of the bucket itself: '' (virtual-hosted) or '/bucket', after any base path. */
  readonly bucketPath: string;
  /** True for AWS's own endpoints, whose host can follow the bucket to another region. */
  readonly isAws: boolean;
}

export interface S3EndpointInput {
  readonly bucket: string;
  readonly region: string;
  /** An explicit endpoint URL (the action passes AWS_ENDPOINT_URL_S3 ?? AWS_ENDPOINT_URL). */
  readonly endpoint?: string;
}

export function resolveS3Location({ bucket, region, endpoint }: S3EndpointInput): S3Location {
  const bucketSegment = '/' + encodeRfc3986(bucket);
  if (endpoint !== undefined && endpoint !== '') {
    const { endpoint: parsed, basePath } = parseEndpointUrl(endpoint, 'S3');
    return { endpoint: parsed, bucketPath: basePath + bucketSegment, isAws: false };
  }
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  const host = `s3.${region}.${suffix}`;
  // A dotted name breaks the *.s3 wildcard certificate, so it goes path-style.
  if (bucket.includes('.')) {
    return { endpoint: { protocol: 'https:', hostname: host }, bucketPath: bucketSegment, isAws: true };
  }
  return { endpoint: { protocol: 'https:', hostname: `${bucket}.${host}` }, bucketPath: '', isAws: true };
}

/**
 * 'http://127.0.0.1:4568/base/' → endpoint + '/base', for any service. Throws a message naming the
 * service and the bad value.
 */
export function parseEndpointUrl(value: string, service: string): { endpoint: Endpoint; basePath: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${service} endpoint "${value}" is not a URL (expected e.g. http://127.0.0.1:4568)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${service} endpoint "${value}" must start with http:// or https://`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`${service} endpoint "${value}" must not have a query or fragment`);
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const endpoint: Endpoint = {
    protocol: url.protocol,
    hostname,
    ...(url.port === '' ? {} : { port: Number(url.port) }),
  };
  return { endpoint, basePath: url.pathname.replace(/\/+$/, '') };
}
