#!/usr/bin/env node
/**
 * npm run bench: the side-by-side benchmark (../shared/bench/run.sh) with this action as a column,
 * run through scripts/bench-ours.sh on dist/index.js (build first), then its tables, plus our time
 * as a ratio of rclone's, written into docs/benchmark.md between the bench markers.
 *
 * Environment, passed on to run.sh: N, REPS, SCENARIOS, TOOLS (default "rclone-checksum aws"),
 * PORT, WORK, OUT, S3_EXTRA_ARGS; BENCH_DIR for another copy of the harness. NO_DOC=1 leaves the doc alone.
 * TOOLS with `floor` adds scripts/bench-floor.sh, a lower bound for b, c and d, and its ratio to rclone's.
 *
 * Round-trip mode: `npm run bench -- --latency-ms [N]` (or LATENCY_MS=N; 25 when N is not given)
 * makes the server wait N ms before it sees each request, as a runner talking to real S3 would.
 * Its tables go into their own markers (bench-rtt), beside the loopback run's. Both modes log every
 * request on the server and report, per tool and scenario, the requests and the longest chain of
 * sequential round trips (scripts/bench-rounds.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundsByBucket } from './bench-rounds.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Beside the repository; a git worktree one level further down finds it one level up.
const candidates = process.env.BENCH_DIR ? [process.env.BENCH_DIR] : ['../shared/bench', '../../shared/bench'];
const benchDir = candidates.map((dir) => resolve(repo, dir)).find((dir) => existsSync(join(dir, 'run.sh')));
if (benchDir === undefined)
  throw new Error(`no benchmark harness (run.sh) in ${candidates.join(' or ')}; set BENCH_DIR`);
const runSh = join(benchDir, 'run.sh');
if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('dist/index.js is missing: npm run build first');

const latencyMs = latencyArg(process.argv.slice(2), process.env.LATENCY_MS);
const out = process.env.OUT ?? mkdtempSync(join(tmpdir(), 'scd-bench-'));
const serverLog = join(out, 's3-requests.log');
const serverArgs = [
  process.env.S3_EXTRA_ARGS ?? '',
  `--log ${serverLog}`,
  latencyMs ? `--latency-ms ${latencyMs}` : '',
];
const env = {
  ...process.env,
  OUT: out,
  S3_EXTRA_ARGS: serverArgs.filter(Boolean).join(' '),
  TOOLS: process.env.TOOLS ?? 'rclone-checksum aws',
  OURS_CMD: `${join(repo, 'scripts/bench-ours.sh')} {dir} {bucket} {prefix} {endpoint} {region}`,
  TOOL_CMD_floor: `${join(repo, 'scripts/bench-floor.sh')} {dir} {bucket} {prefix} {endpoint} {region}`,
};
const run = spawnSync(runSh, [], { env, stdio: 'inherit' });
if (run.status !== 0) throw new Error(`run.sh failed (exit ${run.status}); partial results in ${out}`);

const tables = readFileSync(join(out, 'tables.md'), 'utf8').trim();
const meta = Object.fromEntries(
  readFileSync(join(out, 'meta.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)]),
);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();

const marker = latencyMs ? 'bench-rtt' : 'bench';
const runs = withRounds(readRuns(join(out, 'runs.tsv')), roundsByBucket(readFileSync(serverLog, 'utf8')));
const section = [
  `<!-- ${marker}:begin (written by npm run bench${latencyMs ? ' -- --latency-ms' : ''}) -->`,
  latencyMs
    ? `## Latest round-trip run (${latencyMs} ms before the server sees each request): ${meta.date_utc}, commit ${commit}`
    : `## Latest run: ${meta.date_utc}, commit ${commit}`,
  '',
  `Machine: ${meta.machine}; load average ${meta.loadavg_start} at the start, ${meta.loadavg_end} at the end.`,
  `Node ${meta.node}, s3rver ${meta.s3rver}, ${meta.rclone}, ${meta.aws}.`,
  '',
  ratioTable(runs),
  '',
  'Rounds: the longest chain of requests each sent after the one before it was answered, from the',
  `server's request log (medians over reps); ${latencyMs ? `each costs at least ${latencyMs} ms here` : 'with a real round trip each would cost one'}.`,
  '',
  tables,
  `<!-- ${marker}:end -->`,
].join('\n');

if (process.env.NO_DOC === '1') {
  console.log(section);
} else {
  const docPath = join(repo, 'docs/benchmark.md');
  const doc = readFileSync(docPath, 'utf8');
  const marked = new RegExp(`<!-- ${marker}:begin[\\s\\S]*?<!-- ${marker}:end -->`);
  writeFileSync(docPath, marked.test(doc) ? doc.replace(marked, () => section) : `${doc.trimEnd()}\n\n${section}\n`);
  console.log(`docs/benchmark.md updated from ${out}`);
}

/** --latency-ms [N] or LATENCY_MS=N: the round-trip mode's N (25 when the flag has no number), or 0. */
function latencyArg(args, fromEnv) {
  const at = args.indexOf('--latency-ms');
  const given = at >= 0 ? (/^\d+$/.test(args[at + 1] ?? '') ? args[at + 1] : '25') : fromEnv;
  if (given === undefined || given === '') return 0;
  const ms = Number(given);
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`--latency-ms / LATENCY_MS must be a whole number of ms, not ${given}`);
  return ms;
}

