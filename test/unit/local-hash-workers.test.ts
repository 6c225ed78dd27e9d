import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHasher, HashFailure, WORKER_THRESHOLD } from '../../src/local/hasher.js';

let dir: string;
const contents = new Map<string, Buffer>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scd-hash-workers-'));
  // Enough files for the worker path, sizes from empty to past the read buffer (4 MiB).
  for (let i = 0; i < 300; i++) contents.set(`f${String(i).padStart(3, '0')}.bin`, randomBytes(i * 37));
  contents.set('big.bin', randomBytes(6 * 1024 * 1024 + 3));
  for (const [name, body] of contents) await writeFile(join(dir, name), body);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const digest = (algorithm: string, body: Buffer) => createHash(algorithm).update(body).digest('hex');
const paths = () => [...contents.keys()].map((name) => join(dir, name));

describe.each([
  ['one worker', 1],
  ['three workers', 3],
])('%s', (_name, threads) => {
  test('files added as found get their SHA-256 in order; MD5 on request, from the same workers', async () => {
    expect(contents.size).toBeGreaterThan(WORKER_THRESHOLD);
    const hasher = createHasher(threads);
    try {
      for (const path of paths()) hasher.add(path);
      const sha = await hasher.finish();
      const md5 = await hasher.md5(paths().reverse());
      const bodies = [...contents.values()];
      expect(sha).toEqual(bodies.map((body) => ({ hex: digest('sha256', body), size: body.length })));
      expect(md5).toEqual([...bodies].reverse().map((body) => ({ hex: digest('md5', body), size: body.length })));
    } finally {
      hasher.close();
    }
  });

  test('after alsoMd5, files not yet sent to a worker get their MD5 in the same read', async () => {
    const hasher = createHasher(threads);
    try {
      const list = paths();
      for (const path of list.slice(0, 200)) hasher.add(path); // the workers start with these
      hasher.alsoMd5();
      for (const path of list.slice(200)) hasher.add(path);
      const digests = await hasher.finish();
      const bodies = [...contents.values()];
      digests.forEach((d, i) => {
        expect(d.hex).toBe(digest('sha256', bodies[i]!));
        if (d.md5 !== undefined) expect(d.md5).toBe(digest('md5', bodies[i]!));
      });
      expect(digests.slice(200).every((d) => d.md5 !== undefined)).toBe(true);
    } finally {
      hasher.close();
    }
  });

  test('an unreadable file is the failure, named by its path, the earliest one if several', async () => {
    const hasher = createHasher(threads);
    try {
      const list = paths();
      list.splice(250, 0, join(dir, 'missing-2.bin'));
      list.splice(123, 0, join(dir, 'missing-1.bin'));
      for (const path of list) hasher.add(path);
      const failure = await hasher.finish().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HashFailure);
      expect(failure).toMatchObject({ path: join(dir, 'missing-1.bin'), message: expect.stringContaining('ENOENT') });
    } finally {
      hasher.close();
    }
  });
});

test('a few files are hashed in-process, with the same results', async () => {
  const hasher = createHasher(1);
  const few = paths().slice(0, 10);
  for (const path of few) hasher.add(path);
  const bodies = [...contents.values()].slice(0, 10);
  expect(await hasher.finish()).toEqual(bodies.map((body) => ({ hex: digest('sha256', body), size: body.length })));
  expect(await hasher.md5(few)).toEqual(bodies.map((body) => ({ hex: digest('md5', body), size: body.length })));
  await expect(hasher.md5([join(dir, 'nope')])).rejects.toThrow('ENOENT');
  hasher.close();
});

test('the main thread hashes a few milliseconds at a time: other callbacks run before it is done', async () => {
  const big = join(dir, 'big-20m.bin');
  const body = randomBytes(20 * 1024 * 1024);
  await writeFile(big, body);
  const hasher = createHasher(0);
  try {
    for (const path of paths()) hasher.add(path);
    hasher.add(big);
    let turns = 0;
    let done = false;
    const tick = (): void => {
      if (done) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const digests = await hasher.finish();
    done = true;
    expect(digests.at(-1)).toEqual({ hex: digest('sha256', body), size: body.length });
    // Hashing 20 MiB and 300 files in one go would leave the event loop no turn until the end.
    expect(turns).toBeGreaterThan(2);
  } finally {
    hasher.close();
    await rm(big);
  }
});
