/**
 * The README's "Command line" examples are commands people paste: every `npx s3-cloudfront-deploy` line
 * (in the shell examples, after any `VAR=value` in front, and in the GitLab CI file) must be accepted by
 * the command line's parser and by the action's own input parsing, as the workflow recipes are
 * (recipes.test.ts). Its tables name every command and the exit codes --help gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readSetupReleasesConfig } from '../../src/action/inputs/setup-inputs.js';
import { parseArgs } from '../../src/cli/args.js';
import { readCommandConfig } from '../../src/cli/command-config.js';
import { COMMANDS, type InputSpec } from '../../src/cli/commands.js';
import { EXIT_CODES } from '../../src/cli/help.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(fileURLToPath(new URL('README.md', root)), 'utf8');
const action = parse(readFileSync(fileURLToPath(new URL('action.yml', root)), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};
const TABLE: InputSpec[] = Object.entries(action.inputs).map(([name, input]) => ({ name, ...input }));

const section = (() => {
  const rest = readme.slice(readme.search(/^## Command line[ \t]*$/m));
  return rest.slice(0, rest.slice(3).search(/^## /m) + 3);
})();
const blocks = [...section.matchAll(/^```(sh|yaml)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({
  lang,
  body: body!,
}));

/** A shell line's words up to the first redirection or operator, quotes removed. */
function words(line: string): string[] {
  const all = line.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const end = all.findIndex((word) => ['>', '|', '||', '&&', ';'].includes(word));
  return (end < 0 ? all : all.slice(0, end)).map((word) => word.replace(/^(['"])(.*)\1$/, '$2'));
}

const gitlab = blocks
  .filter((block) => block.lang === 'yaml')
  .map((block) => parse(block.body) as Record<string, unknown>);
const commands = [
  ...blocks.filter((block) => block.lang === 'sh').flatMap((block) => block.body.split('\n')),
  ...gitlab.flatMap((file) =>
    Object.values(file).flatMap((job) => ((job as { script?: string[] }).script ?? []) as string[]),
  ),
]
  .map((line) => line.replace(/^([A-Z_]+=\S+ )+/, ''))
  .filter((line) => line.startsWith('npx s3-cloudfront-deploy '));
const laptopRollback = blocks.find(
  (block) => block.lang === 'sh' && /^AWS_PROFILE=\S+ npx s3-cloudfront-deploy rollback /m.test(block.body),
);

test('the section has the laptop examples and a GitLab CI file whose jobs run the command line', () => {
  expect(gitlab).toHaveLength(1);
  expect(commands.length).toBeGreaterThanOrEqual(6);
  for (const name of ['deploy', 'remove', 'purge', 'rollback', 'releases']) {
    expect(commands.some((line) => words(line)[2] === name)).toBe(true);
  }
  expect(laptopRollback).toBeDefined();
});

test.each(commands)('%s: accepted by the flags and by the action inputs', (line) => {
  const parsed = parseArgs(words(line).slice(2), TABLE);
  const env = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example', AWS_REGION: 'eu-west-1' };
  const command = parsed.command!;
  if (command.name === 'setup-releases') {
    expect(() => readSetupReleasesConfig((name) => parsed.inputs.get(name) ?? '', env)).not.toThrow();
  } else expect(() => readCommandConfig(command, parsed.inputs, env)).not.toThrow();
});

test('the commands table names every command, and the exit codes table gives each code --help gives', () => {
  for (const command of COMMANDS) expect(section).toContain(`| \`${command.name}\` |`);
  const codes = EXIT_CODES.map((line) => line.match(/^ {2}(\d) /)?.[1]).filter((code) => code !== undefined);
  expect(codes).toEqual(['0', '1', '2', '3']);
  for (const code of codes) expect(section).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
  expect(section).toMatch(/^\| 3 \| .*`rollback` to a release that is not there/m);
});
