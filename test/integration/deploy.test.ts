/**
 * deploy() itself, against an in-memory store (held to the S3 store's contract elsewhere) and the
 * real local source on a temporary copy of the example site: the invariants that matter most,
 * asserted on the store's final state, its write order, and the one summary value.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestKey } from '../../src/core/manifest.js';
import { type DeployOptions, deploy } from '../../src/flows/deploy.js';
import { createLocalSource } from '../../src/local/scan.js';
import { type Clock, type Log, silentLog } from '../../src/ports.js';
import { deployOptions, ledgerFor } from '../support/deploy-options.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, removeSites } from '../support/site.js';

const ASSETS = ['www/.well-known/security.txt', 'www/assets/app.css', 'www/assets/app.js', 'www/img/logo.svg'];
const PAGES = [
  'www/404.html',
  'www/café/menü.html',
  'www/docs/getting started.html',
  'www/docs/index.html',
  'www/index.html',
];
const clock: Clock = { now: () => 0, sleep: async () => undefined };

let lines: string[];
const log: Log = { ...silentLog, info: (line) => lines.push(line), warning: (line) => lines.push(`warning: ${line}`) };

const run = (store: MemoryStore, sourceDir: string, overrides: Partial<DeployOptions> = {}) => {
  const options = deployOptions(sourceDir, overrides);
  return deploy(options, { store, source: createLocalSource(), clock, log, owed: ledgerFor(store, options) });
};

const siteKeys = (store: MemoryStore) => [...store.objects.keys()].filter((key) => key !== manifestKey('www/')).sort();

beforeEach(() => {
  lines = [];
});
afterAll(removeSites);

test('a first deploy uploads every file, all assets before any page, and reports one summary', async () => {
  const store = new MemoryStore();
  const result = await run(store, await copySite());

  expect(siteKeys(store)).toEqual([...ASSETS, ...PAGES].sort());
  const puts = store.writes.filter((w) => w.op === 'put' && w.key !== manifestKey('www/')).map((w) => w.key);
  const firstPage = puts.findIndex((key) => key.endsWith('.html'));
  expect(puts.slice(0, firstPage).sort()).toEqual(ASSETS);
  expect(puts.slice(firstPage).sort()).toEqual(PAGES);
  expect(store.writes.at(-1)).toEqual({ op: 'put', key: manifestKey('www/') });

  expect(result.summary).toEqual({
    dryRun: false,
    flow: 'deploy',
    target: 's3://site/www/',
    localCount: 9,
    remoteCount: 0,
    uploaded: 9,
    skipped: 0,
    deleted: 0,
    kept: 0,
    bytesUploaded: result.plan.uploads.reduce((sum, step) => sum + step.file.size, 0),
    reasons: new Map([['new', 9]]),
    durationMs: 0,
  });
  expect(result.changedKeys).toEqual(siteKeys(store).sort());
  expect(result.changes.filter((c) => c.page).map((c) => c.key)).toEqual([...PAGES].sort());
  expect(lines.filter((line) => line.startsWith('uploaded  '))).toHaveLength(9);
});

test('a redeploy of the same bytes writes nothing', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  const before = store.writes.length;
  const result = await run(store, site);
  expect(store.writes.length).toBe(before);
  expect(result.summary).toMatchObject({ uploaded: 0, skipped: 9, deleted: 0, bytesUploaded: 0 });
  expect(result.changedKeys).toEqual([]);
});

test('a failed asset upload means no page and no delete; the manifest keeps what did upload, and a re-run finishes', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  await writeFile(join(site, 'assets/app.js'), 'console.log("v2")');
  await writeFile(join(site, 'assets/app.css'), 'body { color: red }');
  await writeFile(join(site, 'index.html'), '<p>v2</p>');
  await rm(join(site, 'img/logo.svg'));
  store.refuse('put', 'www/assets/app.js');
  const writesBefore = store.writes.length;

  await expect(run(store, site)).rejects.toThrow(
    /1 upload\(s\) failed: www\/assets\/app\.js: refused put.*nothing was deleted/,
  );
  const during = store.writes.slice(writesBefore);
  expect(during).toEqual([
    { op: 'put', key: 'www/assets/app.css' },
    { op: 'put', key: manifestKey('www/') },
  ]);
  expect(store.objects.has('www/img/logo.svg')).toBe(true);

  store.allow('put', 'www/assets/app.js');
  const rerun = await run(store, site);
  expect(rerun.changes.map((c) => `${c.action} ${c.key} (${c.reason})`)).toEqual([
    'uploaded www/assets/app.js (content changed)',
    'deleted www/img/logo.svg (removed locally)',
    'uploaded www/index.html (content changed)',
  ]);
  expect(store.objects.get('www/assets/app.js')?.body.toString()).toBe('console.log("v2")');
});

test('a dry run writes nothing and its summary holds the would-be counts', async () => {
  const store = new MemoryStore();
  const result = await run(store, await copySite(), { dryRun: true });
  expect(store.writes).toEqual([]);
  expect(result.summary).toMatchObject({ dryRun: true, uploaded: 9, deleted: 0, skipped: 0 });
  expect(result.summary.bytesUploaded).toBeGreaterThan(0);
  expect(result.changedKeys).toHaveLength(9);
  expect(lines.filter((line) => line.startsWith('upload  '))).toHaveLength(9);
});

test('more deletes than max-deletes stops the deploy before any write', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  const writesBefore = store.writes.length;
  await rm(join(site, 'docs'), { recursive: true });
  await writeFile(join(site, 'new.js'), 'new');
  await expect(run(store, site, { maxDeletes: 1 })).rejects.toThrow(
    /would delete 2 objects under s3:\/\/site\/www\/, more than max-deletes \(1\)/,
  );
  expect(store.writes.length).toBe(writesBefore);
});

test('a file whose key S3 would refuse stops the deploy before any upload', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  const deep = join(site, ...Array.from({ length: 6 }, (_, i) => `${'d'.repeat(200)}${i}`));
  await mkdir(deep, { recursive: true });
  await writeFile(join(deep, 'page.html'), 'too deep');
  await expect(run(store, site)).rejects.toThrow(/1 file\(s\) would get a key S3 refuses, nothing was uploaded/);
  expect(store.writes).toEqual([]);
});

test('the per-file record names each upload and delete with its reason', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  lines = [];
  await writeFile(join(site, 'docs/index.html'), '<p>changed</p>');
  await rm(join(site, 'assets/app.css'));
  await run(store, site);
  expect(lines).toContain('uploaded  www/docs/index.html  (content changed; text/html; charset=utf-8; no-cache)');
  expect(lines).toContain('deleted  www/assets/app.css  (removed locally)');
});
