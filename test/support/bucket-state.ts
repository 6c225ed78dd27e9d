/** The bucket as boto3 sees it (see bucket_state.py): our tests never judge our code by our code. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface StoredObject {
  size: number;
  md5: string;
  etag: string;
  contentType: string | null;
  cacheControl: string | null;
  metadata: Record<string, string>;
  storageClass: string | null;
  contentDisposition: string | null;
  contentLanguage: string | null;
  contentEncoding: string | null;
  expires: string | null;
  websiteRedirectLocation: string | null;
  acl?: string[];
  /** With options.sse: ServerSideEncryption, SSEKMSKeyId and BucketKeyEnabled as GetObject answers them. */
  sse?: [string | null, string | null, boolean | null];
}

const script = fileURLToPath(new URL('./bucket_state.py', import.meta.url));

export async function bucketState(
  endpoint: string,
  bucket: string,
  prefix = '',
  options: { acl?: boolean; sse?: boolean } = {},
): Promise<Record<string, StoredObject>> {
  const args = [script, endpoint, bucket, prefix, ...(options.acl ? ['--acl'] : []), ...(options.sse ? ['--sse'] : [])];
  const { stdout } = await promisify(execFile)('python3', args, {
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Record<string, StoredObject>;
}
