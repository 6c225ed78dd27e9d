/** The headers each file is stored with, and a digest of them to notice when they change. */
import { createHash } from 'node:crypto';
import mime from 'mime-types';
import { firstMatch, type GlobRule } from './rules.js';
import type { CannedAcl, ObjectHeaders, StorageClass } from './types.js';

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

export interface HeaderRules {
  readonly cacheControl: readonly GlobRule[];
  readonly acl?: CannedAcl;
  readonly storageClass?: StorageClass;
  /** Applied to every object. */
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * Why value cannot be sent as an HTTP header value to S3, or undefined when it can. Printable ASCII
 * only: node refuses control characters, and S3 stores non-ASCII metadata only RFC 2047-encoded.
 */
export function headerValueProblem(value: string): string | undefined {
  const bad = [...value].find((c) => c < ' ' || c > '~');
  if (bad === undefined) return undefined;
  const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  return `"${bad}" (U+${code}) cannot be sent in an HTTP header: use printable ASCII only`;
}

/** mime-types knows which types are text; XML flavours (svg, rss, atom) are text too. */
export function contentTypeFor(rel: string): string {
  const type = mime.lookup(rel);
  if (type === false) return FALLBACK_CONTENT_TYPE;
  const isText = mime.charset(type) === 'UTF-8' || type === 'application/xml' || type.endsWith('+xml');
  return isText ? `${type}; charset=utf-8` : type;
}

export function headersFor(rel: string, rules: HeaderRules): ObjectHeaders {
  const cacheControl = firstMatch(rules.cacheControl, rel);
  return {
    contentType: contentTypeFor(rel),
    ...(cacheControl !== undefined && { cacheControl }),
    ...(rules.acl !== undefined && { acl: rules.acl }),
    ...(rules.storageClass !== undefined && { storageClass: rules.storageClass }),
    metadata: rules.metadata,
  };
}

export function isHtml(headers: ObjectHeaders): boolean {
  return headers.contentType.startsWith('text/html');
}

/** Short, stable fingerprint of everything but the body. */
export function headersDigest(headers: ObjectHeaders): string {
  const metadata = Object.keys(headers.metadata)
    .sort()
    .map((name) => [name, headers.metadata[name]]);
  const canonical = JSON.stringify([
    headers.contentType,
    headers.cacheControl ?? null,
    headers.acl ?? null,
    headers.storageClass ?? null,
    metadata,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
