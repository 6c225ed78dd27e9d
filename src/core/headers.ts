/** The headers each file is stored with, and a digest of them to notice when they change. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import mime from 'mime-types';
import { type CacheTagRule, MAX_METADATA_BYTES, metadataBytes, tagsFor } from './cache-tags.js';
import { applyHeaderRules, type HeaderRule } from './header-rules.js';
import { firstMatch, type GlobRule } from './rules.js';
import type { CannedAcl, ObjectHeaders, StorageClass } from './types.js';

const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

export interface HeaderRules {
  readonly cacheControl: readonly GlobRule[];
  readonly acl?: CannedAcl;
  readonly storageClass?: StorageClass;
  /** Applied to every object. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The `headers` input, applied after everything above: every matching rule, later lines winning. */
  readonly headers?: readonly HeaderRule[];
  /** The `cache-tags` rules, stored under each of cacheTagNames (metadata names, from CacheTagConfig). */
  readonly cacheTags?: readonly CacheTagRule[];
  readonly cacheTagNames?: readonly string[];
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

const contentTypes = new Map<string, string>();

/** mime-types knows which types are text; XML flavours (svg, rss, atom) are text too. */
export function contentTypeFor(rel: string): string {
  // mime.lookup goes by the extension alone (lower-cased, as it does): one lookup per extension.
  const extension = path.extname(`x.${rel}`).toLowerCase();
  let type = contentTypes.get(extension);
  if (type === undefined) {
    type = lookupContentType(extension);
    contentTypes.set(extension, type);
  }
  return type;
}

function lookupContentType(extension: string): string {
  const type = mime.lookup(extension);
  if (type === false) return FALLBACK_CONTENT_TYPE;
  const isText = mime.charset(type) === 'UTF-8' || type === 'application/xml' || type.endsWith('+xml');
  return isText ? `${type}; charset=utf-8` : type;
}

export function headersFor(rel: string, rules: HeaderRules): ObjectHeaders {
  const cacheControl = firstMatch(rules.cacheControl, rel);
  const contentType = contentTypeFor(rel);
  const tags = rules.cacheTags === undefined ? [] : tagsFor(rel, rules.cacheTags);
  if (rules.headers !== undefined)
    return applyHeaderRules(baseHeaders(contentType, cacheControl, rules, tags, rel), rules.headers, rel);
  // One object per distinct header set, so its digest is computed once (see headersDigest).
  let shared = sharedHeaders.get(rules);
  if (shared === undefined) {
    shared = new Map();
    sharedHeaders.set(rules, shared);
  }
  const key = `${contentType}\n${cacheControl ?? ''}\n${tags.join(',')}`;
  let headers = shared.get(key);
  if (headers === undefined) {
    headers = baseHeaders(contentType, cacheControl, rules, tags, rel);
    shared.set(key, headers);
  }
  return headers;
}

const sharedHeaders = new WeakMap<HeaderRules, Map<string, ObjectHeaders>>();

function baseHeaders(
  contentType: string,
  cacheControl: string | undefined,
  rules: HeaderRules,
  tags: readonly string[],
  rel: string,
): ObjectHeaders {
  const names = tags.length === 0 ? [] : (rules.cacheTagNames ?? []);
  return {
    contentType,
    ...(cacheControl !== undefined && { cacheControl }),
    ...(rules.acl !== undefined && { acl: rules.acl }),
    ...(rules.storageClass !== undefined && { storageClass: rules.storageClass }),
    metadata: names.length === 0 ? rules.metadata : taggedMetadata(rules.metadata, names, tags, rel),
    ...(names.length > 0 && { cacheTags: tags }),
  };
}

/** The metadata with the tags under each name; S3 refuses more than 2 KB of it, so that is an error here. */
function taggedMetadata(
  metadata: Readonly<Record<string, string>>,
  names: readonly string[],
  tags: readonly string[],
  rel: string,
): Record<string, string> {
  const tagged: Record<string, string> = { ...metadata };
  for (const name of names) tagged[name] = tags.join(',');
  const bytes = metadataBytes(tagged);
  if (bytes > MAX_METADATA_BYTES) {
    throw new Error(
      `Input "cache-tags": ${rel}'s tags make ${bytes} bytes of metadata; S3 allows ${MAX_METADATA_BYTES}: use fewer or shorter tags.`,
    );
  }
  return tagged;
}

export function isHtml(headers: ObjectHeaders): boolean {
  return headers.contentType.startsWith('text/html');
}

/** Short, stable fingerprint of everything but the body. */
export function headersDigest(headers: ObjectHeaders): string {
  let digest = digestByObject.get(headers);
  if (digest === undefined) {
    digest = digestOfCanonical(headers);
    digestByObject.set(headers, digest);
  }
  return digest;
}

/** The plan and the manifest ask for the same objects' digests. */
const digestByObject = new WeakMap<ObjectHeaders, string>();

function digestOfCanonical(headers: ObjectHeaders): string {
  const metadata = Object.keys(headers.metadata)
    .sort()
    .map((name) => [name, headers.metadata[name]]);
  const canonical = JSON.stringify([
    headers.contentType,
    headers.cacheControl ?? null,
    headers.acl ?? null,
    headers.storageClass ?? null,
    metadata,
    // Appended only when one is set: an object without them keeps the digest it was recorded with,
    // so upgrading the action re-uploads nothing.
    ...optionalHeaders(headers),
  ]);
  let digest = digests.get(canonical);
  if (digest === undefined) {
    digest = createHash('sha256').update(canonical).digest('hex').slice(0, 16);
    digests.set(canonical, digest);
  }
  return digest;
}

function optionalHeaders(headers: ObjectHeaders): [(string | null)[]] | [] {
  const values = [
    headers.contentDisposition,
    headers.contentLanguage,
    headers.contentEncoding,
    headers.expires,
    headers.websiteRedirectLocation,
  ].map((value) => value ?? null);
  return values.every((value) => value === null) ? [] : [values];
}

/** A site has a few distinct header sets: one SHA-256 each, not one per file. */
const digests = new Map<string, string>();
