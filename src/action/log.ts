/**
 * The Log port over @actions/core. Every line goes through safeLine (core/wording.ts) first: text that
 * comes from a file name, a key, a header value or a server can never start a workflow command
 * (::warning::, ::add-mask::, ::stop-commands::, ##[group]) on a line of its own.
 */
import * as core from '@actions/core';
import { safeLine } from '../core/wording.js';
import type { Clock, Log } from '../ports.js';
import { pacedProgress } from '../shell/progress.js';

const PROGRESS_EVERY_MS = 5000;

export function actionsLog(clock: Clock): Log {
  const paced = pacedProgress(clock, PROGRESS_EVERY_MS);
  return {
    info: (message) => core.info(safeLine(message)),
    warning: (message) => core.warning(safeLine(message)),
    group: (name, work) => core.group(safeLine(name), work),
    progress(phase, progress) {
      const report = paced(phase, progress);
      if (report !== undefined) core.info(report.line);
    },
  };
}
