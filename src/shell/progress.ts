/**
 * How often a long phase reports its progress, for every shell's log: a line once every few
 * seconds and one at the end of each phase, so a short phase logs just its total.
 */
import type { Progress } from '../core/types.js';
import { progressLine } from '../core/wording.js';
import type { Clock } from '../ports.js';

/**
 * Returns the line to print now, or undefined when it is not yet time for one. fromTheStart: the
 * first step gets a line too (a live line on a terminal shows at once).
 */
export function pacedProgress(
  clock: Clock,
  everyMs: number,
  fromTheStart = false,
): (phase: string, progress: Progress) => { readonly line: string; readonly done: boolean } | undefined {
  const phaseStarted = new Map<string, number>();
  let lastLine = fromTheStart ? Number.NEGATIVE_INFINITY : clock.now();
  return (phase, progress) => {
    const now = clock.now();
    if (!phaseStarted.has(phase)) phaseStarted.set(phase, now);
    const done = progress.filesDone === progress.filesTotal;
    if (!done && now - lastLine < everyMs) return undefined;
    lastLine = now;
    return { line: progressLine(phase, progress, now - (phaseStarted.get(phase) ?? now)), done };
  };
}
