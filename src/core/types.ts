/** Values shared by the pure core and the adapters. No I/O here. */

/** How far a long phase (uploading) has come. */
export interface Progress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

/** A file found under source-dir, hashed. */
export interface LocalFile {
  /** Path relative to source-dir, '/'-separated, no leading './'. */
  readonly rel: string;
  /** Absolute path on disk (a symlink is resolved to its target inside source-dir). */
  readonly absPath: string;
  readonly size: number;
  /** Lower-case hex MD5 of the whole content. */
  readonly md5: string;
}

/** A file as the scan finds it: its content identified by SHA-256, the cheaper hash here. */
export interface ScannedFile {
  readonly rel: string;
  readonly absPath: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the whole content. */
  readonly sha256: string;
  /** Lower-case hex MD5, when it was computed in the same read (a first deploy needs every one). */
  readonly md5?: string;
}

/** A scanned file whose MD5 is known too: taken from the manifest where it vouches, else hashed. */
export type SiteFile = ScannedFile & LocalFile;

/** One entry of a ListObjectsV2 listing. */
export interface RemoteObject {
  /** The full S3 key, decoded. */
  readonly key: string;
  /** The ETag without quotes, lower-case. For a multipart object it ends in '-<parts>'. */
  readonly etag: string;
  readonly size: number;
  readonly storageClass?: string;
}

export const CANNED_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
] as const;
export type CannedAcl = (typeof CANNED_ACLS)[number];

export const STORAGE_CLASSES = [
  'STANDARD',
  'REDUCED_REDUNDANCY',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER',
  'DEEP_ARCHIVE',
  'GLACIER_IR',
] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

/** Server-side encryption modes S3 takes in x-amz-server-side-encryption. */
export const SSE_MODES = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;
export type SseMode = (typeof SSE_MODES)[number];

/** How every object the action writes is encrypted at rest (sse, sse-kms-key-id, bucket-key). */
export interface Encryption {
  readonly mode: SseMode;
  /** With aws:kms or aws:kms:dsse: the key (id, ARN or alias); absent: the account's aws/s3 key. */
  readonly kmsKeyId?: string;
  /** With aws:kms only: S3 Bucket Keys on (true) or off (false); absent: the bucket's setting. */
  readonly bucketKey?: boolean;
}

/** The headers an object is stored with. Absent fields are not sent. */
export interface ObjectHeaders {
  readonly contentType: string;
  readonly cacheControl?: string;
  readonly acl?: CannedAcl;
  readonly storageClass?: StorageClass;
  /** x-amz-meta-* entries, names lower-case without the prefix. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly contentDisposition?: string;
  readonly contentLanguage?: string;
  /** For files the build already compressed: S3 stores the bytes as they are. */
  readonly contentEncoding?: string;
  readonly expires?: string;
  /** x-amz-website-redirect-location: a website endpoint answers 301 to it. */
  readonly websiteRedirectLocation?: string;
  /** The cache tags, also in metadata under the CacheTagConfig's name; the manifest records them. */
  readonly cacheTags?: readonly string[];
}

/** How the action's own JSON records (manifests, owed record, lock, redirect keys) are stored: never cached. */
export const RECORD_HEADERS: ObjectHeaders = {
  contentType: 'application/json',
  cacheControl: 'no-store',
  metadata: {},
};

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}
