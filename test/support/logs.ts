/** A Log that keeps every line, for tests that assert what a run said. */
import type { Log } from '../../src/ports.js';

export interface CollectingLog extends Log {
  /** 'info: ...' and 'warning: ...' lines, in order. */
  readonly lines: string[];
}

export function collectingLog(): CollectingLog {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(`info: ${message}`),
    warning: (message) => void lines.push(`warning: ${message}`),
    group: (_name, work) => work(),
    progress: () => undefined,
  };
}
