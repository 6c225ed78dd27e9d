/**
 * The README's recipes are whole workflow files that people copy: each one must be a valid workflow, pass
 * only inputs that action.yml declares, and be accepted by the action's own input parsing. The repository's
 * workflows and action.yml go through the same validator.
 *
 * Validator: @action-validator/cli (a WebAssembly build of action-validator, with the workflow and action
 * JSON schemas compiled in), run as a separate process on a file, as a person would run it. No network.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';

const OUR_ACTION = /^OWNER\/s3-cloudfront-deploy@v1$/;
const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const actionYml = readFileSync(join(root, 'action.yml'), 'utf8');
const action = parse(actionYml) as { inputs: Record<string, { default?: string }>; runs: { using: string } };
const declaredInputs = new Set(Object.keys(action.inputs));

// ---------------------------------------------------------------------------------------------------------
// Reading the recipes out of the README

interface Recipe {
  readonly title: string;
  readonly source: string;
  readonly workflow: Workflow;
}
type Dict = Record<string, unknown>;
interface Step extends Dict {
  uses?: string;
  run?: string;
  with?: Dict;
  env?: Dict;
}
interface Job extends Dict {
  'runs-on'?: unknown;
  env?: Dict;
  steps?: Step[];
}
interface Workflow extends Dict {
  name?: unknown;
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

/** The text from "## Recipes" up to the next level-2 heading. */
function recipesSection(markdown: string): string {
  const start = markdown.search(/^## Recipes[ \t]*$/m);
  if (start < 0) return '';
  const rest = markdown.slice(start + '## Recipes'.length);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every ```yaml block of the section, named by the ### heading above it. */
function extractRecipes(markdown: string): Recipe[] {
  const section = recipesSection(markdown);
  const recipes: Recipe[] = [];
  let title = '(no heading)';
  const fence = /^### (.+)$|^```ya?ml[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of section.matchAll(fence)) {
    if (match[1] !== undefined) title = match[1].trim();
    else if (match[2] !== undefined) recipes.push({ title, source: match[2], workflow: parse(match[2]) as Workflow });
  }
  return recipes;
}

function jobsOf(workflow: Workflow): [string, Job][] {
  return Object.entries(workflow.jobs ?? {});
}

function stepsOf(workflow: Workflow): Step[] {
  return jobsOf(workflow).flatMap(([, job]) => job.steps ?? []);
}

function ourSteps(workflow: Workflow): Step[] {
  return stepsOf(workflow).filter((step) => OUR_ACTION.test(step.uses ?? ''));
}

/** What the runner does to a `with:` value: scalars become strings. */
function asInput(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** `with:` keys of our action that action.yml does not declare. */
function undeclaredInputs(workflow: Workflow): string[] {
  return ourSteps(workflow).flatMap((step) => Object.keys(step.with ?? {}).filter((key) => !declaredInputs.has(key)));
}

/** `${{ … }}` cannot be evaluated here: an endpoint made only of one becomes a local URL, the rest a word. */
function withoutExpressions(name: string, value: string): string {
  if (/^AWS_ENDPOINT_URL/.test(name) && /^\$\{\{[^}]*\}\}$/.test(value.trim())) return 'http://127.0.0.1:9000';
  return value.replace(/\$\{\{[^}]*\}\}/g, 'example');
}

/**
 * Runs the action's own input parsing on one of our steps, with the environment the workflow gives it: the job's
 * and the step's env, and AWS_REGION and keys when configure-aws-credentials ran before it in the same job.
 */
