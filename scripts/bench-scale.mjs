#!/usr/bin/env node
/**
 * npm run bench:scale: a no-op redeploy at scale, this action (dist/index.js, run as the Actions
 * runner does, as in scripts/bench-ours.sh) next to `rclone sync --checksum`, on one local S3 server.
 *
 * For each N in SIZES: a deterministic site of N small files (512 B to 8 KiB, 100 per directory,
 * two levels deep; generated once and cached in WORK), a fresh server with one bucket, our own first
 * deploy into the prefix site/ (timed: the "seed" row), a check that rclone --dry-run sees nothing to
 * do, then a "fresh checkout" copy of the site (every mtime = now) and REPS interleaved rounds of
 * ours then rclone, each a no-op on that copy, each under /usr/bin/time. Every run is verified to have
 * changed nothing (our uploaded/deleted outputs; rclone's exit code and log). Prints a markdown table
 * of medians and writes it, with runs.tsv and one log per run, to OUT.
 *
 * Environment:
 *   SIZES    file counts (default "10000 30000 100000")
 *   REPS     interleaved rounds per size (default 3)
 *   SERVER   moto (default: moto_server, in memory) or s3rver (../shared/bench/start-s3.sh)
 *   WORK     site cache and scratch space (default /tmp/scd-scale); generated sites are kept
 *   OUT      results directory (default a new temp dir), or a file ending in .md for the table alone
 *   SCD_ENTRY  the action's entry file (default dist/index.js)
 *   PORT     server port (default a free one)
 *   TIMEOUT  seconds before a no-op run is killed and marked (default 600)
 *   SEED_TIMEOUT  the same for the first deploy, which uploads everything (default 4 x TIMEOUT)
 *   SEED     PRNG seed of the generated site (default 1); SETTLE_S pause before each run (default 1)
 *   BENCH_DIR  the shared harness (for s3rver), default ../shared/bench beside the repository
 *   LATENCY_MS, or --latency-ms [N] (25 when N is not given): s3rver waits N ms before it sees each
 *              request, a round trip as a runner sees real S3 (s3rver only: moto has no such delay)
 *
 * On s3rver every request is logged, and each run's rounds (the longest chain of requests each sent
 * after the one before it was answered, scripts/bench-rounds.mjs) join its requests in the table.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundsByBucket } from './bench-rounds.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.SIZES ?? '10000 30000 100000')
  .trim()
  .split(/[\s,]+/)
  .map(Number);
const REPS = Number(process.env.REPS ?? 3);
const SERVER = process.env.SERVER ?? 'moto';
const WORK = resolve(process.env.WORK ?? '/tmp/scd-scale');
const ENTRY = resolve(process.env.SCD_ENTRY ?? join(repo, 'dist/index.js'));
const TIMEOUT_S = Number(process.env.TIMEOUT ?? 600);
const SEED_TIMEOUT_S = Number(process.env.SEED_TIMEOUT ?? 4 * TIMEOUT_S);
const SEED = Number(process.env.SEED ?? 1);
const SETTLE_MS = Number(process.env.SETTLE_S ?? 1) * 1000;
const PREFIX = 'site';
const BUCKET = 'scd-scale';
const REGION = 'us-east-1';
const MANIFESTS = ['.s3-cloudfront-deploy.json', '.s3-cloudfront-deploy.owed.json'];
const TIME = '/usr/bin/time';
const LATENCY_MS = latencyArg(process.argv.slice(2), process.env.LATENCY_MS);
const GENERATOR_VERSION = 1; // part of the cache name: bump when the site layout or content changes

if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) fail(`SIZES must be positive integers: ${process.env.SIZES}`);
if (!Number.isInteger(REPS) || REPS < 1) fail(`REPS must be a positive integer: ${process.env.REPS}`);
if (!['moto', 's3rver'].includes(SERVER)) fail(`SERVER must be moto or s3rver, not ${SERVER}`);
if (LATENCY_MS > 0 && SERVER !== 's3rver')
  fail('--latency-ms / LATENCY_MS needs SERVER=s3rver (moto cannot delay requests)');
if (Number(process.versions.node.split('.')[0]) < 24)
  fail(`node 24 or later runs the action; this is ${process.version}`);
if (!existsSync(ENTRY)) fail(`${ENTRY} is missing: npm run build first (or set SCD_ENTRY)`);
if (!existsSync(TIME)) fail(`${TIME} is missing (it measures peak RSS): apt-get install time`);
if (!which('rclone')) fail('rclone is not on PATH');
if (SERVER === 'moto' && !which('moto_server')) fail('moto_server is not on PATH (pip install "moto[server]")');

mkdirSync(WORK, { recursive: true });
const scratch = mkdtempSync(join(WORK, 'run-')); // fresh copies, configs, server state: removed at the end
const outFile = process.env.OUT?.endsWith('.md') ? resolve(process.env.OUT) : undefined;
const outDir = outFile
  ? `${outFile.slice(0, -3)}-logs`
  : resolve(process.env.OUT ?? mkdtempSync(join(tmpdir(), 'scd-scale-')));
mkdirSync(join(outDir, 'logs'), { recursive: true });

// Tool environment: nothing from ~/.aws or an rclone.conf, no proxy for loopback, no CA bundle
// (rclone 1.60 fails with AWS_CA_BUNDLE set).
const emptyConfig = join(scratch, 'empty-config');
writeFileSync(emptyConfig, '');
const baseEnv = { ...process.env };
for (const name of Object.keys(baseEnv)) {
  if (/^(AWS_|RCLONE_|INPUT_|GITHUB_)/.test(name)) delete baseEnv[name];
}
Object.assign(baseEnv, {
  AWS_CONFIG_FILE: emptyConfig,
  AWS_SHARED_CREDENTIALS_FILE: emptyConfig,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_PAGER: '',
  AWS_REGION: REGION,
  AWS_DEFAULT_REGION: REGION,
  RCLONE_CONFIG: emptyConfig,
  NO_PROXY: '127.0.0.1,localhost',
  no_proxy: '127.0.0.1,localhost',
});

let server; // { pid, endpoint, stop() }
let current; // the child of a run in progress, killed (its process group) on SIGINT
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (current?.exitCode === null && current.signalCode === null) killGroup(current.pid, 'SIGKILL');
  server?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server and removing ${scratch}`);
    cleanup();
    process.exit(130);
  });
}

const runs = [];
const meta = {};

async function main() {
  meta.date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  meta.loadStart = loadavg();
  meta.machine = `nproc ${availableParallelism()}, ${cpus()[0]?.model.trim()}, ${Math.round(memGiB())} GiB`;
  meta.node = process.version;
  meta.rclone = capture('rclone', ['version']).split('\n')[0];
  meta.server =
    SERVER === 'moto'
      ? `moto ${capture('python3', ['-c', 'import moto; print(moto.__version__)']).trim() || '?'}`
      : `s3rver ${s3rverVersion()}`;
  meta.commit = capture('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo }).trim();
  console.error(
    `bench:scale ${meta.date}: ${meta.machine}; load ${meta.loadStart}; node ${meta.node}, ${meta.rclone}, ${meta.server}`,
  );
  console.error(`sizes ${SIZES.join(' ')}, ${REPS} rounds; entry ${ENTRY}; results in ${outFile ?? outDir}`);

  for (const n of SIZES) await benchSize(n);

  meta.loadEnd = loadavg();
  const table = report();
  if (outFile) writeFileSync(outFile, `${table}\n`);
  else writeFileSync(join(outDir, 'scale.md'), `${table}\n`);
  writeFileSync(
    join(outDir, 'runs.tsv'),
    `${['files', 'tool', 'rep', 'status', 'wall_s', 'user_s', 'sys_s', 'maxrss_kb', 'server_cpu_s', 'requests', 'rounds', 'note'].join('\t')}\n${runs
      .map((r) =>
        [
          r.n,
          r.tool,
          r.rep,
          r.status,
          r.wall,
          r.user,
          r.sys,
          r.rssKb,
          r.serverCpu,
          r.requests ?? '',
          r.rounds ?? '',
          r.note,
        ].join('\t'),
      )
      .join('\n')}\n`,
  );
  console.log(table);
  console.error(`results in ${outFile ?? outDir}`);
  if (runs.some((r) => r.status !== 'ok')) process.exitCode = 1;
}

async function benchSize(n) {
  const site = ensureSite(n);
  server = await startServer(n);
  try {
    const logs = join(outDir, 'logs');
    // 1. Our first deploy fills the prefix; its manifest makes the later runs no-ops for us.
    const seed = await timed({
      n,
      tool: 'ours',
      rep: 'seed',
      ...oursCommand(site, join(scratch, `seed-${n}.out`)),
      timeoutS: SEED_TIMEOUT_S,
      log: join(logs, `n${n}-ours-seed.log`),
    });
    if (seed.status === 'ok') checkOurs(seed, n, n);
    if (seed.status !== 'ok') {
      console.error(`seed failed (${seed.status}: ${seed.note}); skipping the no-op runs for ${n} files`);
      return;
    }
    // 2. rclone must see nothing to do in the same prefix, or the no-op comparison means nothing.
    const check = spawnSync('rclone', [...rcloneArgs(site), '--dry-run'], { env: rcloneEnv(), encoding: 'utf8' });
    writeFileSync(join(logs, `n${n}-rclone-dry-run.log`), `${check.stdout}${check.stderr}`);
    const would = rcloneChanges(check.stderr);
    if (check.status !== 0 || would.length > 0) {
      throw new Error(
        `rclone --dry-run after our seed: exit ${check.status}, ${would.length} change(s), e.g. ${would.slice(0, 3).join(' | ')}`,
      );
    }
    // 3. A fresh checkout: same bytes, every mtime now.
    const fresh = join(scratch, `fresh-${n}`);
    rmSync(fresh, { recursive: true, force: true });
    const cp = spawnSync('cp', ['-r', site, fresh], { stdio: 'inherit' });
    if (cp.status !== 0) throw new Error(`cp -r ${site} ${fresh} failed`);
    touchAll(fresh, new Date());
    // 4. Interleaved no-op rounds.
    for (let rep = 1; rep <= REPS; rep++) {
      const ours = await timed({
        n,
        tool: 'ours',
        rep,
        ...oursCommand(fresh, join(scratch, `out-${n}-${rep}`)),
        timeoutS: TIMEOUT_S,
        log: join(logs, `n${n}-ours-r${rep}.log`),
      });
      if (ours.status === 'ok') checkOurs(ours, 0, n);
      const rclone = await timed({
        n,
        tool: 'rclone',
        rep,
        cmd: 'rclone',
        args: [...rcloneArgs(fresh), '-v'],
        env: rcloneEnv(),
        timeoutS: TIMEOUT_S,
        log: join(logs, `n${n}-rclone-r${rep}.log`),
      });
      if (rclone.status === 'ok') checkRclone(rclone, n);
    }
    rmSync(fresh, { recursive: true, force: true });
  } finally {
    server.stop();
    server = undefined;
  }
}

// ---- the tools ---------------------------------------------------------------------------------

function oursCommand(dir, outputFile) {
  const summary = join(scratch, 'summary.md'); // @actions/core writes only to an existing file
  writeFileSync(outputFile, '');
  writeFileSync(summary, '');
  const env = {
    ...serverEnv(),
    'INPUT_SOURCE-DIR': dir,
    INPUT_BUCKET: BUCKET,
    INPUT_PREFIX: PREFIX,
    INPUT_DELETE: 'true',
    'INPUT_MAX-DELETES': '-1',
    INPUT_REGION: REGION,
    AWS_ENDPOINT_URL_S3: server.endpoint,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summary,
  };
  return { cmd: process.execPath, args: [ENTRY], env, outputFile };
}

/** Our outputs from the GITHUB_OUTPUT file (name<<delimiter / value / delimiter, as @actions/core writes them). */
function checkOurs(run, uploaded, files) {
  const text = readFileSync(run.outputFile, 'utf8');
  const outputs = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const got = {
    uploaded: Number(outputs.uploaded),
    deleted: Number(outputs.deleted),
    skipped: Number(outputs.skipped),
  };
  const want = { uploaded, deleted: 0, skipped: files - uploaded };
  const bad = Object.keys(want).filter((k) => got[k] !== want[k]);
  if (bad.length > 0) mark(run, 'wrong', bad.map((k) => `${k} ${got[k]} (want ${want[k]})`).join(', '));
}

