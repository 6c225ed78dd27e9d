import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashOnWorkers } from '../../src/local/hash-workers.js';
import { scanSource } from '../../src/local/scan.js';

let dir: string;
const contents = new Map<string, Buffer>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scd-hash-workers-'));
  // Enough files for the worker path, sizes from empty to past the whole-read limit (4 MiB).
  for (let i = 0; i < 300; i++) contents.set(`f${String(i).padStart(3, '0')}.bin`, randomBytes(i * 37));
  contents.set('big.bin', randomBytes(6 * 1024 * 1024 + 3));
  for (const [name, body] of contents) await writeFile(join(dir, name), body);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const md5 = (body: Buffer) => createHash('md5').update(body).digest('hex');

test('a large site is hashed on worker threads, each digest right and in order', async () => {
  const files = await scanSource(dir, { include: ['**'], exclude: [] });
  expect(files).toHaveLength(contents.size);
  for (const file of files) {
    const body = contents.get(file.rel)!;
    expect({ rel: file.rel, md5: file.md5, size: file.size }).toEqual({ rel: file.rel, md5: md5(body), size: body.length });
  }
});

test('an unreadable file is reported by its index', async () => {
  const paths = [...contents.keys()].map((name) => join(dir, name));
  paths.splice(123, 0, join(dir, 'missing.bin'));
  const result = await hashOnWorkers(paths);
  expect(Array.isArray(result)).toBe(false);
  expect(result).toMatchObject({ index: 123, message: expect.stringContaining('ENOENT') });
});
