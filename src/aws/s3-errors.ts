/**
 * What to check when an S3 call fails: the permission, the ARN, the bucket's region or ACL setting,
 * the KMS key, the expected owner.
 */
import type { Encryption } from '../core/types.js';
import {
  type AwsError,
  CREDENTIAL_CODES,
  CREDENTIALS_ADVICE,
  explainedError,
  failureFields,
  UNREACHABLE_CODES,
  unreachableAdvice,
} from './errors.js';

/** The S3 operations this action calls, with the IAM permission each needs and whether it acts on the bucket or its objects. */
export const S3_ACTIONS = {
  ListObjectsV2: { permission: 's3:ListBucket', on: 'bucket' },
  ListMultipartUploads: { permission: 's3:ListBucketMultipartUploads', on: 'bucket' },
  GetObject: { permission: 's3:GetObject', on: 'objects' },
  HeadObject: { permission: 's3:GetObject', on: 'objects' },
  PutObject: { permission: 's3:PutObject', on: 'objects' },
  CreateMultipartUpload: { permission: 's3:PutObject', on: 'objects' },
  UploadPart: { permission: 's3:PutObject', on: 'objects' },
  CompleteMultipartUpload: { permission: 's3:PutObject', on: 'objects' },
  // The source needs s3:GetObject too; the message names the permission of the destination's write.
  CopyObject: { permission: 's3:PutObject', on: 'objects' },
  UploadPartCopy: { permission: 's3:PutObject', on: 'objects' },
  AbortMultipartUpload: { permission: 's3:AbortMultipartUpload', on: 'objects' },
  DeleteObjects: { permission: 's3:DeleteObject', on: 'objects' },
} as const satisfies Record<string, { permission: string; on: 'bucket' | 'objects' }>;

export type S3Action = keyof typeof S3_ACTIONS;

export interface S3ErrorContext {
  readonly action: S3Action;
  readonly bucket: string;
  readonly key?: string | undefined;
  /** The region requests were signed for. */
  readonly region: string;
  /** Where the requests went, e.g. https://my-bucket.s3.eu-west-1.amazonaws.com. */
  readonly endpoint?: string | undefined;
  readonly encryption?: Encryption | undefined;
  readonly expectedBucketOwner?: string | undefined;
}

/** Rewrites any failure of an S3 call into an AwsError whose message says what to check. */
export function explainS3Error(error: unknown, context: S3ErrorContext): AwsError {
  const source = failureFields(error);
  const { action, bucket, key, region } = context;
  const { permission, on } = S3_ACTIONS[action];
  const target = key === undefined ? `s3://${bucket}` : `s3://${bucket}/${key}`;
  const arn = on === 'bucket' ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/*`;
  const code = source.code;

  let advice: string;
  if (code === 'NoSuchBucket') {
    advice = `the bucket "${bucket}" does not exist. Check the bucket name, the region (${region}) and the endpoint.`;
  } else if (code === 'AccessDenied' || code === 'Forbidden' || code === 'AllAccessDisabled') {
    // S3 answers a bucket owned by another account than the expected one with a plain AccessDenied.
    const owner = context.expectedBucketOwner;
    const grant = `${permission} on ${arn}${kmsNeeds(action, context.encryption)}`;
    advice =
      (owner === undefined
        ? `access denied to ${target}. The identity needs ${grant}`
        : `access denied to ${target}: either the bucket "${bucket}" is not owned by account ${owner} ` +
          `(the expected-bucket-owner input), or the identity needs ${grant}`) +
      ' (check the IAM policy, the bucket policy and any SCP or KMS key policy).';
  } else if (code.startsWith('KMS.') || code === 'KMSKeyNotAccessible') {
    advice =
      `S3 could not use the KMS key ${context.encryption?.kmsKeyId ?? 'of the bucket'} (${source.serverMessage ?? code}). ` +
      "Check the sse-kms-key-id input (a key in the bucket's region), that the key is enabled, and its key policy.";
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
    advice = unreachableAdvice(context.endpoint ?? 'the S3 endpoint', 'AWS_ENDPOINT_URL_S3', source);
  } else {
    advice = source.serverMessage ?? 'no details were given.';
  }
  const fields = key === undefined ? { bucket } : { bucket, key };
  return explainedError(`S3 ${action} on ${target}`, source, advice, fields, { cause: error });
}

/** With SSE-KMS, S3 uses the key on the caller's behalf: reads and writes need the key's permissions too. */
function kmsNeeds(action: S3Action, encryption: Encryption | undefined): string {
  const needs = KMS_PERMISSIONS[action];
  if (encryption === undefined || encryption.mode === 'AES256' || needs === undefined) return '';
  return `, and ${needs} on the KMS key ${encryption.kmsKeyId ?? 'aws/s3'}`;
}

const MULTIPART_KMS = 'kms:GenerateDataKey and kms:Decrypt';
/** The KMS permissions each call needs under SSE-KMS ('a and b'); the README's KMS statement grants them. */
export const KMS_PERMISSIONS: Partial<Record<S3Action, string>> = {
  GetObject: 'kms:Decrypt',
  HeadObject: 'kms:Decrypt',
  PutObject: 'kms:GenerateDataKey',
  CreateMultipartUpload: MULTIPART_KMS,
  UploadPart: MULTIPART_KMS,
  CompleteMultipartUpload: MULTIPART_KMS,
  CopyObject: MULTIPART_KMS,
  UploadPartCopy: MULTIPART_KMS,
};

export function isRegionError(code: string, status: number | undefined): boolean {
  return (
    code === 'PermanentRedirect' ||
    code === 'AuthorizationHeaderMalformed' ||
    code === 'IllegalLocationConstraintException' ||
    status === 301
  );
}
