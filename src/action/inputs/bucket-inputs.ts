/**
 * How every request to the bucket is made, for a deploy and a remove alike: the server-side
 * encryption of every object written (sse, sse-kms-key-id, bucket-key) and the account that must
 * own the bucket (expected-bucket-owner). Locked-down accounts deny writes without them.
 */
import { type Encryption, SSE_MODES } from '../../core/types.js';
import { optional } from '../../util/optional.js';
import { bool, InputError, oneOf, type ReadInput, text } from './read.js';

export interface BucketAccess {
  /** Sent with every object written (PutObject, CreateMultipartUpload). */
  readonly encryption?: Encryption;
  /** A 12-digit account id, sent as x-amz-expected-bucket-owner with every request. */
  readonly expectedBucketOwner?: string;
}

export function readBucketAccess(read: ReadInput): BucketAccess {
  const owner = text(read, 'expected-bucket-owner');
  if (owner !== '' && !/^\d{12}$/.test(owner)) {
    throw new InputError('expected-bucket-owner', `"${owner}" is not an AWS account id (12 digits)`);
  }
  return {
    ...optional('encryption', readEncryption(read)),
    ...optional('expectedBucketOwner', owner || undefined),
  };
}

function readEncryption(read: ReadInput): Encryption | undefined {
  const mode = oneOf(read, 'sse', SSE_MODES);
  const kmsKeyId = text(read, 'sse-kms-key-id');
  const bucketKeyInput = read('bucket-key');
  const bucketKey = bucketKeyInput.trim() === '' ? undefined : bool(() => bucketKeyInput, 'bucket-key', false);
  const kms = mode === 'aws:kms' || mode === 'aws:kms:dsse';
  if (kmsKeyId !== '' && !kms) {
    throw new InputError('sse-kms-key-id', `a KMS key needs sse: aws:kms (or aws:kms:dsse), not ${mode ?? 'none'}`);
  }
  if (/\s/.test(kmsKeyId)) throw new InputError('sse-kms-key-id', `"${kmsKeyId}" holds whitespace: give one key id`);
  // S3 Bucket Keys exist for SSE-KMS only; DSSE-KMS does not support them.
  if (bucketKey !== undefined && mode !== 'aws:kms') {
    throw new InputError('bucket-key', `S3 Bucket Keys work with sse: aws:kms only, not ${mode ?? 'none'}`);
  }
  if (mode === undefined) return undefined;
  return { mode, ...optional('kmsKeyId', kmsKeyId || undefined), ...optional('bucketKey', bucketKey) };
}
