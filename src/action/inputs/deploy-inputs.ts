/**
 * A deploy of source-dir: which files (include, exclude), where (prefix), how each is uploaded
 * (cache-control, metadata, headers, cache-tags, cache-tag-header, acl, storage-class, upload-last,
 * allow-immutable-changes, redirects-file), how it goes beside other deploys (state-prefix, lock-timeout, allow-older) and
 * what it deletes (delete, with the site inputs' max-deletes, preserve and delete-grace).
 */
import { parseCacheTagRules } from '../../core/cache-tags.js';
import { parseHeaderRules } from '../../core/header-rules.js';
import { headerValueProblem } from '../../core/headers.js';
import { normalizePrefix } from '../../core/keys.js';
import { type GlobRule, parseGlobRules } from '../../core/rules.js';
import { CANNED_ACLS, STORAGE_CLASSES } from '../../core/types.js';
import { parseLastGlobs } from '../../core/upload-phases.js';
import type { DeployRequest } from '../../flows/run.js';
import { optional } from '../../util/optional.js';
import { DEFAULTS } from './defaults.js';
import { attributed, bool, InputError, int, lines, oneOf, type ReadInput, text } from './read.js';
import type { SiteInputs } from './site-inputs.js';

export function readDeployConfig(read: ReadInput, site: SiteInputs, indexDocument: string): DeployRequest {
  const { bucket, sourceDir, maxDeletes, preserve, deleteGraceMs, statePrefix } = site;
  if (sourceDir === '') throw new InputError('source-dir', 'required: the directory holding the built site');
  const include = lines(read, 'include');
  const uploadLast = attributed('upload-last', () => parseLastGlobs(read('upload-last')));
  return {
    sourceDir,
    bucket,
    prefix: attributed('prefix', () => normalizePrefix(site.prefix)),
    include: include.length > 0 ? include : [...DEFAULTS.include],
    exclude: lines(read, 'exclude'),
    headerRules: {
      cacheControl: readCacheControl(read),
      ...optional('acl', oneOf(read, 'acl', CANNED_ACLS)),
      ...optional('storageClass', oneOf(read, 'storage-class', STORAGE_CLASSES)),
      metadata: readMetadata(read),
      ...optional('headers', readHeaders(read)),
      ...optional('cacheTags', readCacheTags(read)),
    },
    ...optional('cacheTagHeader', text(read, 'cache-tag-header') || undefined),
    deleteRemoved: bool(read, 'delete', false),
    maxDeletes,
    preserve,
    deleteGraceMs,
    ...(uploadLast.length > 0 && { uploadLast }),
    allowImmutableChanges: bool(read, 'allow-immutable-changes', false),
    ...optional('redirects', readRedirectsFile(read, indexDocument)),
    ...optional('statePrefix', statePrefix),
    lockTimeoutMs: readLockTimeoutMs(read),
    allowOlder: bool(read, 'allow-older', false),
  };
}

/** A path inside source-dir; the file is read (and its lines checked) when the deploy starts. */
function readRedirectsFile(read: ReadInput, indexDocument: string) {
  const written = text(read, 'redirects-file');
  if (written === '') return undefined;
  const segments = written.split('/');
  while (segments.length > 1 && segments[0] === '.') segments.shift();
  if (written.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new InputError('redirects-file', `"${written}" must be a file path relative to source-dir, e.g. _redirects`);
  }
  return { file: segments.join('/'), indexDocument };
}

/** cache-control's GLOB: VALUE rules: every value is sent as a header, so each is checked here, before any upload. */
function readCacheControl(read: ReadInput): GlobRule[] {
  const rules = attributed('cache-control', () => parseGlobRules(read('cache-control')));
  for (const rule of rules) {
    const problem = headerValueProblem(rule.value);
    if (problem !== undefined)
      throw new InputError('cache-control', `line ${rule.line} ("${rule.glob}: ${rule.value}"): ${problem}`);
  }
  return rules;
}

/** Absent when the input is empty, so a deploy without it is exactly what it was. */
function readHeaders(read: ReadInput) {
  const headers = attributed('headers', () => parseHeaderRules(read('headers')));
  for (const rule of headers) {
    const problem = headerValueProblem(rule.value);
    if (problem !== undefined)
      throw new InputError('headers', `line ${rule.line} ("${rule.glob}: ${rule.header}: ${rule.value}"): ${problem}`);
  }
  return headers.length > 0 ? headers : undefined;
}

/** Absent when the input is empty; where the tags are stored is known once the distributions are read. */
function readCacheTags(read: ReadInput) {
  const rules = attributed('cache-tags', () => parseCacheTagRules(read('cache-tags')));
  return rules.length > 0 ? rules : undefined;
}

function readMetadata(read: ReadInput): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const line of lines(read, 'metadata')) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || value === '') {
      throw new InputError('metadata', `"${line}": expected "name: value" with a name of letters, digits and dashes`);
    }
    const problem = headerValueProblem(value);
    if (problem !== undefined) throw new InputError('metadata', `"${line}": ${problem}`);
    metadata[name] = value;
  }
  return metadata;
}

/** lock-timeout, in seconds like wait-timeout: how long a run that writes waits for another's deploy lock. */
export function readLockTimeoutMs(read: ReadInput): number {
  return int(read, 'lock-timeout', DEFAULTS.lockTimeoutSeconds, { min: 0, max: 6 * 3600 }) * 1000;
}
