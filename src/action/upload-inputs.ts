/** The inputs that decide how each file is uploaded: cache-control, metadata, headers, allow-immutable-changes, upload-last. */

import { type HeaderRule, parseHeaderRules } from '../core/header-rules.js';
import { headerValueProblem } from '../core/headers.js';
import { type GlobRule, parseGlobRules, RuleSyntaxError } from '../core/rules.js';
import { type LastGlob, parseLastGlobs } from '../core/upload-phases.js';
import { bool, InputError, lines, type ReadInput } from './input-reader.js';

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

/** cache-control's GLOB: VALUE rules: every value is sent as a header, so each is checked here, before any upload. */
export function readCacheControl(read: ReadInput): GlobRule[] {
  const rules = syntax('cache-control', () => parseGlobRules(read('cache-control')));
  for (const rule of rules) {
    const problem = headerValueProblem(rule.value);
    if (problem !== undefined)
      throw new InputError('cache-control', `line ${rule.line} ("${rule.glob}: ${rule.value}"): ${problem}`);
  }
  return rules;
}

export function readMetadata(read: ReadInput): Record<string, string> {
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

function syntax<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw new InputError(input, error.message);
    throw error;
  }
}
