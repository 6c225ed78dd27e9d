/**
 * The README's "Command line" examples are commands people paste: every `npx s3-cloudfront-deploy` line
 * (in the shell examples and in the GitLab CI file) must be accepted by the command line's parser and
 * by the action's own input parsing, as the workflow recipes are (recipes.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readConfig } from '../../src/action/inputs/config.js';
import { parseArgs } from '../../src/cli/args.js';
import type { InputSpec } from '../../src/cli/commands.js';

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
].filter((line) => line.startsWith('npx s3-cloudfront-deploy '));

test('the section has the laptop examples and a GitLab CI file whose jobs run the command line', () => {
  expect(gitlab).toHaveLength(1);
  expect(commands.length).toBeGreaterThanOrEqual(6);
  for (const name of ['deploy', 'remove', 'purge']) expect(commands.some((line) => words(line)[2] === name)).toBe(true);
});

test.each(commands)('%s: accepted by the flags and by the action inputs', (line) => {
  const parsed = parseArgs(words(line).slice(2), TABLE);
  const env = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example', AWS_REGION: 'eu-west-1' };
  expect(() => readConfig((name) => parsed.inputs.get(name) ?? '', env)).not.toThrow();
});
