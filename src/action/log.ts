/**
 * The Log port over @actions/core. Every line goes through safeLine (core/wording.ts) first: text that
 * comes from a file name, a key, a header value or a server can never start a workflow command
 * (::warning::, ::add-mask::, ::stop-commands::, ##[group]) on a line of its own.
 */
import * as core from '@actions/core';
import { progressLine, safeLine } from '../core/wording.js';
import type { Clock, Log } from '../ports.js';

const PROGRESS_EVERY_MS = 5000;

export function actionsLog(clock: Clock): Log {
  const phaseStarted = new Map<string, number>();
  // The first line comes a few seconds in (or at the end): a short deploy logs just its total.
  let lastLine = clock.now();
  return {
    info: (message) => core.info(safeLine(message)),
    warning: (message) => core.warning(safeLine(message)),
    group: (name, work) => core.group(safeLine(name), work),
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