function rcloneArgs(dir) {
  const excludes = MANIFESTS.flatMap((name) => ['--exclude', `/${name}`]);
  return ['sync', dir, `bench:${BUCKET}/${PREFIX}`, '--checksum', ...excludes];
}

function rcloneEnv() {
  return {
    ...serverEnv(),
    RCLONE_CONFIG_BENCH_TYPE: 's3',
    RCLONE_CONFIG_BENCH_PROVIDER: 'Other',
    RCLONE_CONFIG_BENCH_ENDPOINT: server.endpoint,
    RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: server.key,
    RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: server.key,
    RCLONE_CONFIG_BENCH_REGION: REGION,
    RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE: 'true',
  };
}

/** Lines of an rclone log that copy, update or delete something (or would, with --dry-run). */
function rcloneChanges(log) {
  return log.split('\n').filter((line) => /: (Copied|Updated|Deleted|Moved)\b|Skipped \w+ as --dry-run/.test(line));
}

function checkRclone(run, files) {
  const log = readFileSync(run.log, 'utf8');
  const changes = rcloneChanges(log);
  // rclone prints its stats every minute: the last line is the final count.
  const checks = [...log.matchAll(/Checks:\s+(\d+) \/ (\d+)/g)].at(-1);
  if (changes.length > 0) mark(run, 'wrong', `${changes.length} change(s): ${changes[0]}`);
  else if (checks && Number(checks[1]) !== files) mark(run, 'wrong', `checked ${checks[1]} of ${files} files`);
}