function configFor(job: Job, step: Step) {
  const steps = job.steps ?? [];
  const before = steps.slice(0, steps.indexOf(step));
  const configured = before.find((s) => /^aws-actions\/configure-aws-credentials@/.test(s.uses ?? ''));
  const env: Record<string, string> = { GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1' };
  if (configured !== undefined) {
    Object.assign(env, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' });
    const region = asInput(configured.with?.['aws-region']);
    if (region !== '') env['AWS_REGION'] = region;
  }
  for (const [name, value] of Object.entries({ ...job.env, ...step.env })) {
    env[name] = withoutExpressions(name, asInput(value));
  }
  const inputs = step.with ?? {};
  const read = (name: string) =>
    name in inputs ? withoutExpressions(name, asInput(inputs[name])) : (action.inputs[name]?.default ?? '');
  return readConfig(read, env satisfies Env);
}

const CRON_FIELDS: readonly [string, number, number][] = [
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['day of month', 1, 31],
  ['month', 1, 12],
  ['day of week', 0, 6],
];

/**
 * What is wrong with a POSIX cron line as GitHub reads it (empty when nothing), since the validator's schema
 * checks the characters only ("17 3 * *" passes it). Month and weekday names are left alone.
 */
function cronProblems(line: string): string[] {
  const fields = line.trim().split(/\s+/);
  if (fields.length !== 5) return [`"${line}": ${fields.length} fields, not 5`];
  return fields.flatMap((field, i) => {
    const [name, min, max] = CRON_FIELDS[i]!;
    return field.split(',').flatMap((part) => {
      const match = /^(\*|(\d+)(?:-(\d+))?|[A-Za-z]{3}(?:-[A-Za-z]{3})?)(?:\/(\d+))?$/.exec(part);
      if (match === null) return [`"${line}": ${name} "${part}" is not a cron field`];
      const numbers = [match[2], match[3]].filter((n) => n !== undefined).map(Number);
      const outside = numbers.filter((n) => n < min || n > max);
      return outside.length > 0 ? [`"${line}": ${name} ${outside.join(', ')} outside ${min}-${max}`] : [];
    });
  });
}

function scheduleProblems(workflow: Workflow): string[] {
  const on = typeof workflow.on === 'object' && workflow.on !== null ? (workflow.on as Dict) : {};
  const schedule = Array.isArray(on['schedule']) ? (on['schedule'] as unknown[]) : [];
  return schedule.flatMap((entry) => cronProblems(asInput((entry as Dict | null)?.['cron'])));
}

// ---------------------------------------------------------------------------------------------------------
// The validator

const require = createRequire(import.meta.url);
const validatorPackage = require.resolve('@action-validator/cli/package.json');
const validatorBin = join(
  dirname(validatorPackage),
  (JSON.parse(readFileSync(validatorPackage, 'utf8')) as { bin: Record<string, string> }).bin['action-validator'] ??
    'cli.mjs',
);

interface Verdict {
  readonly code: number;
  readonly output: string;
}

/** Runs `action-validator FILE`; it judges a file named action.yml as action metadata, any other as a workflow. */
function validate(file: string): Promise<Verdict> {
  return new Promise((resolve) => {
    execFile(process.execPath, [validatorBin, file], { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'recipes-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function validateText(name: string, text: string): Promise<Verdict> {
  const dir = mkdtempSync(join(scratch, 'v-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return validate(file);
}

/** Every error path of the validator's report, nested oneOf branches included. */
function errorPaths(output: string): string[] {
  const json = output.slice(output.indexOf('{'));
  const paths: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const { path } = node as { path?: unknown };
      if (typeof path === 'string') paths.push(path);
      Object.values(node).forEach(walk);
    }
  };
  try {
    walk(JSON.parse(json));
  } catch {
    return ['(unreadable report)'];
  }
  return paths;
}

// ---------------------------------------------------------------------------------------------------------

const recipes = extractRecipes(readme);

describe('README recipes', () => {
  test('the section exists and holds the recipes, each under its own heading', () => {
    expect(recipesSection(readme)).not.toBe('');
    expect(recipes.length).toBeGreaterThanOrEqual(7);
    expect(new Set(recipes.map((r) => r.title)).size).toBe(recipes.length);
  });

  describe.each(recipes.map((recipe) => [recipe.title, recipe] as const))('%s', (_title, recipe) => {
    test('is a valid workflow file', async () => {
      const verdict = await validateText('recipe.yml', recipe.source);
      expect(verdict).toEqual({ code: 0, output: expect.any(String) });
    });

    test('runs on schedules that cron understands', () => {
      expect(scheduleProblems(recipe.workflow)).toEqual([]);
    });

    test('is a whole workflow: name, on, permissions, jobs that run on a runner', () => {
      const { workflow } = recipe;
      expect(workflow.name).toEqual(expect.any(String));
      expect(workflow.on).toBeDefined();
      expect(workflow.permissions).toEqual(expect.any(Object));
      expect(jobsOf(workflow).length).toBeGreaterThan(0);
      for (const [, job] of jobsOf(workflow)) {
        expect(job['runs-on']).toBeDefined();
        expect(job.steps?.length).toBeGreaterThan(0);
      }
    });

    test('uses OWNER/s3-cloudfront-deploy@v1 with inputs that action.yml declares', () => {
      expect(ourSteps(recipe.workflow).length).toBeGreaterThan(0);
      expect(undeclaredInputs(recipe.workflow)).toEqual([]);
    });

    test('a deploy checks out and builds before it', () => {
      for (const [, job] of jobsOf(recipe.workflow)) {
        const steps = job.steps ?? [];
        for (const step of steps.filter((s) => OUR_ACTION.test(s.uses ?? '') && s.with?.['source-dir'] !== undefined)) {
          const before = steps.slice(0, steps.indexOf(step));
          expect(before.some((s) => /^actions\/checkout@/.test(s.uses ?? ''))).toBe(true);
          expect(before.some((s) => /\bbuild\b/.test(s.run ?? ''))).toBe(true);
        }
      }
    });

    test("the action's own input parsing accepts it", () => {
      for (const [, job] of jobsOf(recipe.workflow)) {
        for (const step of (job.steps ?? []).filter((s) => OUR_ACTION.test(s.uses ?? ''))) {
          expect(() => configFor(job, step)).not.toThrow();
        }
      }
    });
  });

  const withOf = (step: Step, name: string) => asInput(step.with?.[name]).trim();
  const permissions = (w: Workflow) => (w.permissions ?? {}) as Dict;
  const triggers = (w: Workflow) => (typeof w.on === 'object' && w.on !== null ? (w.on as Dict) : {});
  const expected: [string, (w: Workflow) => boolean][] = [
    [
      'deploy on push with OIDC',
      (w) =>
        'push' in triggers(w) &&
        permissions(w)['id-token'] === 'write' &&
        permissions(w)['contents'] === 'read' &&
        ourSteps(w).some(
          (s) => withOf(s, 'role-to-assume') !== '' && withOf(s, 'region') !== '' && withOf(s, 'bucket') !== '',
        ),
    ],
    [
      'keys from aws-actions/configure-aws-credentials, no role-to-assume',
      (w) =>
        stepsOf(w).some(
          (s) =>
            /^aws-actions\/configure-aws-credentials@/.test(s.uses ?? '') &&
            /secrets\.AWS_ACCESS_KEY_ID/.test(withOf(s, 'aws-access-key-id')) &&
            /secrets\.AWS_SECRET_ACCESS_KEY/.test(withOf(s, 'aws-secret-access-key')),
        ) && ourSteps(w).every((s) => withOf(s, 'role-to-assume') === ''),
    ],
    [
      'scheduled purge: cron, distribution-id, invalidation-paths /*, no bucket',
      (w) =>
        Array.isArray(triggers(w)['schedule']) &&
        ourSteps(w).some(
          (s) =>
            withOf(s, 'distribution-id') !== '' &&
            withOf(s, 'invalidation-paths') === '/*' &&
            withOf(s, 'bucket') === '',
        ),
    ],
    [
      'dry run on pull_request',
      (w) => 'pull_request' in triggers(w) && ourSteps(w).some((s) => withOf(s, 'dry-run') === 'true'),
    ],
    [
      'cache-control: immutable fingerprinted assets, no-cache HTML',
      (w) =>
        ourSteps(w).some((s) => {
          const rules = withOf(s, 'cache-control').split('\n');
          return rules.some((r) => /immutable/.test(r)) && rules.some((r) => /\.html:\s*no-cache/.test(r));
        }),
    ],
    [
      'S3-compatible endpoints: R2 with region auto, and MinIO, without CloudFront',
      (w) => {
        const steps = ourSteps(w).filter((s) => s.env?.['AWS_ENDPOINT_URL_S3'] !== undefined);
        return (
          steps.some((s) => withOf(s, 'region') === 'auto' && /r2/i.test(asInput(s.env?.['AWS_ENDPOINT_URL_S3']))) &&
          steps.some((s) => /minio/i.test(`${asInput(s.name)} ${asInput(s.env?.['AWS_ENDPOINT_URL_S3'])}`)) &&
          steps.every((s) => withOf(s, 'distribution-id') === '')
        );
      },
    ],
    [
      'several distributions, waiting for them',
      (w) =>
        ourSteps(w).some(
          (s) =>
            withOf(s, 'distribution-id')
              .split(/[,\n]/)
              .filter((id) => id.trim() !== '').length >= 2 && withOf(s, 'wait') === 'true',
        ),
    ],
  ];

  test.each(expected)('has a recipe for %s', (_name, matches) => {
    expect(recipes.filter((r) => matches(r.workflow)).map((r) => r.title)).not.toEqual([]);
  });
});

describe('the checks can fail', () => {
  const first = recipes[0];

  test('the validator rejects a workflow whose job has no runs-on', async () => {
    expect(first).toBeDefined();
    const broken = first!.source.replace(/^(\s+)runs-on:/m, '$1run-on:');
    expect(broken).not.toBe(first!.source);
    expect((await validateText('broken.yml', broken)).code).not.toBe(0);
  });

  test('a misspelled input is reported', () => {
    const workflow = parse(first!.source.replace(/^(\s+)source-dir:/m, '$1source-directory:')) as Workflow;
    expect(undeclaredInputs(workflow)).toEqual(['source-directory']);
  });

  test.each([
    ['17 3 * *', /4 fields, not 5/],
    ['60 3 * * *', /minute 60 outside 0-59/],
    ['0 0 0 * *', /day of month 0 outside 1-31/],
    ['0 0 * * 1-7', /day of week 7 outside 0-6/],
    ['0 0 ? * *', /"\?" is not a cron field/],
  ])('a broken schedule "%s" is reported', (line, problem) => {
    expect(cronProblems(line)).toEqual([expect.stringMatching(problem)]);
  });

  test.each(['17 3 * * *', '*/15 * * * *', '0 9-17/2 * * MON-FRI', '30 5 1,15 * 0'])(
    'a good schedule "%s" is not',
    (line) => {
      expect(cronProblems(line)).toEqual([]);
    },
  );

  test('a recipe outside the section is not read as one', () => {
    expect(extractRecipes('## Usage\n\n```yaml\non: push\n```\n')).toEqual([]);
    expect(
      extractRecipes('## Recipes\n\n### A\n\n```yaml\nname: a\n```\n\n## Safety\n\n```yaml\nname: b\n```\n'),
    ).toEqual([{ title: 'A', source: 'name: a\n', workflow: { name: 'a' } }]);
  });
});

describe("the repository's own workflows and action.yml", () => {
  const workflowsDir = join(root, '.github', 'workflows');
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  const workflows = files.map(
    (file) => [file, parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow] as const,
  );
  const ci = workflows.find(([file]) => file === 'ci.yml')?.[1];

  test('every setup-node reads .node-version, which says 24', () => {
    expect(readFileSync(join(root, '.node-version'), 'utf8').trim()).toBe('24');
    const setupNodes = workflows
      .flatMap(([, w]) => stepsOf(w))
      .filter((s) => /^actions\/setup-node@/.test(s.uses ?? ''));
    expect(setupNodes.length).toBeGreaterThan(0);
    for (const step of setupNodes) expect(step.with?.['node-version-file']).toBe('.node-version');
  });

  test('ci.yml checks with .ci/run, the one recipe CI runs too', () => {
    expect(ci).toBeDefined();
    const runs = stepsOf(ci!).map((s) => asInput(s.run));
    expect(runs).toContain('bash .ci/run');
    // No second copy of the recipe's steps beside it.
    expect(runs.filter((run) => /npm (ci|test|run (typecheck|lint|build))\b/.test(run))).toEqual([]);
  });

  test('ci.yml runs the action from this checkout (uses: ./) in a dry run that the action accepts', () => {
    const [job, step] = jobsOf(ci!)
      .flatMap(([, j]) => (j.steps ?? []).map((s) => [j, s] as const))
      .find(([, s]) => s.uses === './') ?? [undefined, undefined];
    expect(step).toBeDefined();
    expect(Object.keys(step!.with ?? {}).filter((key) => !declaredInputs.has(key))).toEqual([]);
    expect(asInput(step!.with?.['dry-run'])).toBe('true');
    const config = configFor(job!, step!);
    expect(config.dryRun).toBe(true);
    expect(asInput(job!.env?.['AWS_ENDPOINT_URL_S3'])).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test.each(files)('.github/workflows/%s is a valid workflow', async (file) => {
    const verdict = await validate(join(workflowsDir, file));
    expect(verdict).toEqual({ code: 0, output: expect.any(String) });
  });

  test('action.yml is valid action metadata', async () => {
    let verdict = await validateText('action.yml', actionYml);
    if (verdict.code !== 0 && action.runs.using === 'node24') {
      // @action-validator/core 0.6.0 compiles in a schema that knows node12, node16 and node20 only. Accept
      // its complaint when it concerns nothing but /runs, and judge everything else on a node20 copy.
      expect(errorPaths(verdict.output).every((path) => path.startsWith('/runs'))).toBe(true);
      verdict = await validateText('action.yml', actionYml.replace(/^(\s+using:\s*)node24\b/m, '$1node20'));
    }
    expect(verdict).toEqual({ code: 0, output: expect.any(String) });
  });
});
