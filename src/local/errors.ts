import { errorCode } from '../util/errors.js';

/** A problem with source-dir or its contents that the user must fix; the message names the path. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export function isCode(err: unknown, code: string): boolean {
  return errorCode(err) === code;
}

export { errorMessage } from '../util/errors.js';