function mark(run, status, note) {
  run.status = status;
  run.note = note;
  console.error(`  ${run.tool} ${run.rep}: ${status.toUpperCase()}: ${note}`);
}

// ---- timing ------------------------------------------------------------------------------------

/** Runs cmd under /usr/bin/time in its own process group (killed whole on timeout); records the run. */
async function timed({ n, tool, rep, cmd, args, env, timeoutS, log, outputFile }) {
  await sleep(SETTLE_MS);
  const timeFile = join(scratch, 'time.out');
  rmSync(timeFile, { force: true });
  const requests0 = await serverRequests();
  const logStart = server.log === undefined ? 0 : fileSize(server.log);
  const cpu0 = serverCpu();
  const fd = openSync(log, 'w');
  writeFileSync(fd, `+ ${[cmd, ...args].join(' ')}\n`);
  const child = spawn(TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args], {
    env,
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  current = child;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid, 'SIGKILL');
  }, timeoutS * 1000);
  const code = await new Promise((done) => child.on('close', (status) => done(status)));
  clearTimeout(timer);
  current = undefined;
  closeSync(fd);
  const [wall, user, sys, rssKb] = existsSync(timeFile)
    ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number)
    : [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
  await sleep(300); // the server logs a request after answering it
  const requests1 = await serverRequests();
  const rounds = server.log === undefined ? undefined : roundsOf(server.log, logStart);
  const run = {
    n,
    tool,
    rep,
    status: 'ok',
    note: '',
    wall: timedOut ? timeoutS : wall,
    user,
    sys,
    rssKb,
    serverCpu: round2(serverCpu() - cpu0),
    requests: requests1 === undefined || requests0 === undefined ? undefined : requests1 - requests0,
    rounds,
    log,
    outputFile,
  };
  runs.push(run);
  if (timedOut) mark(run, 'timeout', `killed after ${timeoutS} s`);
  else if (code !== 0) mark(run, 'failed', `exit ${code}; see ${log}`);
  console.error(
    `  ${String(n).padStart(6)} ${tool.padEnd(6)} ${String(rep).padEnd(4)} wall ${run.wall}s cpu ${round2(user + sys)}s rss ${Math.round(rssKb / 1024)}MB server cpu ${run.serverCpu}s${run.requests === undefined ? '' : ` requests ${run.requests}`} ${run.status}`,
  );
  return run;
}

