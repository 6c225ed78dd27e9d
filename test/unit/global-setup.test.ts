/**
 * The global setup of the peer-driven tests: it finds what is missing through the PATH it is given (here, folders
 * of stand-in executables), and rebuilds dist/ only when a build input is newer than the bundle.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  buildIfStale,
  describeMissing,
  distIsStale,
  missingPrerequisites,
  nodeVersionProblem,
  PREREQUISITES,
  requiredNodeMajor,
} from '../support/global-setup.js';

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'global-setup-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A folder holding executables that exit with the given codes, to stand in for the real programs. */
function binFolder(exits: Record<string, number>): string {
  const bin = mkdtempSync(join(scratch, 'bin-'));
  for (const [name, code] of Object.entries(exits)) {
    write(join(bin, name), `#!/bin/sh\nexit ${code}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

describe('missingPrerequisites', () => {
  test.each([
    [{}, ['moto_server', 'python3 with boto3', 'the AWS CLI (aws)']],
    [{ moto_server: 0, python3: 0, aws: 0 }, []],
    [{ moto_server: 0, python3: 1, aws: 0 }, ['python3 with boto3']],
    [{ moto_server: 127, python3: 0 }, ['moto_server', 'the AWS CLI (aws)']],
  ])('with %j on the PATH, %j are missing', async (exits, missing) => {
    const found = await missingPrerequisites({ PATH: binFolder(exits) });
    expect(found.map((p) => p.name)).toEqual(missing);
  });

  test('the message names each missing program and how to install it', () => {
    const message = describeMissing(PREREQUISITES);
    for (const p of PREREQUISITES) expect(message).toContain(`${p.name}, for ${p.neededFor}: ${p.install}`);
    expect(message).toContain("pip install 'moto[server]'");
    expect(message).toContain('pip install awscli');
  });
});

describe('distIsStale', () => {
  const INPUTS = ['src/index.ts', 'src/aws/s3.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
  const BUNDLE_TIME = 1_700_000_000;

  /** A project whose build inputs are an hour older than dist/index.js, but for `newer`, a minute newer. */
  function project(newer?: string, bundle = true): string {
    for (const input of INPUTS) {
      write(join(scratch, input), input);
      const time = input === newer ? BUNDLE_TIME + 60 : BUNDLE_TIME - 3600;
      utimesSync(join(scratch, input), time, time);
    }
    if (bundle) {
      write(join(scratch, 'dist/index.js'), 'bundle');
      utimesSync(join(scratch, 'dist/index.js'), BUNDLE_TIME, BUNDLE_TIME);
    }
    return scratch;
  }

  test('fresh when every input is older than the bundle', async () => {
    expect(await distIsStale(project())).toBe(false);
  });

  test.each(INPUTS)('stale when %s is newer', async (input) => {
    expect(await distIsStale(project(input))).toBe(true);
  });

  test('stale when there is no bundle', async () => {
    expect(await distIsStale(project(undefined, false))).toBe(true);
  });
});

describe('buildIfStale', () => {
  /** A project whose build script runs `script` with node. */
  function project(script: string, stale: boolean): string {
    write(join(scratch, 'package.json'), JSON.stringify({ scripts: { build: `node -e "${script}"` } }));
    write(join(scratch, 'src/index.ts'), 'source');
    write(join(scratch, 'dist/index.js'), 'old bundle');
    const [source, bundle] = stale ? [2000, 1000] : [1000, 2000];
    utimesSync(join(scratch, 'package.json'), 1000, 1000);
    utimesSync(join(scratch, 'src/index.ts'), source, source);
    utimesSync(join(scratch, 'dist/index.js'), bundle, bundle);
    return scratch;
  }

  function sink(): { stream: PassThrough; text: () => string } {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return { stream, text: () => text };
  }

  const WRITE_BUNDLE = "require('fs').writeFileSync('dist/index.js', 'new bundle')";

  test('rebuilds a stale bundle with npm run build, and says why', async () => {
    const out = sink();
    await buildIfStale(project(WRITE_BUNDLE, true), out.stream);
    expect(readFileSync(join(scratch, 'dist/index.js'), 'utf8')).toBe('new bundle');
    expect(out.text()).toContain('dist/ is older than src/');
  });

  test('leaves a fresh bundle alone', async () => {
    const out = sink();
    await buildIfStale(project(WRITE_BUNDLE, false), out.stream);
    expect(readFileSync(join(scratch, 'dist/index.js'), 'utf8')).toBe('old bundle');
    expect(out.text()).toBe('');
  });

  test('a failed build fails the setup', async () => {
    await expect(buildIfStale(project('process.exit(3)', true), sink().stream)).rejects.toThrow(
      'npm run build failed (exit code 3)',
    );
  });
});

describe('the node version check', () => {
  test('package.json asks for node 24', () => {
    expect(requiredNodeMajor()).toBe(24);
  });

  test.each([
    ['20.19.0', 'this is node 20.19.0. Install node 24'],
    ['22.12.0', 'this is node 22.12.0. Install node 24'],
  ])('node %s is refused, naming node 24', (version, words) => {
    expect(nodeVersionProblem(version, 24)).toContain('These tests need node 24 or newer');
    expect(nodeVersionProblem(version, 24)).toContain(words);
  });

  test.each(['24.0.0', '24.22.3', '25.1.0'])('node %s passes', (version) => {
    expect(nodeVersionProblem(version, 24)).toBeUndefined();
  });
});