/** Each run's requests and rounds from the server's log: run.sh gives every run its own bucket, b-<tool>-<scenario>-r<rep>. */
function withRounds(runs, byBucket) {
  return runs.map((r) => {
    const seen = byBucket.get(`b-${r.tool}-${r.scenario}-r${r.rep}`.toLowerCase().replaceAll('_', '-'));
    return { ...r, logged: seen?.requests ?? Number.NaN, rounds: seen?.rounds ?? Number.NaN };
  });
}

function readRuns(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = head.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, i) => [names[i], value])));
}

/** Our median wall and CPU over rclone --checksum's, per scenario: the figures issue 9 sets goals for. */
function ratioTable(runs) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const of = (tool, scenario, pick) => {
    const values = runs.filter((r) => r.tool === tool && r.scenario === scenario).map(pick);
    return values.length === 0 ? undefined : median(values);
  };
  const wall = (r) => Number(r.wall_s);
  const cpu = (r) => Number(r.user_s) + Number(r.sys_s);
  const rss = (r) => Number(r.maxrss_kb) / 1024;
  // The floor column (scripts/bench-floor.sh), when it ran: the least any content-comparing tool needs here.
  const withFloor = runs.some((r) => r.tool === 'floor');
  const rows = [
    `| scenario | ours wall s | rclone wall s | ours / rclone wall | ours / rclone CPU | ours peak RSS MiB | requests, ours / rclone | rounds, ours / rclone |${withFloor ? ' floor / rclone wall |' : ''}`,
    `|---|---|---|---|---|---|---|---|${withFloor ? '---|' : ''}`,
  ];
  for (const scenario of ['a', 'b', 'c', 'd']) {
    const ours = of('ours', scenario, wall);
    const theirs = of('rclone-checksum', scenario, wall);
    if (ours === undefined) continue;
    const ratio = (pick, tool = 'ours') => {
      const a = of(tool, scenario, pick);
      const b = of('rclone-checksum', scenario, pick);
      return a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`;
    };
    const both = (pick) => ['ours', 'rclone-checksum'].map((tool) => of(tool, scenario, pick) ?? '-').join(' / ');
    rows.push(
      `| ${scenario} | ${ours.toFixed(2)} | ${theirs?.toFixed(2) ?? '-'} | ${ratio(wall)} | ${ratio(cpu)} | ${of('ours', scenario, rss).toFixed(0)} | ${both((r) => r.logged)} | ${both((r) => r.rounds)} |${withFloor ? ` ${scenario === 'a' ? '(ours)' : ratio(wall, 'floor')} |` : ''}`,
    );
  }
  return rows.join('\n');
}
