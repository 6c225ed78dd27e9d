/**
 * The Log port on a terminal: the action's lines, on stderr (stdout is for --json). On a TTY a
 * phase's progress is one live line, redrawn in place; elsewhere it is paced as in the action.
 * Colours only where node's styleText allows them for stderr (a TTY, NO_COLOR unset).
 */
import { styleText } from 'node:util';
import { safeLine } from '../core/wording.js';
import type { Clock, Log } from '../ports.js';
import { pacedProgress } from '../shell/progress.js';

export interface Terminal {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const LIVE_EVERY_MS = 100;
const LINE_EVERY_MS = 5000;
const CLEAR_LINE = '\r\x1b[2K';

export function terminalLog(stream: Terminal & NodeJS.WritableStream, clock: Clock): Log {
  const tty = stream.isTTY === true;
  const paced = tty ? pacedProgress(clock, LIVE_EVERY_MS, true) : pacedProgress(clock, LINE_EVERY_MS);
  const style = (format: Parameters<typeof styleText>[0], text: string) => styleText(format, text, { stream });
  let indent = '';
  let live = false;
  const print = (line: string): void => {
    stream.write(`${live ? CLEAR_LINE : ''}${indent}${line}\n`);
    live = false;
  };
  return {
    info: (message) => print(safeLine(message)),
    warning: (message) => print(`${style('yellow', 'warning:')} ${safeLine(message)}`),
    async group(name, work) {
      print(style('bold', `▸ ${safeLine(name)}`));
      const outer = indent;
      indent = `${outer}  `;
      try {
        return await work();
      } finally {
        indent = outer;
      }
    },
    progress(phase, progress) {
      const report = paced(phase, progress);
      if (report === undefined) return;
      if (!tty || report.done) return print(report.line);
      stream.write(`${CLEAR_LINE}${indent}${report.line}`);
      live = true;
    },
  };
}

/** An error line for the person at the terminal. */
export function errorLine(stream: NodeJS.WritableStream, message: string): string {
  return `${styleText('red', 'error:', { stream })} ${safeLine(message)}\n`;
}
