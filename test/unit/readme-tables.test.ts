/**
 * The README's Inputs and Outputs tables repeat action.yml for people: the same names, and the same defaults, or
 * for an input without one in action.yml, words that say what the code does instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

/** The first column (a `name`) and the second of each row of the table under `## heading`. */
function tableRows(markdown: string, heading: string): Map<string, string> {
  const start = markdown.search(new RegExp(`^## ${heading}[ \\t]*$`, 'm'));
  if (start < 0) return new Map();
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const rows = new Map<string, string>();
  for (const line of end < 0 ? rest : rest.slice(0, end)) {
    const cells = /^\|\s*`([^`]+)`\s*\|([^|]*)\|/.exec(line);
    if (cells !== null) rows.set(cells[1]!, cells[2]!.trim());
  }
  return rows;
}

/**
 * Inputs that action.yml gives no default, because the code works one out at run time (or, for source-dir and
 * bucket, because a cache purge needs neither, so action.yml cannot mark them required): what their README cell
 * must say. Any other input without a default must read `none`.
 */
const NO_STATIC_DEFAULT: Readonly<Record<string, RegExp>> = {
  'source-dir': /^\(required\)$/,
  bucket: /^\(required\)$/,
  region: /`AWS_REGION`, then `AWS_DEFAULT_REGION`/,
  'storage-class': /^bucket default$/,
  invalidate: /^`true` with a distribution$/,
  'origin-path': /^read from the distribution$/,
  'cache-tag-header': /^read from the distribution$/,
  'role-session-name': /^`GitHubActions-<run id>`$/,
  'release-id': /^`<short sha>-<run number>\.<attempt>`$/,
};

/** How the README writes a default: each line of it in backticks, joined by "and"; '' for the empty string. */
function readmeDefault(value: string): string {
  const lines = value.split('\n').filter((line) => line !== '');
  return lines.length === 0 ? "`''`" : lines.map((line) => `\`${line}\``).join(' and ');
}

/** Where the README's Inputs table and action.yml disagree, one line each; empty when they agree. */
function inputDrift(rows: ReadonlyMap<string, string>, inputs: typeof action.inputs): string[] {
  const problems: string[] = [];
  for (const [name, declared] of Object.entries(inputs)) {
    const cell = rows.get(name);
    if (cell === undefined) problems.push(`${name}: declared in action.yml, missing from the README`);
    else if (declared.default !== undefined) {
      const expected = readmeDefault(declared.default);
      if (cell !== expected) problems.push(`${name}: README says ${cell}, action.yml's default is ${expected}`);
    } else {
      const reason = NO_STATIC_DEFAULT[name];
      if (reason === undefined ? cell !== 'none' : !reason.test(cell)) {
        problems.push(`${name}: no default in action.yml, README says ${cell}`);
      }
    }
  }
  for (const name of rows.keys()) {
    if (!(name in inputs)) problems.push(`${name}: in the README, not declared in action.yml`);
  }
  return problems;
}

function outputDrift(rows: ReadonlyMap<string, string>, outputs: typeof action.outputs): string[] {
  const declared = Object.keys(outputs);
  return [
    ...declared
      .filter((name) => !rows.has(name))
      .map((name) => `${name}: declared in action.yml, missing from the README`),
    ...[...rows.keys()].filter((name) => !(name in outputs)).map((name) => `${name}: in the README, not in action.yml`),
  ];
}

describe('the README tables match action.yml', () => {
  test('Inputs: every input, no other, each with its default', () => {
    const rows = tableRows(readme, 'Inputs');
    expect(rows.size).toBeGreaterThan(0);
    expect(inputDrift(rows, action.inputs)).toEqual([]);
  });

  test('Outputs: every output, no other', () => {
    const rows = tableRows(readme, 'Outputs');
    expect(rows.size).toBeGreaterThan(0);
    expect(outputDrift(rows, action.outputs)).toEqual([]);
  });

  test('every input without a default that has a documented reason is still declared', () => {
    expect(Object.keys(NO_STATIC_DEFAULT).filter((name) => !(name in action.inputs))).toEqual([]);
  });
});

describe('the checks can fail', () => {
  const inputs = {
    prefix: { default: '' },
    include: { default: '**\n.well-known/**\n' },
    concurrency: { default: '16' },
    region: {},
    acl: {},
  };
  const good = (): Map<string, string> =>
    new Map([
      ['prefix', "`''`"],
      ['include', '`**` and `.well-known/**`'],
      ['concurrency', '`16`'],
      ['region', '`AWS_REGION`, then `AWS_DEFAULT_REGION`'],
      ['acl', 'none'],
    ]);

  test('tables that agree have no drift', () => {
    expect(inputDrift(good(), inputs)).toEqual([]);
  });

  test.each([
    [
      'a row missing',
      (rows: Map<string, string>) => rows.delete('acl'),
      'acl: declared in action.yml, missing from the README',
    ],
    [
      'an extra row',
      (rows: Map<string, string>) => rows.set('acls', 'none'),
      'acls: in the README, not declared in action.yml',
    ],
    [
      'a different default',
      (rows: Map<string, string>) => rows.set('concurrency', '`8`'),
      "concurrency: README says `8`, action.yml's default is `16`",
    ],
    [
      'a default for an input that has none',
      (rows: Map<string, string>) => rows.set('acl', '`private`'),
      'acl: no default in action.yml, README says `private`',
    ],
    [
      'a computed default described wrongly',
      (rows: Map<string, string>) => rows.set('region', '`us-east-1`'),
      'region: no default in action.yml, README says `us-east-1`',
    ],
  ])('%s is reported', (_name, change, problem) => {
    const rows = good();
    change(rows);
    expect(inputDrift(rows, inputs)).toEqual([problem]);
  });

  test('outputs missing or extra are reported', () => {
    const rows = new Map([
      ['uploaded', ''],
      ['renamed', ''],
    ]);
    expect(outputDrift(rows, { uploaded: {}, deleted: {} })).toEqual([
      'deleted: declared in action.yml, missing from the README',
      'renamed: in the README, not in action.yml',
    ]);
  });

  test('only the rows of the named section are read', () => {
    const markdown = '## Inputs\n\n| input | default |\n|---|---|\n| `a` | `1` |\n\n## Outputs\n\n| `b` | x |\n';
    expect(tableRows(markdown, 'Inputs')).toEqual(new Map([['a', '`1`']]));
    expect(tableRows(markdown, 'Outputs')).toEqual(new Map([['b', 'x']]));
    expect(tableRows(markdown, 'Missing')).toEqual(new Map());
  });
});
