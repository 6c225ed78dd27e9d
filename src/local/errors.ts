/** A problem with source-dir or its contents that the user must fix; the message names the path. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

export function isCode(err: unknown, code: string): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === code;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
