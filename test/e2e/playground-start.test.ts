/**
 * `npm start -- --releases` shows deploy, deploy, rollback and what the viewer serves after each.
 * `npm start -- --serve` as a newcomer runs it: the runs read as GitHub shows them (no raw workflow commands), the
 * printed URL serves the deployed site through the distribution's viewer endpoint (its cache), and Ctrl-C (SIGINT)
 * stops the site and the local S3.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { killChild } from '../../playground/local-s3.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let child: ChildProcess | undefined;
afterAll(async () => {
  if (child !== undefined) await killChild(child);
});

/** Collects stdout until `pattern` matches it; rejects if the process ends first. */
function waitFor(proc: ChildProcess, pattern: RegExp): { output: () => string; match: Promise<RegExpExecArray> } {
  let text = '';
  const match = new Promise<RegExpExecArray>((resolve, reject) => {
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      const found = pattern.exec(text);
      if (found !== null) resolve(found);
    });
    proc.once('exit', (code) => reject(new Error(`npm start exited (${code}) before ${pattern}:\n${text}`)));
  });
  return { output: () => text, match };
}

test('npm start -- --serve shows readable runs, serves the site, and stops on Ctrl-C', async () => {
  child = spawn(process.execPath, ['--experimental-vm-modules', '--import', 'tsx', 'playground/start.ts', '--serve'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  const site = waitFor(child, /The deployed site.*: (http:\/\/127\.0\.0\.1:\d+\/)\n/);
  const url = (await site.match)[1]!;
  const s3Endpoint = /Local S3 \(s3rver\) on (http:\/\/127\.0\.0\.1:\d+)/.exec(site.output())?.[1];

  const shown = site.output();
  expect(shown).not.toMatch(/^\s*::/m);
  expect(shown).toContain('▸ Plan');
  expect(shown).toContain('Outputs:');
  expect(shown).toMatch(/Job summary:\n\n\s+S3 CloudFront deploy\n\s+=+/);

  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(Buffer.from(await page.arrayBuffer())).toEqual(await readFile(`${ROOT}playground/site/index.html`));
  // The deploy gave HTML no-cache and assets a year: the edge keeps the asset, never the page.
  expect(page.headers.get('x-cache')).toBe('Miss from cloudfront');
  expect((await fetch(url)).headers.get('x-cache')).toBe('Miss from cloudfront');
  const asset = new URL('assets/app.css', url);
  expect((await fetch(asset)).headers.get('x-cache')).toBe('Miss from cloudfront');
  expect((await fetch(asset)).headers.get('x-cache')).toBe('Hit from cloudfront');

  process.kill(child.pid!, 'SIGINT');
  expect(await exited).toBe(0);
  await expect(fetch(url)).rejects.toThrow();
  expect(s3Endpoint).toBeDefined();
  await expect(fetch(s3Endpoint!)).rejects.toThrow();
});

test('npm start -- --releases deploys v1, deploys v2, rolls back, and the viewer serves each in turn', async () => {
  const releases = spawn(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      '--import',
      'tsx',
      'playground/start.ts',
      '--releases',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  child = releases;
  let output = '';
  releases.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => releases.once('exit', resolve));
  expect({ code, raw: output.match(/^\s*::.*$/m) }).toEqual({ code: 0, raw: null });
  const served = [...output.matchAll(/^The viewer now serves release (\S+) at \S+: (\d+), (.*)$/gm)].map((m) =>
    m.slice(1).join(' '),
  );
  expect(served).toEqual([
    'v1 200 <h1>Example site</h1>',
    'v2 200 <h1>Example site v2</h1>',
    'v1 200 <h1>Example site</h1>',
  ]);
  expect(output).toContain('1 file(s) uploaded, 0 copied inside the bucket, layered on v1 (1 paths)');
  expect(output).toMatch(/release-id: v1\n\s+previous-release-id: v2\n/);
});
