/**
 * jest globalSetup of every project (jest.config.js), once per run, before any test:
 * - The node the action runs on (package.json's engines, node 24): an older node fails later with no hint (Node
 *   24's proxy-aware agents, for one); here it fails at once, naming the version to install. The unit tests need
 *   nothing more.
 * - The peers they drive are installed outside npm (the browser tests need only chromium). A machine without them
 *   gets one message naming what is missing and how to install it, not a hundred failures that each say
 *   "moto_server exited before answering".
 * - The end-to-end tests run dist/index.js, as the runner does. After an edit of src/ the committed bundle is stale,
 *   so it is rebuilt first; when it is fresh it is left alone (the build is deterministic, so a needless rebuild
 *   would leave git status clean too, but it costs seconds).
 * jest loads this file through node's own module loader, which cannot resolve our `./x.js` imports of .ts files:
 * hence node: imports only.
 */

import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '@jest/types';

export interface Prerequisite {
  readonly name: string;
  /** Which tests need it. */
  readonly neededFor: string;
  readonly install: string;
  /** A command that exits 0 when the prerequisite is there. */
  readonly probe: readonly [string, ...string[]];
}

export const PREREQUISITES: readonly Prerequisite[] = [
  {
    name: 'moto_server',
    neededFor: 'the S3 and STS peer of the integration and end-to-end tests',
    install: "pip install 'moto[server]'",
    probe: ['moto_server', '--help'],
  },
  {
    name: 'python3 with boto3',
    neededFor: 'reading the bucket back independently of our code',
    install: 'pip install boto3',
    probe: ['python3', '-c', 'import boto3'],
  },
  {
    name: 'the AWS CLI (aws)',
    neededFor: 'proving the CloudFront stand-in answers as AWS does',
    install: 'pip install awscli, or apt-get install awscli (version 1 or 2)',
    probe: ['aws', '--version'],
  },
];

/** The browser tests need only this (their S3 and stand-ins come from npm). */
export const CHROMIUM: Prerequisite = {
  name: 'chromium',
  neededFor: 'the browser tests, which drive it with puppeteer-core',
  install: 'apt-get install chromium (or name another Chromium binary in CHROMIUM=/path/to/chromium)',
  probe: [process.env['CHROMIUM'] ?? '/usr/bin/chromium', '--version'],
};

function succeeds(probe: readonly [string, ...string[]], env: NodeJS.ProcessEnv): Promise<boolean> {
  const [command, ...args] = probe;
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: 30_000 }, (error) => resolve(error === null));
  });
}

/** The prerequisites whose probe fails with this environment (its PATH decides what is found). */
export async function missingPrerequisites(
  env: NodeJS.ProcessEnv = process.env,
  prerequisites: readonly Prerequisite[] = PREREQUISITES,
): Promise<Prerequisite[]> {
  const present = await Promise.all(prerequisites.map((p) => succeeds(p.probe, env)));
  return prerequisites.filter((_, i) => !present[i]);
}

export function describeMissing(missing: readonly Prerequisite[]): string {
  const lines = missing.map((p) => `  - ${p.name}, for ${p.neededFor}: ${p.install}`);
  return [
    'These tests need programs that npm does not install, and this machine lacks:',
    ...lines,
    'Install them and run the tests again (`npm run test:unit` runs the unit tests alone, which need none of them).',
  ].join('\n');
}

/** What `npm run build` reads besides node_modules (action.yml: the command line's flags and help). */
const BUILD_INPUTS = ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'action.yml'];
const BUNDLE = join('dist', 'index.js');

/** The newest modification time of a file, or of the files below a folder (a folder's own time moves with editors' swap files). */
async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(0, ...times);
}

/** True when dist/index.js is missing or older than any build input under root. */
export async function distIsStale(root: string): Promise<boolean> {
  const bundle = await stat(join(root, BUNDLE)).catch(() => undefined);
  if (bundle === undefined) return true;
  for (const input of BUILD_INPUTS) {
    const newest = await newestMtime(join(root, input)).catch(() => 0);
    if (newest > bundle.mtimeMs) return true;
  }
  return false;
}

/** Runs `npm run build` in root when dist/ is stale, telling output why and passing it the build's own lines. */
export async function buildIfStale(root: string, output: NodeJS.WritableStream = process.stderr): Promise<void> {
  if (!(await distIsStale(root))) return;
  output.write('\ndist/ is older than src/: rebuilding it before the end-to-end tests (npm run build)\n');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(output, { end: false });
    child.stderr.pipe(output, { end: false });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code}): the end-to-end tests need dist/index.js`);
}

/** The major version package.json's engines.node asks for ('>=24' → 24). */
export function requiredNodeMajor(packageJson = new URL('../../package.json', import.meta.url)): number {
  const engines = (JSON.parse(readFileSync(packageJson, 'utf8')) as { engines?: { node?: string } }).engines;
  const major = /(\d+)/.exec(engines?.node ?? '')?.[1];
  if (major === undefined) throw new Error('package.json names no node version in engines.node');
  return Number(major);
}

/** Why this node cannot run the tests, or undefined when it can. */
export function nodeVersionProblem(version: string, required: number): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= required) return undefined;
  return (
    `These tests need node ${required} or newer (the runtime action.yml names), and this is node ${version}. ` +
    `Install node ${required} (.node-version says so; nvm install ${required}) and run them again.`
  );
}

/** The message is the whole story: a stack into jest's internals would only bury it. */
function withoutStack(error: Error): Error {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

export default async function globalSetup(_global: Config.GlobalConfig, project: Config.ProjectConfig): Promise<void> {
  const problem = nodeVersionProblem(process.versions.node, requiredNodeMajor());
  if (problem !== undefined) throw withoutStack(new Error(problem));
  if (project.displayName?.name === 'unit') return;
  const missing = await missingPrerequisites(
    process.env,
    project.displayName?.name === 'browser' ? [CHROMIUM] : PREREQUISITES,
  );
  if (missing.length > 0) throw withoutStack(new Error(describeMissing(missing)));
  if (project.displayName?.name === 'e2e') await buildIfStale(project.rootDir);
}
