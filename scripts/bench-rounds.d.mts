/** Types of bench-rounds.mjs, for the tests that count rounds with it. */
export function longestChain(intervals: readonly (readonly [number, number])[]): number;
export function roundsByBucket(
  logText: string,
): Map<string, { requests: number; rounds: number; ops: Record<string, number> }>;
