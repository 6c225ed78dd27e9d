/** The inputs that govern deleting: delete-grace, preserve; each error names its input. */
import { parseGrace } from '../core/grace.js';
import { compileKeyGlobs, type KeyGlob } from '../core/ownership.js';
import { InputError, lines, text, type ReadInput } from './input-reader.js';

/**
 * Shifts the clock deploy() reads (delete-grace), as if the run happened that much later. For tests
 * of the built action only: the e2e tests cannot wait hours for a grace to end.
 */
export const TEST_CLOCK_OFFSET_VARIABLE = 'S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET';

export function readDeleteGrace(read: ReadInput): number {
  const value = text(read, 'delete-grace', '0');
  const ms = parseGrace(value);
  if (ms === undefined) {
    throw new InputError('delete-grace', `"${value}" is not a duration: a whole number and m, h or d (30m, 12h, 7d), or 0`);
  }
  return ms;
}

export function readPreserve(read: ReadInput): KeyGlob[] {
  try {
    return compileKeyGlobs(lines(read, 'preserve'));
  } catch (error) {
    throw new InputError('preserve', (error as Error).message);
  }
}

/** ms to add to the deploy's clock, from TEST_CLOCK_OFFSET_VARIABLE; 0 when unset. */
export function testClockOffset(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[TEST_CLOCK_OFFSET_VARIABLE]?.trim() ?? '';
  if (value === '') return 0;
  const ms = parseGrace(value);
  if (ms === undefined) throw new Error(`${TEST_CLOCK_OFFSET_VARIABLE} is not a duration like 2h: "${value}"`);
  return ms;
}
