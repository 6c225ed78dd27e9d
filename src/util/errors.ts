/**
 * Reading unknown errors. Duck-typed rather than instanceof: a socket error can come from another
 * realm (a worker, jest's vm modules), where `instanceof Error` is false.
 */

/** The `code` of a Node system error or an AwsError, if any. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export function errorMessage(error: unknown): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return typeof message === 'string' ? message : String(error);
}
