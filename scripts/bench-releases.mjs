#!/usr/bin/env node
/**
 * npm run bench:releases: release mode next to in-place, in one run, on the 3,000-file bench site
 * (../shared/bench/make-site.sh) and one local S3 (../shared/bench/start-s3.sh, its /__bench/stats
 * counting requests per operation), with the KeyValueStore stand-in (playground/keyvaluestore/) and the
 * CloudFront stand-in (playground/cloudfront/). Each timed run is the built action (dist/index.js) as a process,
 * as the runner starts it.
 *
 * The release runs are given distribution-id: a distribution on the CloudFront stand-in whose default behaviour
 * runs the release function (edge/viewer-request.js filled in for name site and prefix rel, published, associated
 * with the store), as setup-releases leaves it. So the setup check passes and the function's code carries the
 * layered-releases marker: each timed release is layered on r0 (cumulative: round n has n% of the files as keys),
 * and the script fails if one is not.
 *
 * Seeds (untimed): the site in place under prefix inplace/, and as release r0 under prefix rel/.
 * Then REPS rounds, each: 1% of the files edited (a new 1% each round), then timed
 *   - in place: the edited site deployed to inplace/ (delete true);
 *   - release: the same site deployed as release r<round> under rel/ (layered: 1% uploaded, no copies);
 *   - rollback: `rollback: previous` (then, untimed, back to r<round> so the next round changes 1% again).
 * Plus the process start alone: the action stopping at an input error, with no request.
 * Prints a markdown table of medians and writes it into docs/benchmark.md (NO_DOC=1 leaves it).
 *
 * Environment: REPS (default 3), N (files, default 3000), WORK (default a temp dir), BENCH_DIR.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCloudFrontStandin } from '../playground/cloudfront/server.ts';
import { publishReleaseFunction, releaseFunctionArn } from '../playground/edge/index.ts';
import { fillInViewerFunction, readViewerFunction } from '../playground/edge/viewer-function.ts';
import { startKvsStandin } from '../playground/keyvaluestore/server.ts';
import { runAction } from '../playground/run-action.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = process.env.BENCH_DIR ? [process.env.BENCH_DIR] : ['../shared/bench', '../../shared/bench'];
const benchDir = candidates.map((dir) => resolve(repo, dir)).find((dir) => existsSync(join(dir, 'start-s3.sh')));
if (benchDir === undefined)
  throw new Error(`no bench harness (start-s3.sh) in ${candidates.join(' or ')}; set BENCH_DIR`);
if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('dist/index.js is missing: npm run build first');

const REPS = Number(process.env.REPS ?? 3);
const N = Number(process.env.N ?? 3000);
const WORK = process.env.WORK ?? mkdtempSync(join(tmpdir(), 'scd-bench-releases-'));
const BUCKET = 'bench-releases';
const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/3c2b1a09-8f7e-4d6c-9b5a-493827160504';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const DISTRIBUTION = 'EBENCHRELEASES';

const made = spawnSync(join(benchDir, 'make-site.sh'), [String(N), '1'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (made.status !== 0) throw new Error('make-site.sh failed');
const site = join(WORK, 'site');
cpSync(made.stdout.trim().split('\n').pop(), site, { recursive: true });
const files = listFiles(site).sort();

const port = await freePort();
const s3State = join(WORK, 's3');
const started = spawnSync(join(benchDir, 'start-s3.sh'), [String(port), BUCKET], {
  env: { ...process.env, S3_STATE: s3State },
  encoding: 'utf8',
});
if (started.status !== 0) throw new Error(`start-s3.sh failed: ${started.stderr}`);
const endpoint = `http://127.0.0.1:${port}`;
const kvs = await startKvsStandin({ stores: { [ARN]: {} }, credentials: [CREDENTIALS] });
const cloudfront = await startCloudFrontStandin({
  distributions: {
    [DISTRIBUTION]: {
      originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`,
      viewerRequestFunctionArn: releaseFunctionArn(DISTRIBUTION),
    },
  },
  credentials: CREDENTIALS,
});
publishReleaseFunction(
  cloudfront,
  DISTRIBUTION,
  ARN,
  fillInViewerFunction(readViewerFunction(), { name: 'site', prefix: 'rel' }),
);

const load = [loadavg()[0]];
const rows = { start: [], inplace: [], release: [], rollback: [] };
try {
  const env = {
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: kvs.endpoint,
    AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
  };
  const inPlace = { 'source-dir': site, bucket: BUCKET, prefix: 'inplace', delete: 'true', 'max-deletes': '-1' };
  const release = {
    bucket: BUCKET,
    prefix: 'rel',
    'release-store': ARN,
    'keep-releases': '0',
    'distribution-id': DISTRIBUTION,
  };
  await measure('seed in place', inPlace, env);
  await measure('seed release r0', { ...release, 'source-dir': site, 'release-id': 'r0' }, env);
  for (let round = 1; round <= REPS; round++) {
    edit(round);
    rows.start.push(await measure('process start', { bucket: '' }, env, 1));
    rows.inplace.push(await measure(`round ${round}: in place, 1% edited`, inPlace, env));
    rows.release.push(
      await measure(
        `round ${round}: release r${round}`,
        { ...release, 'source-dir': site, 'release-id': `r${round}` },
        env,
        0,
        'layered on r0 (',
      ),
    );
    rows.rollback.push(await measure(`round ${round}: rollback previous`, { ...release, rollback: 'previous' }, env));
    await measure(`round ${round}: back to r${round} (untimed)`, { ...release, rollback: `r${round}` }, env);
  }
} finally {
  await Promise.all([kvs.stop(), cloudfront.stop()]);
  spawnSync(join(benchDir, 'stop-s3.sh'), [], { env: { ...process.env, S3_STATE: s3State } });
  load.push(loadavg()[0]);
  if (!process.env.WORK) rmSync(WORK, { recursive: true, force: true });
}
report();

/** Round r appends a line to every 100th file from offset r: 1% of the site, different each round. */
function edit(round) {
  for (let i = round % 100; i < files.length; i += 100) appendFileSync(join(site, files[i]), `\n/* edit ${round} */\n`);
}

