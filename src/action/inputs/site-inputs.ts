/**
 * The inputs a deploy and a remove share, each read once: the bucket, the prefix and source-dir as
 * written, and what governs deleting (max-deletes, preserve, delete-grace). Each part interprets them.
 */

import type { Glob } from '../../core/globs.js';
import { parseGrace } from '../../core/grace.js';
import { normalizePrefix } from '../../core/keys.js';
import { compileKeyGlobs } from '../../core/ownership.js';
import { optional } from '../../util/optional.js';
import { DEFAULTS } from './defaults.js';
import { attributed, bool, InputError, int, lines, type ReadInput, text } from './read.js';

export interface SiteInputs {
  readonly bucket: string;
  readonly remove: boolean;
  /** As written: remove tells '' from '/'. */
  readonly prefix: string;
  readonly sourceDir: string;
  readonly maxDeletes: number;
  readonly preserve: readonly Glob[];
  /** delete-grace in ms; 0 when unset. */
  readonly deleteGraceMs: number;
  /** state-prefix, normalized; undefined: the records stay under the site's prefix. */
  readonly statePrefix?: string;
}

/** Undefined for a cache purge: no bucket, and a distribution to purge (hasCdn). */
export function readSiteInputs(read: ReadInput, hasCdn: boolean): SiteInputs | undefined {
  const bucket = text(read, 'bucket');
  const remove = bool(read, 'remove', false);
  if (bucket === '') {
    if (remove) throw new InputError('bucket', 'required with remove: the bucket to remove the site from');
    if (hasCdn) return undefined;
    throw new InputError(
      'bucket',
      'required: the name of the S3 bucket to deploy to (or give distribution-id and invalidation-paths to purge a cache)',
    );
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new InputError(
      'bucket',
      `"${bucket}" is not a valid bucket name (3–63 lower-case letters, digits, dots and dashes; give the name, not s3:// or a URL)`,
    );
  }
  return {
    bucket,
    remove,
    prefix: text(read, 'prefix'),
    sourceDir: text(read, 'source-dir'),
    maxDeletes: int(read, 'max-deletes', DEFAULTS.maxDeletes, { min: -1, max: Number.MAX_SAFE_INTEGER }),
    preserve: attributed('preserve', () => compileKeyGlobs(lines(read, 'preserve'))),
    deleteGraceMs: readDeleteGrace(read),
    ...optional('statePrefix', readStatePrefix(read)),
  };
}

function readStatePrefix(read: ReadInput): string | undefined {
  const written = text(read, 'state-prefix');
  return written === '' ? undefined : attributed('state-prefix', () => normalizePrefix(written));
}

function readDeleteGrace(read: ReadInput): number {
  const value = text(read, 'delete-grace', '0');
  const ms = parseGrace(value);
  if (ms === undefined) {
    throw new InputError(
      'delete-grace',
      `"${value}" is not a duration: a whole number and m, h or d (30m, 12h, 7d), or 0`,
    );
  }
  return ms;
}
