/**
 * The action's stdout as the Actions log shows it to a person: workflow commands (`::name props::message`) are
 * read, not printed. Groups become headings with their lines indented, masked values read ***, errors and warnings
 * read as sentences, and what the log view hides (add-mask, debug) is left out.
 */

const ANNOTATIONS: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', notice: 'Notice' };
const HIDDEN = new Set(['add-mask', 'debug', 'endgroup', 'group', 'stop-commands', 'echo', 'save-state', 'set-output']);
const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;

/** The runner's escaping of command data (%25 %0D %0A) and properties (also %3A %2C). */
function unescapeData(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/gi, (_m, code: string) => decodeURIComponent(`%${code}`));
}

function properties(text: string | undefined): Map<string, string> {
  const props = new Map<string, string>();
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at > 0) props.set(pair.slice(0, at).trim(), unescapeData(pair.slice(at + 1)));
  }
  return props;
}

/** "Error (site/a.html:3): title: message", its continuation lines indented under it. */
function annotation(kind: string, props: Map<string, string>, message: string): string {
  const file = props.get('file');
  const line = props.get('line');
  const where = file === undefined ? '' : ` (${file}${line === undefined ? '' : `:${line}`})`;
  const title = props.get('title');
  const [first = '', ...rest] = `${title === undefined ? '' : `${title}: `}${message}`.split('\n');
  return [`${kind}${where}: ${first}`, ...rest.map((l) => `  ${l}`)].join('\n');
}

export function renderLog(stdout: string): string {
  const masks: string[] = [];
  const out: string[] = [];
  let depth = 0;
  let stopToken: string | undefined;
  const mask = (line: string) => masks.reduce((text, secret) => text.split(secret).join('***'), line);
  const emit = (text: string) => {
    for (const line of mask(text).split('\n')) out.push(line === '' ? '' : `${'  '.repeat(depth)}${line}`);
  };

  const lines = stdout.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      else emit(line);
      continue;
    }
    const command = COMMAND.exec(line);
    if (command === null) {
      emit(line);
      continue;
    }
    const [, name = '', props, data = ''] = command;
    const message = unescapeData(data);
    if (name === 'add-mask') {
      if (message.trim() !== '') masks.push(message);
    } else if (name === 'group') {
      depth = 0; // the runner does not nest groups: a new one closes the last
      emit(`▸ ${message}`);
      depth = 1;
    } else if (name === 'endgroup') {
      depth = 0;
    } else if (name === 'stop-commands') {
      stopToken = data;
    } else if (ANNOTATIONS[name] !== undefined) {
      emit(annotation(ANNOTATIONS[name], properties(props), message));
    } else if (!HIDDEN.has(name)) {
      emit(line);
    }
  }
  return out.join('\n');
}