// ---- the server --------------------------------------------------------------------------------

async function startServer(n) {
  const port = Number(process.env.PORT ?? (await freePort()));
  const endpoint = `http://127.0.0.1:${port}`;
  if (SERVER === 's3rver') {
    const state = join(scratch, `s3state-${n}`);
    const start = join(harness(), 'start-s3.sh');
    const stop = join(harness(), 'stop-s3.sh');
    const log = join(outDir, 'logs', `n${n}-s3rver-requests.log`);
    const extra = [process.env.S3_EXTRA_ARGS ?? '', `--log ${log}`, LATENCY_MS ? `--latency-ms ${LATENCY_MS}` : ''];
    const env = { ...baseEnv, S3_STATE: state, S3_EXTRA_ARGS: extra.filter(Boolean).join(' ') };
    const started = spawnSync(start, [String(port), BUCKET], { env, encoding: 'utf8' });
    const pid = Number(/S3_PID=(\d+)/.exec(started.stdout ?? '')?.[1]);
    const stop_ = () => spawnSync(stop, [], { env, stdio: 'ignore' });
    if (started.status !== 0 || !pid) {
      stop_();
      throw new Error(`start-s3.sh failed: ${started.stderr}`);
    }
    const requests = async () => (await (await fetch(`${endpoint}/__bench/stats`)).json()).requests;
    return { pid, endpoint, key: 'S3RVER', requests, stop: stop_, log };
  }
  const logFile = join(outDir, 'logs', `n${n}-moto.log`);
  const log = openSync(logFile, 'w');
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: baseEnv,
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child.pid, 'SIGTERM');
    const until = Date.now() + 5000;
    while (Date.now() < until && alive(child.pid)) spawnSync('sleep', ['0.1']);
    if (alive(child.pid)) killGroup(child.pid, 'SIGKILL');
  };
  const s = { pid: child.pid, endpoint, key: 'test', requests: accessLogCounter(logFile), stop };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`moto_server exited (${child.exitCode}); see ${outDir}/logs`);
    try {
      await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (i > 300) {
        stop();
        throw new Error(`moto_server did not answer on ${endpoint}`);
      }
      await sleep(100);
    }
  }
  server = s;
  const aws = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : 'aws';
  const made = spawnSync(aws, ['--endpoint-url', endpoint, 's3api', 'create-bucket', '--bucket', BUCKET], {
    env: serverEnv(),
    encoding: 'utf8',
  });
  if (made.status !== 0) {
    stop();
    throw new Error(`create-bucket failed: ${made.stderr}`);
  }
  return s;
}

