#!/usr/bin/env node
/**
 * The floor of a content-comparing sync on the bench, as a tool of its own (the `floor` column of
 * `npm run bench`, through scripts/bench-floor.sh): from exec, it lists the prefix page after page
 * (each page names the next) while it reads and SHA-256s every local file with one reused 128 KiB
 * buffer, in 5 ms slices between network events, as our deploy does. Nothing else: no signing (the
 * bench's s3rver takes unsigned requests), no parsing past the next token, no manifest, no plan, no
 * write. So its time is a lower bound for b (a no-op does at least this), and for c and d before
 * their writes; its c and d buckets fail the harness's check, as they must.
 *
 *   node scripts/bench-floor.mjs DIR BUCKET PREFIX ENDPOINT
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

const [dir, bucket, prefix, endpoint] = process.argv.slice(2);
if (endpoint === undefined) throw new Error('usage: bench-floor.mjs DIR BUCKET PREFIX ENDPOINT');
const agent = new http.Agent({ keepAlive: true });

function get(path) {
  return new Promise((resolve, reject) => {
    http
      .get(`${endpoint}${path}`, { agent }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks).toString('latin1'))
            : reject(new Error(`GET ${path}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function listAll() {
  const base = `/${bucket}?list-type=2&prefix=${encodeURIComponent(`${prefix}/`)}`;
  let keys = 0;
  let token;
  do {
    const page = await get(token === undefined ? base : `${base}&continuation-token=${encodeURIComponent(token)}`);
    keys += page.split('<Key>').length - 1;
    token = /<NextContinuationToken>([^<]*)</.exec(page)?.[1];
  } while (token !== undefined);
  return keys;
}

function walk(folder, into) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else into.push(path);
  }
  return into;
}

async function hashAll() {
  const files = walk(dir, []);
  const buffer = Buffer.allocUnsafe(128 * 1024);
  let done = 0;
  while (done < files.length) {
    const sliceEnd = performance.now() + 5;
    while (done < files.length && performance.now() < sliceEnd) {
      const fd = openSync(files[done], 'r');
      const size = fstatSync(fd).size;
      const hash = createHash('sha256');
      for (let at = 0; at < size; ) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
        if (n === 0) break;
        hash.update(buffer.subarray(0, n));
        at += n;
      }
      closeSync(fd);
      hash.digest();
      done++;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}

const [keys, files] = await Promise.all([listAll(), hashAll()]);
agent.destroy();
console.error(`floor: listed ${keys} keys and hashed ${files} files; wrote nothing`);
