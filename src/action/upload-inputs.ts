/** The upload-side inputs of issue 10: headers, allow-immutable-changes, upload-last. */

import { type HeaderRule, parseHeaderRules } from '../core/header-rules.js';
import { headerValueProblem } from '../core/headers.js';
import { RuleSyntaxError } from '../core/rules.js';
import { type LastGlob, parseLastGlobs } from '../core/upload-phases.js';
import { bool, InputError, type ReadInput } from './input-reader.js';

export interface UploadInputs {
  /** Absent when the input is empty, so a deploy without it is exactly what it was. */
  readonly headers?: readonly HeaderRule[];
  readonly uploadLast?: readonly LastGlob[];
  readonly allowImmutableChanges: boolean;
}

export function readUploadInputs(read: ReadInput): UploadInputs {
  const headers = syntax('headers', () => parseHeaderRules(read('headers')));
  for (const rule of headers) {
    const problem = headerValueProblem(rule.value);
    if (problem !== undefined)
      throw new InputError('headers', `line ${rule.line} ("${rule.glob}: ${rule.header}: ${rule.value}"): ${problem}`);
  }
  const uploadLast = syntax('upload-last', () => parseLastGlobs(read('upload-last')));
  return {
    ...(headers.length > 0 && { headers }),
    ...(uploadLast.length > 0 && { uploadLast }),
    allowImmutableChanges: bool(read, 'allow-immutable-changes', false),
  };
}

function syntax<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw new InputError(input, error.message);
    throw error;
  }
}