function serverEnv() {
  return { ...baseEnv, AWS_ACCESS_KEY_ID: server.key, AWS_SECRET_ACCESS_KEY: server.key };
}

/** The server's CPU seconds so far (user + system), from /proc. */
function serverCpu() {
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return Number.NaN;
  }
}

/** Requests the server has answered so far: s3server.js counts them (its reset is not used), moto logs each one. */
async function serverRequests() {
  try {
    return await server.requests();
  } catch {
    return undefined;
  }
}

/** Counts the requests in moto's access log (werkzeug: one `"GET /path HTTP/1.1" 200 -` line each), reading on from where it stopped. */
function accessLogCounter(file) {
  let offset = 0;
  let count = 0;
  return async () => {
    const fd = openSync(file, 'r');
    try {
      const chunk = Buffer.alloc(1 << 20);
      for (;;) {
        const read = readSync(fd, chunk, 0, chunk.length, offset);
        const end = chunk.subarray(0, read).lastIndexOf(10) + 1; // whole lines only
        if (end === 0) break;
        count +=
          chunk
            .subarray(0, end)
            .toString('latin1')
            .match(/ HTTP\/1\.1" \d{3} /g)?.length ?? 0;
        offset += end;
      }
    } finally {
      closeSync(fd);
    }
    return count;
  };
}

function fileSize(file) {
  return existsSync(file) ? readFileSync(file).length : 0;
}

/** The rounds of the requests logged since offset (the server's log; one run at a time, so one bucket). */
function roundsOf(file, offset) {
  const text = existsSync(file) ? readFileSync(file).subarray(offset).toString('utf8') : '';
  const chains = [...roundsByBucket(text).values()].map((bucket) => bucket.rounds);
  return chains.length === 0 ? 0 : Math.max(...chains);
}

/** --latency-ms [N] or LATENCY_MS=N: N (25 when the flag has no number), or 0. */
function latencyArg(args, fromEnv) {
  const at = args.indexOf('--latency-ms');
  const given = at >= 0 ? (/^\d+$/.test(args[at + 1] ?? '') ? args[at + 1] : '25') : fromEnv;
  if (given === undefined || given === '') return 0;
  const ms = Number(given);
  if (!Number.isInteger(ms) || ms < 0) fail(`--latency-ms / LATENCY_MS must be a whole number of ms, not ${given}`);
  return ms;
}

function harness() {
  const candidates = process.env.BENCH_DIR ? [process.env.BENCH_DIR] : ['../shared/bench', '../../shared/bench'];
  const dir = candidates.map((d) => resolve(repo, d)).find((d) => existsSync(join(d, 'start-s3.sh')));
  if (dir === undefined) throw new Error(`no start-s3.sh in ${candidates.join(' or ')}; set BENCH_DIR`);
  return dir;
}

function s3rverVersion() {
  const file = join(process.env.BENCH_DEPS ?? '/tmp/bench-deps', 'node_modules/s3rver/package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '(installed by start-s3.sh)';
}

// ---- the site ----------------------------------------------------------------------------------

const EXTENSIONS = ['html', 'css', 'js', 'json', 'svg', 'txt'];
const WORDS =
  'the of and to in is for on that with as by at from deploy bucket static site page build cache key object prefix content hash list sync region asset chunk module style script image font index route layout header footer main section article nav button link data value state render server client edge origin stale fresh commit branch release preview manifest'.split(
    ' ',
  );

/** Mulberry32: a small seeded PRNG, the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wrap(ext, rel) {
  switch (ext) {
    case 'html':
      return [`<!doctype html>\n<title>${rel}</title>\n<p>`, '</p>\n'];
    case 'css':
      return [`/* ${rel} */\n.x::after { content: "`, '"; }\n'];
    case 'js':
      return [`// ${rel}\nexport const text = "`, '";\n'];
    case 'json':
      return [`{"path": "${rel}", "text": "`, '"}\n'];
    case 'svg':
      return [`<svg xmlns="http://www.w3.org/2000/svg"><!-- ${rel} --><text>`, '</text></svg>\n'];
    default:
      return [`${rel}\n`, '\n'];
  }
}