/** One run of the action: its wall time (process start included) and the requests the server counted. */
async function measure(label, inputs, env, expectedCode = 0, expectedText = undefined) {
  await fetch(`${endpoint}/__bench/reset`, { method: 'POST' });
  const t0 = performance.now();
  const run = await runAction(inputs, { env });
  const seconds = (performance.now() - t0) / 1000;
  const stats = await (await fetch(`${endpoint}/__bench/stats`)).json();
  if (run.code !== expectedCode) throw new Error(`${label}: exit ${run.code}\n${run.stdout}\n${run.stderr}`);
  if (expectedText !== undefined && !run.stdout.includes(expectedText)) {
    throw new Error(`${label}: the log does not say "${expectedText}"\n${run.stdout}`);
  }
  const ops = stats.ops;
  const row = {
    seconds,
    requests: stats.requests,
    puts: (ops.PutObject ?? 0) + (ops.UploadPart ?? 0),
    copies: ops.CopyObject ?? 0,
    reads: (ops.GetObject ?? 0) + (ops.HeadObject ?? 0) + (ops.ListObjectsV2 ?? 0) + (ops.ListObjects ?? 0),
    deletes: (ops.DeleteObjects ?? 0) + (ops.DeleteObject ?? 0),
  };
  console.log(`${label}: ${seconds.toFixed(2)} s, ${JSON.stringify(ops)}`);
  return row;
}

function report() {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const m = (key, field) => median(rows[key].map((row) => row[field]));
  const base = m('inplace', 'seconds');
  const line = (name, key) =>
    `| ${name} | ${m(key, 'seconds').toFixed(2)} | ${(m(key, 'seconds') / base).toFixed(2)}x | ${m(key, 'requests')} | ${m(key, 'puts')} | ${m(key, 'copies')} | ${m(key, 'reads')} | ${m(key, 'deletes')} |`;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  const section = [
    '<!-- bench-releases:begin (written by npm run bench:releases) -->',
    `## Releases next to in place: ${new Date().toISOString().slice(0, 16)}Z, commit ${commit}`,
    '',
    `${N} files (../shared/bench/make-site.sh ${N} 1), s3rver (../shared/bench/s3server.js), the KeyValueStore and`,
    `CloudFront stand-ins on 127.0.0.1 (the release runs layered: distribution-id on a distribution running the`,
    `release function); ${cpus().length} cores shared with other work, load average ${load[0].toFixed(2)} at the`,
    `start, ${load[1].toFixed(2)} at the end. Medians of ${REPS}; each run is node dist/index.js, process start included;`,
    "requests from the server's counters (puts: PutObject and UploadPart; reads: Get, Head and List).",
    '',
    '| run | seconds | vs in place | requests | puts | copies | reads | deletes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    line('in place, 1% edited', 'inplace'),
    line('release, 1% changed (layered)', 'release'),
    line('rollback: previous', 'rollback'),
    line('process start alone (input error)', 'start'),
    '<!-- bench-releases:end -->',
  ].join('\n');
  console.log(`\n${section}`);
  if (process.env.NO_DOC === '1') return;
  const doc = join(repo, 'docs/benchmark.md');
  const text = readFileSync(doc, 'utf8');
  const marked = /<!-- bench-releases:begin[\s\S]*?<!-- bench-releases:end -->/;
  writeFileSync(doc, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}
