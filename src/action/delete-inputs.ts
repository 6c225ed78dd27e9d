/** The inputs that govern deleting: delete-grace, preserve, remove; each error names its input. */

import type { Glob } from '../core/globs.js';
import { parseGrace } from '../core/grace.js';
import { normalizePrefix } from '../core/keys.js';
import { compileKeyGlobs } from '../core/ownership.js';
import { bool, InputError, int, lines, type ReadInput, text } from './input-reader.js';

/** remove: true: what removeSite() takes from the inputs, plus the bucket. */
export interface RemoveConfig {
  readonly bucket: string;
  /** Normalized; '' only when the input said '/' explicitly. */
  readonly prefix: string;
  readonly preserve: readonly Glob[];
  readonly maxDeletes: number;
}

/**
 * Shifts the clock deploy() reads (delete-grace), as if the run happened that much later. For tests
 * of the built action only: the e2e tests cannot wait hours for a grace to end.
 */
export const TEST_CLOCK_OFFSET_VARIABLE = 'S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET';

export function readDeleteGrace(read: ReadInput): number {
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

export function readPreserve(read: ReadInput): Glob[] {
  try {
    return compileKeyGlobs(lines(read, 'preserve'));
  } catch (error) {
    throw new InputError('preserve', (error as Error).message);
  }
}

/** Undefined unless remove is true. */
export function readRemoveConfig(read: ReadInput, bucket: string, defaultMaxDeletes: number): RemoveConfig | undefined {
  if (!bool(read, 'remove', false)) return undefined;
  if (bucket === '') throw new InputError('bucket', 'required with remove: the bucket to remove the site from');
  if (text(read, 'source-dir') !== '') {
    throw new InputError('remove', 'deletes the site under prefix, so it takes no source-dir: give one or the other');
  }
  if (readDeleteGrace(read) !== 0) {
    throw new InputError('delete-grace', 'does not apply to remove: true, which deletes the whole site');
  }
  const written = text(read, 'prefix');
  if (written === '') {
    throw new InputError(
      'prefix',
      'required with remove: true; to remove everything in the bucket, write prefix: / explicitly',
    );
  }
  let prefix: string;
  try {
    prefix = normalizePrefix(written);
  } catch (error) {
    throw new InputError('prefix', (error as Error).message);
  }
  if (prefix === '' && written !== '/') {
    throw new InputError('prefix', `"${written}" means the whole bucket; write prefix: / if that is what you mean`);
  }
  const maxDeletes = int(read, 'max-deletes', defaultMaxDeletes, { min: -1, max: Number.MAX_SAFE_INTEGER });
  return { bucket, prefix, preserve: readPreserve(read), maxDeletes };
}

/** ms to add to the deploy's clock, from TEST_CLOCK_OFFSET_VARIABLE; 0 when unset. */
export function testClockOffset(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[TEST_CLOCK_OFFSET_VARIABLE]?.trim() ?? '';
  if (value === '') return 0;
  const ms = parseGrace(value);
  if (ms === undefined) throw new Error(`${TEST_CLOCK_OFFSET_VARIABLE} is not a duration like 2h: "${value}"`);
  return ms;
}