/** The cached site of n files (generated once; the .done marker is written last). */
function ensureSite(n) {
  const site = join(WORK, `site-v${GENERATOR_VERSION}-n${n}-s${SEED}`);
  const done = `${site}.done`;
  if (existsSync(done) && existsSync(site)) {
    console.error(`site of ${n} files: cached in ${site}`);
    return site;
  }
  const started = Date.now();
  rmSync(site, { recursive: true, force: true });
  const random = prng(SEED);
  const pool = [];
  for (let length = 0; length < 1 << 20; ) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    pool.push(word);
    length += word.length + 1;
  }
  const text = pool.join(' ');
  let bytes = 0;
  let dir = '';
  for (let i = 0; i < n; i++) {
    const leaf = Math.floor(i / 100);
    const d = `d${pad(Math.floor(leaf / 100), 3)}/d${pad(leaf % 100, 3)}`;
    if (d !== dir) {
      dir = d;
      mkdirSync(join(site, dir), { recursive: true });
    }
    const ext = EXTENSIONS[Math.floor(random() * EXTENSIONS.length)];
    const rel = `${dir}/f${pad(i % 100, 2)}.${ext}`;
    const size = 512 + Math.floor(random() * (8192 - 512 + 1));
    const [head, tail] = wrap(ext, rel);
    const bodyLength = size - head.length - tail.length;
    const offset = Math.floor(random() * (text.length - bodyLength));
    writeFileSync(join(site, rel), head + text.slice(offset, offset + bodyLength) + tail);
    bytes += size;
  }
  writeFileSync(done, `${JSON.stringify({ files: n, bytes, seed: SEED, version: GENERATOR_VERSION })}\n`);
  console.error(
    `site of ${n} files, ${(bytes / 1e6).toFixed(1)} MB: generated in ${Date.now() - started} ms in ${site}`,
  );
  return site;
}

function touchAll(dir, when) {
  for (const entry of readdirSync(dir, { recursive: true })) utimesSync(join(dir, entry), when, when);
  utimesSync(dir, when, when);
}

// ---- the report --------------------------------------------------------------------------------

