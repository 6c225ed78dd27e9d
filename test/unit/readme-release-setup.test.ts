/**
 * The README's one-time release setup: the setup-releases lines are accepted by the flags and the input
 * parsing; the setup policy grants each call setup-releases makes on the right resource; the
 * CloudFormation template parses as YAML and the Terraform snippet holds together, both naming
 * edge/viewer-request.js and filling in constants that are really in that file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readSetupReleasesConfig } from '../../src/action/inputs/setup-inputs.js';
import { CLOUDFRONT_SETUP_PERMISSIONS } from '../../src/aws/cloudfront.js';
import { parseArgs } from '../../src/cli/args.js';
import type { InputSpec } from '../../src/cli/commands.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');
const readme = read('README.md');
const FUNCTION_FILE = 'edge/viewer-request.js';
const functionSource = read(FUNCTION_FILE);
const TABLE: InputSpec[] = Object.entries(
  (parse(read('action.yml')) as { inputs: Record<string, { description: string }> }).inputs,
).map(([name, input]) => ({ name, ...input }));

const section = (() => {
  const rest = readme.slice(readme.search(/^### One-time setup[ \t]*$/m));
  return rest.slice(0, rest.search(/^## /m));
})();
const blocks = (lang: string): string[] =>
  [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(([, l]) => l === lang).map(([, , body]) => body!);

function words(line: string): string[] {
  return (line.match(/'[^']*'|"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^(['"])(.*)\1$/, '$2'));
}

const shellLines = blocks('sh').flatMap((body) => body.split('\n'));

test('the section has the command line, a policy, a CloudFormation template and a Terraform snippet', () => {
  expect(shellLines.filter((line) => line.startsWith('npx s3-cloudfront-deploy setup-releases')).length).toBe(3);
  expect(blocks('json')).toHaveLength(1);
  expect(blocks('yaml')).toHaveLength(1);
  expect(blocks('hcl')).toHaveLength(1);
});

test.each(shellLines.filter((line) => line.startsWith('npx ')))('%s: accepted by the flags and the inputs', (line) => {
  const parsed = parseArgs(words(line).slice(2), TABLE);
  expect(parsed.command?.name).toBe('setup-releases');
  const env = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'example' };
  expect(() => readSetupReleasesConfig((name) => parsed.inputs.get(name) ?? '', env)).not.toThrow();
});

test.each(Object.entries(CLOUDFRONT_SETUP_PERMISSIONS))('setup policy: %s on its %s', (_call, { permission, on }) => {
  const policy = JSON.parse(blocks('json')[0] ?? '{}') as {
    Statement: Array<{ Effect: string; Action: string[]; Resource: string }>;
  };
  const resources = policy.Statement.filter((s) => s.Effect === 'Allow' && s.Action.includes(permission));
  expect(resources).not.toEqual([]);
  const pattern =
    on === 'distribution'
      ? /^arn:aws:cloudfront::\d{12}:distribution\/\w+$/
      : new RegExp(`^arn:aws:cloudfront::\\d{12}:${on}/\\*$`);
  for (const { Resource } of resources) expect(Resource).toMatch(pattern);
});

/** What a `const NAME = …;` line of the function file becomes under `replace`/`sed`; throws when it matches nothing. */
function filledIn(search: string, replacement: string): string {
  expect(functionSource.split('\n')).toContain(search);
  return functionSource.replace(search, replacement);
}

test('CloudFormation: YAML, a KeyValueStore and a published cloudfront-js-2.0 function with it, fed edge/viewer-request.js', () => {
  const template = parse(blocks('yaml')[0] ?? '') as {
    Parameters: Record<string, { Description: string }>;
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const types = Object.values(template.Resources).map((resource) => resource.Type);
  expect(types.sort()).toEqual(['AWS::CloudFront::Function', 'AWS::CloudFront::KeyValueStore']);
  const fn = Object.values(template.Resources).find((resource) => resource.Type === 'AWS::CloudFront::Function');
  expect(fn?.Properties).toMatchObject({
    AutoPublish: true,
    FunctionCode: { Ref: 'FunctionCode' },
    FunctionConfig: {
      Runtime: 'cloudfront-js-2.0',
      KeyValueStoreAssociations: [{ KeyValueStoreARN: { 'Fn::GetAtt': ['ReleaseStore', 'Arn'] } }],
    },
  });
  expect(template.Parameters['FunctionCode']?.Description).toContain(FUNCTION_FILE);
  // The deploy line fills the parameter from the file, with a sed whose pattern is a line of it.
  const deploy = shellLines.find((line) => line.startsWith('aws cloudformation deploy')) ?? '';
  expect(deploy).toContain(`${FUNCTION_FILE})"`);
  const [, search, replacement] = /sed "s\|\^(.*?)\|(.*?)\|"/.exec(deploy) ?? [];
  expect(filledIn(search ?? '', replacement ?? '')).toContain("\nconst RELEASE_PREFIX = 'www';\n");
});

test('Terraform: balanced blocks of the expected resources, the function from edge/viewer-request.js', () => {
  const hcl = blocks('hcl')[0] ?? '';
  const code = hcl
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  for (const [open, close] of ['{}', '()', '[]']) {
    let depth = 0;
    for (const char of code.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
      if (char === open) depth++;
      if (char === close) depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  }
  for (const line of code.split('\n')) expect((line.replace(/\\"/g, '').match(/"/g) ?? []).length % 2).toBe(0);
  const blocksAt = [...code.matchAll(/^(\w+)((?: "[\w-]+")*) \{$/gm)].map(([, kind, labels]) => `${kind}${labels}`);
  expect(blocksAt).toEqual([
    'resource "aws_cloudfront_key_value_store" "releases"',
    'resource "aws_cloudfront_function" "releases"',
    'output "release_store"',
  ]);
  expect(code).toContain(`file("\${path.module}/${FUNCTION_FILE}")`);
  expect(code).toContain('runtime = "cloudfront-js-2.0"');
  expect(code).toContain('key_value_store_associations = [aws_cloudfront_key_value_store.releases.arn]');
  expect(hcl).toContain('event_type   = "viewer-request"');
  // Each replace() looks for a line that is in the file.
  const pairs = [...code.matchAll(/"(const RELEASE_\w+ = [^"]*;)", "(const RELEASE_\w+ = [^"]*;)"/g)];
  expect(pairs.map(([, search]) => search)).toEqual(["const RELEASE_NAME = 'site';", "const RELEASE_PREFIX = '';"]);
  for (const [, search, replacement] of pairs) filledIn(search ?? '', replacement ?? '');
});
