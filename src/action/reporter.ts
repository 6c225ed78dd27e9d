/** The Reporter port over @actions/core: log groups, and a progress line at most every few seconds. */
import * as core from '@actions/core';
import { formatBytes, type Progress, type Reporter } from '../deploy.js';
import type { Clock } from '../ports.js';

const PROGRESS_EVERY_MS = 5000;

export function actionsReporter(clock: Clock): Reporter {
  const phaseStarted = new Map<string, number>();
  // The first line comes a few seconds in (or at the end): a short deploy logs just its total.
  let lastLine = clock.now();
  return {
    info: (message) => core.info(message),
    group: (name, work) => core.group(name, work),
    progress(phase, progress) {
      const now = clock.now();
      if (!phaseStarted.has(phase)) phaseStarted.set(phase, now);
      const done = progress.filesDone === progress.filesTotal;
      if (!done && now - lastLine < PROGRESS_EVERY_MS) return;
      lastLine = now;
      core.info(progressLine(phase, progress, now - (phaseStarted.get(phase) ?? now)));
    },
  };
}

export function progressLine(phase: string, p: Progress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (p.bytesDone / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? Math.ceil((p.bytesTotal - p.bytesDone) / rate) : undefined;
  return (
    `${phase}: ${p.filesDone}/${p.filesTotal} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)}` +
    (rate > 0 ? `, ${formatBytes(rate)}/s` : '') +
    (left !== undefined && p.filesDone < p.filesTotal ? `, about ${left} s left` : '')
  );
}