function report() {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const cpu = (r) => r.user + r.sys;
  const rows = [
    '| files | tool | wall s (median, min–max) | CPU s | peak RSS MB | ours/rclone wall | ours/rclone CPU | server CPU s | requests | rounds |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const notes = [];
  for (const n of SIZES) {
    const of = (tool, rep) =>
      runs.filter((r) => r.n === n && r.tool === tool && (rep === 'seed') === (r.rep === 'seed'));
    const stats = (list) => {
      const ok = list.filter((r) => r.status === 'ok');
      if (ok.length === 0) return undefined;
      const walls = ok.map((r) => r.wall);
      return {
        wall: median(walls),
        min: Math.min(...walls),
        max: Math.max(...walls),
        cpu: median(ok.map(cpu)),
        rss: median(ok.map((r) => r.rssKb)) / 1024,
        server: median(ok.map((r) => r.serverCpu)),
        requests: ok[0].requests === undefined ? '-' : String(median(ok.map((r) => r.requests))),
        rounds: ok[0].rounds === undefined ? '-' : String(median(ok.map((r) => r.rounds))),
        ok: ok.length,
        all: list.length,
      };
    };
    const label = n.toLocaleString('en-US');
    const line = (name, s, ratios = ['-', '-']) => {
      const count = s.ok < s.all ? ` (${s.ok} of ${s.all} runs)` : '';
      const range = s.all > 1 ? ` (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '';
      rows.push(
        `| ${label} | ${name}${count} | ${s.wall.toFixed(2)}${range} | ${s.cpu.toFixed(2)} | ${s.rss.toFixed(0)} | ${ratios[0]} | ${ratios[1]} | ${s.server.toFixed(2)} | ${s.requests} | ${s.rounds} |`,
      );
    };
    const seed = stats(of('ours', 'seed'));
    const ours = stats(of('ours'));
    const rclone = stats(of('rclone'));
    if (seed) line('ours, seed (first deploy, uploads all)', seed);
    else rows.push(`| ${label} | ours, seed | failed | | | | | | | |`);
    const ratio = (a, b) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);
    if (ours) line('ours, no-op', ours, [ratio(ours.wall, rclone?.wall), ratio(ours.cpu, rclone?.cpu)]);
    if (rclone) line('rclone sync --checksum, no-op', rclone);
    for (const r of runs.filter((r) => r.n === n && r.status !== 'ok'))
      notes.push(`- ${label} ${r.tool} ${r.rep}: ${r.status}: ${r.note}`);
  }
  return [
    `## No-op redeploy at scale (${meta.date}, commit ${meta.commit})`,
    '',
    `Machine: ${meta.machine}; load average ${meta.loadStart} at the start, ${meta.loadEnd} at the end.`,
    `Node ${meta.node}, ${meta.rclone}, server ${meta.server} on 127.0.0.1 (a fresh one per size)${LATENCY_MS ? `, each request held ${LATENCY_MS} ms before the server sees it` : ''}.`,
    `Ours: \`node ${ENTRY.startsWith(repo) ? ENTRY.slice(repo.length + 1) : ENTRY}\` with INPUT_* (delete true, max-deletes -1, concurrency default);`,
    `rclone: \`rclone sync DIR bench:${BUCKET}/${PREFIX} --checksum ${MANIFESTS.map((m) => `--exclude /${m}`).join(' ')} -v\`.`,
    `Site: 512 B–8 KiB files, 100 per directory, two levels; no-op runs on a fresh copy with every mtime = now;`,
    `${REPS} interleaved round(s) per size; wall, CPU (user+sys) and peak RSS from /usr/bin/time; server CPU from /proc.`,
    '',
    ...rows,
    ...(notes.length > 0 ? ['', 'Runs left out of the medians:', ...notes] : []),
  ].join('\n');
}

// ---- small helpers -----------------------------------------------------------------------------

function pad(value, width) {
  return String(value).padStart(width, '0');
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

function sleep(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

function loadavg() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function memGiB() {
  return Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 2 ** 20;
}

let ticks;
function clockTicks() {
  ticks ??= Number(capture('getconf', ['CLK_TCK']).trim()) || 100;
  return ticks;
}

function capture(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: baseEnv, ...options });
  return result.status === 0 ? result.stdout : '';
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/** Running, not a zombie (the event loop does not reap children while a sync wait blocks it). */
function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((done, failed) => {
    const probe = createServer();
    probe.on('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Signals the process group led by pid: a child spawned detached, with whatever it started. */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function fail(message) {
  console.error(`bench:scale: ${message}`);
  process.exit(2);
}

// Last, so that every module-level constant above is initialised first.
try {
  await main();
} finally {
  cleanup();
}
