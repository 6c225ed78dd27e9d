/**
 * The Log port over @actions/core. Every line goes through safeLine first: text that comes from a
 * file name, a key, a header value or a server can never start a workflow command (::warning::,
 * ::add-mask::, ::stop-commands::, ##[group]) on a line of its own.
 */
import * as core from '@actions/core';
import { formatBytes } from '../core/wording.js';
import type { Clock, Log, Progress } from '../ports.js';

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

/**
 * One printable line: control characters (CR and LF above all) are shown escaped, and a line that
 * would still begin like a workflow command gets a backslash in front, which the runner ignores.
 */
export function safeLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const visible = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return /^\s*(::|##\[)/.test(visible) ? `\\${visible}` : visible;
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
