/**
 * The command line's flags are action.yml's inputs: parsed into the values the action would read, and
 * --help made from action.yml's table (descriptions and defaults), so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseArgs } from '../../src/cli/args.js';
import { COMMANDS, commandInputs, type InputSpec, RUNNER_ONLY } from '../../src/cli/commands.js';
import { commandHelp, toolHelp } from '../../src/cli/help.js';

const action = parse(readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
};
/** What scripts/build.mjs puts into dist/cli.js. */
const TABLE: InputSpec[] = Object.entries(action.inputs).map(([name, input]) => ({
  name,
  description: input.description,
  ...(input.default !== undefined && { default: String(input.default) }),
}));

const command = (name: string) => COMMANDS.find((c) => c.name === name)!;

test('every flag is the input of that name; a flag alone is true, a repeated flag adds a line', () => {
  const parsed = parseArgs(
    [
      'deploy',
      '--source-dir',
      'public',
      '--max-deletes=-1',
      '--dry-run',
      '--exclude',
      'a/**',
      '--exclude',
      'b/**',
      '--json',
    ],
    TABLE,
  );
  expect(parsed.command?.name).toBe('deploy');
  expect(Object.fromEntries(parsed.inputs)).toEqual({
    'source-dir': 'public',
    'max-deletes': '-1',
    'dry-run': 'true',
    exclude: 'a/**\nb/**',
  });
  expect(parsed.json).toBe(true);
  expect(parsed.detailedExitcode).toBe(false);
});

test('a value may start with one dash; the CLI flags take no separate value', () => {
  expect(parseArgs(['deploy', '--max-deletes', '-1'], TABLE).inputs.get('max-deletes')).toBe('-1');
  expect(() => parseArgs(['deploy', '--json', 'public'], TABLE)).toThrow(
    'unexpected argument "public": every value follows its --flag',
  );
});

test('remove and purge set the input their name stands for', () => {
  expect(parseArgs(['remove', '--bucket', 'b', '--prefix', 'pr-1'], TABLE).inputs.get('remove')).toBe('true');
  expect(parseArgs(['purge', '--distribution-id', 'E1'], TABLE).inputs.get('invalidate')).toBe('true');
});

test.each([
  [['deploy', '--max-delete', '5'], 'unknown flag --max-delete for deploy: did you mean --max-deletes?'],
  [['deploy', '--dryrun'], 'unknown flag --dryrun for deploy: did you mean --dry-run?'],
  [
    ['deploy', '--frobnicate'],
    'unknown flag --frobnicate for deploy (s3-cloudfront-deploy deploy --help lists its flags)',
  ],
  [['purge', '--bucket', 'b'], '--bucket does not apply to purge'],
  [
    ['deploy', '--role-to-assume', 'arn'],
    "--role-to-assume is not a command-line flag: it assumes a role with the GitHub runner's OIDC token",
  ],
  [['deploy', '--remove'], '--remove is not a command-line flag: it is the remove command here'],
  [['deplyo'], 'unknown command "deplyo" (did you mean deploy?); the commands are deploy, remove, purge'],
  [['deploy', 'public'], 'unexpected argument "public"'],
])('%j is refused: %s', (argv, message) => {
  expect(() => parseArgs(argv, TABLE)).toThrow(message);
});

test('no command, help or --help is the help of the tool', () => {
  for (const argv of [[], ['help'], ['--help'], ['-h']]) {
    expect(parseArgs(argv, TABLE)).toMatchObject({ help: true });
    expect(parseArgs(argv, TABLE).command).toBeUndefined();
  }
  expect(parseArgs(['deploy', '--help'], TABLE)).toMatchObject({ help: true, command: { name: 'deploy' } });
});

test('deploy takes every input of action.yml but the runner-only ones; remove and purge name inputs that exist', () => {
  const names = TABLE.map((input) => input.name);
  const deploy = commandInputs(command('deploy'), TABLE).map((input) => input.name);
  expect(deploy).toEqual(names.filter((name) => RUNNER_ONLY[name] === undefined));
  for (const name of Object.keys(RUNNER_ONLY)) expect(names).toContain(name);
  for (const { inputs } of COMMANDS) for (const name of inputs ?? []) expect(names).toContain(name);
});

test("each command's help gives each of its flags with action.yml's description and default", () => {
  for (const each of COMMANDS) {
    const help = commandHelp(each, TABLE);
    const text = help.replace(/\s+/g, ' ');
    for (const input of commandInputs(each, TABLE)) {
      expect(help).toContain(`\n  --${input.name}\n`);
      expect(text).toContain(input.description.trim().replace(/\s+/g, ' '));
      const fallback = input.default?.trim();
      if (fallback) expect(text).toContain(`default: ${fallback.replace(/\n/g, ', ')}`);
    }
    for (const name of Object.keys(RUNNER_ONLY)) expect(help).not.toContain(`--${name}\n`);
    expect(help.split('\n').every((line) => line.length <= 100)).toBe(true);
  }
  expect(toolHelp()).toContain('3  refused before anything was written');
  expect(
    toolHelp()
      .split('\n')
      .every((line) => line.length <= 100),
  ).toBe(true);
});
