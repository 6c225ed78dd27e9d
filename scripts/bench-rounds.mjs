#!/usr/bin/env node
/**
 * Requests and round trips of each run, from the request log of the harness's server
 * (`s3server.js --log FILE`: one line per answered request, `<end ISO time> <op> <method> <url>
 * <status> <bytes> <ms since it arrived>`). Every run writes into buckets of its own, so the
 * first path segment (path-style URLs) names the run.
 *
 * rounds: the longest chain of requests each of which arrived after the one before it was
 * answered, the round trips that stood one after the other. With --latency-ms N on the server
 * every request costs at least N ms, so rounds x N is the wall time no overlap can remove.
 *
 *   node scripts/bench-rounds.mjs s3.log      # a table of bucket, requests, rounds
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The log stamps the end to the millisecond (floored): a request arriving within this of another's end comes after it. */
const SLACK_MS = 1;

/** Per bucket: { requests, rounds, ops: { op: count } }. */
export function roundsByBucket(logText) {
  const byBucket = new Map();
  for (const line of logText.split('\n')) {
    const [iso, op, , url, , , ms] = line.split(' ');
    if (ms === undefined) continue;
    const end = Date.parse(iso);
    const bucket = decodeURIComponent(url.split('?')[0].split('/')[1] ?? '');
    const entry = byBucket.get(bucket) ?? { intervals: [], ops: {} };
    byBucket.set(bucket, entry);
    entry.intervals.push([end - Number(ms), end]);
    entry.ops[op] = (entry.ops[op] ?? 0) + 1;
  }
  const result = new Map();
  for (const [bucket, { intervals, ops }] of byBucket) {
    result.set(bucket, { requests: intervals.length, rounds: longestChain(intervals), ops });
  }
  return result;
}

/**
 * The longest chain of [start, end] intervals each starting after the previous one ended. In time
 * order, an end raises the best chain finished so far; a start extends it by one. At equal times
 * (within the slack) ends go first.
 */
export function longestChain(intervals) {
  const events = [];
  intervals.forEach(([start, end], i) => {
    events.push([start + SLACK_MS, 1, i], [end, 0, i]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const chain = new Array(intervals.length).fill(0);
  let best = 0;
  let longest = 0;
  for (const [, kind, i] of events) {
    if (kind === 1) {
      chain[i] = best + 1;
      longest = Math.max(longest, chain[i]);
    } else best = Math.max(best, chain[i]);
  }
  return longest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: bench-rounds.mjs <s3server log>');
  console.log('| bucket | requests | rounds | operations |\n|---|---|---|---|');
  for (const [bucket, r] of roundsByBucket(readFileSync(file, 'utf8'))) {
    const ops = Object.entries(r.ops)
      .map(([op, n]) => `${op} ${n}`)
      .join(', ');
    console.log(`| ${bucket} | ${r.requests} | ${r.rounds} | ${ops} |`);
  }
}
