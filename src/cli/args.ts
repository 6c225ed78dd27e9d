/**
 * The command line → a command and its flags. `--name value`, `--name=value`, and `--name` alone
 * for true; a repeated flag adds a line (exclude, cache-control, ... take one rule per line).
 * Hand-written because node's parseArgs has no flag whose value is optional.
 */
import leven from 'leven';
import {
  CLI_FLAGS,
  COMMANDS,
  type Command,
  commandInputs,
  findCommand,
  type InputSpec,
  RUNNER_ONLY,
} from './commands.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Parsed {
  /** Undefined: no command was given (help of the tool, or an error). */
  readonly command?: Command;
  readonly help: boolean;
  /** --version, before any command. */
  readonly version?: boolean;
  readonly json: boolean;
  readonly detailedExitcode: boolean;
  /** Input name → value, repeated flags joined by newlines. */
  readonly inputs: ReadonlyMap<string, string>;
}

export function parseArgs(argv: readonly string[], table: readonly InputSpec[]): Parsed {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    return { help: false, version: true, json: false, detailedExitcode: false, inputs: new Map() };
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { help: true, json: false, detailedExitcode: false, inputs: new Map() };
  }
  const command = findCommand(first);
  if (command === undefined) {
    const names = COMMANDS.map((c) => c.name);
    const close = closest(first, names);
    const hint = close === undefined ? '' : ` (did you mean ${close}?)`;
    throw new UsageError(`unknown command "${first}"${hint}; the commands are ${names.join(', ')}`);
  }
  const accepted = new Set([...commandInputs(command, table), ...CLI_FLAGS].map((input) => input.name));
  const values = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '-h') {
      values.set('help', ['true']);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}": every value follows its --flag`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!accepted.has(name)) throw new UsageError(unknownFlag(name, command, accepted, table));
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    const next = rest[i + 1];
    const ownFlag = CLI_FLAGS.some((cliFlag) => cliFlag.name === name);
    // The CLI's own flags take no separate value, so `--json` never swallows what follows.
    if (value === undefined && !ownFlag && next !== undefined && !next.startsWith('--')) {
      value = next;
      i++;
    }
    values.set(name, [...(values.get(name) ?? []), value ?? 'true']);
  }
  const flag = (name: string): boolean => (values.get(name) ?? []).some((value) => value !== 'false');
  const inputs = new Map<string, string>(Object.entries(command.implied));
  for (const [name, list] of values) {
    if (!CLI_FLAGS.some((cliFlag) => cliFlag.name === name)) inputs.set(name, list.join('\n'));
  }
  return { command, help: flag('help'), json: flag('json'), detailedExitcode: flag('detailed-exitcode'), inputs };
}

function unknownFlag(
  name: string,
  command: Command,
  accepted: ReadonlySet<string>,
  table: readonly InputSpec[],
): string {
  const help = `(s3-cloudfront-deploy ${command.name} --help lists its flags)`;
  const runnerOnly = RUNNER_ONLY[name];
  if (runnerOnly !== undefined) return `--${name} is not a command-line flag: it ${runnerOnly}`;
  if (table.some((input) => input.name === name)) return `--${name} does not apply to ${command.name} ${help}`;
  const close = closest(name, [...accepted]);
  return `unknown flag --${name} for ${command.name}${close === undefined ? '' : `: did you mean --${close}?`} ${help}`;
}

/** The closest name, when it is close enough to be a typo. */
function closest(typed: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = leven(typed, name);
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  const close =
    best !== undefined && (best.distance <= 2 || best.name.startsWith(typed) || typed.startsWith(best.name));
  return close ? best?.name : undefined;
}
