/** What a shell says about a failed run beyond its message: the keys whose upload failed, the first ten. */
import { UploadFailedError } from '../flows/deploy.js';
import { errorMessage } from '../util/errors.js';

export function failedKeyLines(error: unknown): string[] {
  if (!(error instanceof UploadFailedError)) return [];
  return error.failures.slice(0, 10).map(({ key, error: cause }) => `${key}: ${errorMessage(cause)}`);
}
