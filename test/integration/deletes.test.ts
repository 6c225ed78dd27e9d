/**
 * deploy() and removeSite() against the in-memory store, with a clock the test moves: delete-grace,
 * preserve, other deploys' sites, and remove, asserted on the store's final state and write order.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileKeyGlobs } from '../../src/core/ownership.js';
import { type DeployOptions, deploy } from '../../src/flows/deploy.js';
import { owedKey } from '../../src/flows/owed-record.js';
import { type RemoveOptions, removeSite } from '../../src/flows/remove.js';
import { createLocalSource } from '../../src/local/scan.js';
import { type Clock, type Log, silentLog } from '../../src/ports.js';
import { deployOptions, ledgerFor } from '../support/deploy-options.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, removeSites } from '../support/site.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const MANIFEST = 'www/.s3-cloudfront-deploy.json';
let now = T0;
const clock: Clock = { now: () => now, sleep: async () => undefined };
let lines: string[];
const log: Log = { ...silentLog, info: (line) => lines.push(line), warning: (line) => lines.push(`warning: ${line}`) };

const run = (store: MemoryStore, sourceDir: string, overrides: Partial<DeployOptions> = {}, owedTo: string[] = []) => {
  const options = deployOptions(sourceDir, overrides);
  return deploy(options, { store, source: createLocalSource(), clock, log, owed: ledgerFor(store, options, owedTo) });
};
const remove = (store: MemoryStore, options: RemoveOptions, owedTo: string[] = []) =>
  removeSite(options, { store, clock, log, owed: ledgerFor(store, options, owedTo) });
const put = (store: MemoryStore, key: string, body = key) =>
  store.putObject(key, Buffer.from(body), { contentType: 'application/octet-stream', metadata: {} });

beforeEach(() => {
  lines = [];
  now = T0;
});
afterAll(removeSites);

describe('delete-grace', () => {
  test('a renamed chunk is kept, byte for byte and not invalidated, until the grace ends; a removed page goes at once', async () => {
    const store = new MemoryStore();
    const site = await copySite();
    await run(store, site, { deleteGraceMs: HOUR });
    const oldChunk = store.objects.get('www/assets/app.js')!.body;
    await rename(join(site, 'assets/app.js'), join(site, 'assets/app.3f9a1c.js'));
    await rm(join(site, '404.html'));

    const second = await run(store, site, { deleteGraceMs: HOUR, maxDeletes: 1 });
    expect(store.objects.get('www/assets/app.js')?.body.equals(oldChunk)).toBe(true);
    expect(store.objects.has('www/404.html')).toBe(false);
    expect(second.changedKeys).toEqual(['www/404.html', 'www/assets/app.3f9a1c.js']);
    expect(second.summary).toMatchObject({ deleted: 1, kept: 1 });
    expect(lines).toContain('kept    www/assets/app.js  (removed, kept until 2026-11-23 11:00 UTC)');
    expect(lines).toContain('deleted  www/404.html  (removed locally)');
    expect(JSON.parse(store.objects.get(MANIFEST)!.body.toString()).objects['assets/app.js']).toMatchObject({
      removedSince: '2026-11-23T10:00:00.000Z',
    });

    now = T0 + HOUR - 1;
    const third = await run(store, site, { deleteGraceMs: HOUR });
    expect(third.changedKeys).toEqual([]);
    expect(store.objects.has('www/assets/app.js')).toBe(true);

    now = T0 + HOUR;
    lines = [];
    const fourth = await run(store, site, { deleteGraceMs: HOUR, maxDeletes: 1 });
    expect(store.objects.has('www/assets/app.js')).toBe(false);
    expect(fourth.changedKeys).toEqual(['www/assets/app.js']);
    expect(fourth.changes).toEqual([
      { key: 'www/assets/app.js', action: 'deleted', reason: 'grace ended', page: false },
    ]);
    expect(lines).toContain('deleted  www/assets/app.js  (grace ended)');
  });

  test('a dry run shows what it would keep and until when, and records nothing', async () => {
    const store = new MemoryStore();
    const site = await copySite();
    await run(store, site);
    await rm(join(site, 'img/logo.svg'));
    const writes = store.writes.length;
    const dry = await run(store, site, { deleteGraceMs: 2 * HOUR, dryRun: true });
    expect(store.writes.length).toBe(writes);
    expect(lines).toContain('keep    www/img/logo.svg  (removed, kept until 2026-11-23 12:00 UTC)');
    expect(lines.some((line) => /0 to delete, 1 kept \(1 removed, kept for delete-grace\)/.test(line))).toBe(true);
    expect(dry.summary).toMatchObject({ deleted: 0, kept: 1 });
  });
});

describe('preserve and other deploys', () => {
  test('preserved objects survive delete and do not count against max-deletes', async () => {
    const store = new MemoryStore();
    const site = await copySite();
    await run(store, site);
    for (const key of ['www/uploads/a.png', 'www/uploads/2026/b.png', 'www/robots.txt', 'www/stale.js'])
      await put(store, key);
    const result = await run(store, site, { preserve: compileKeyGlobs(['uploads/**', 'robots.txt']), maxDeletes: 1 });
    expect(result.changedKeys).toEqual(['www/stale.js']);
    expect([...store.objects.keys()].filter((key) => /uploads|robots/.test(key)).sort()).toEqual([
      'www/robots.txt',
      'www/uploads/2026/b.png',
      'www/uploads/a.png',
    ]);
    expect(lines.some((line) => line.endsWith('1 to delete, 3 kept (3 preserved).'))).toBe(true);
  });

  test('a deploy at the root deletes nothing of the deploys living under it, whatever max-deletes says', async () => {
    const store = new MemoryStore();
    const site = await copySite();
    await run(store, site, { prefix: 'scratch/', target: 's3://site/scratch/' });
    await run(store, site, { prefix: 'scratch2/', target: 's3://site/scratch2/' });
    const nested = [...store.objects.keys()].sort();
    const root = await run(store, site, { prefix: '', target: 's3://site/', maxDeletes: 0 });
    expect(root.plan.deletes).toEqual([]);
    expect([...store.objects.keys()].filter((key) => key.startsWith('scratch')).sort()).toEqual(nested);
    expect(lines).toContain(`kept    scratch/  (${nested.length / 2} object(s): belongs to the deploy under scratch/)`);
  });
});

describe('remove', () => {
  const removeOptions = (overrides: Partial<RemoveOptions> = {}): RemoveOptions => ({
    prefix: 'www/',
    target: 's3://site/www/',
    preserve: [],
    maxDeletes: 1000,
    dryRun: false,
    ...overrides,
  });

  test('deletes the site, owes its keys before the first delete, takes the manifest last, and touches nothing outside', async () => {
    const store = new MemoryStore();
    const site = await copySite();
    await run(store, site);
    await run(store, site, { prefix: 'www-2/', target: 's3://site/www-2/' });
    await put(store, 'www/uploads/keep.png');
    await put(store, 'www/folder/');
    const siteKeys = [...store.objects.keys()]
      .filter((key) => key.startsWith('www/') && key !== MANIFEST && !key.includes('uploads'))
      .sort();
    const outside = [...store.objects.keys()].filter((key) => !key.startsWith('www/')).sort();
    const writesBefore = store.writes.length;

    const result = await remove(store, removeOptions({ preserve: compileKeyGlobs(['uploads/**']) }), ['E1']);
    const writes = store.writes.slice(writesBefore);
    expect(writes[0]).toEqual({ op: 'put', key: owedKey('www/') });
    expect(writes.at(-1)).toEqual({ op: 'delete', key: MANIFEST });
    expect(result.changedKeys).toEqual(siteKeys);
    expect(result.owed.get('E1')).toEqual(siteKeys);
    expect(result.summary).toMatchObject({ flow: 'remove', deleted: siteKeys.length, kept: 1, uploaded: 0 });
    // What is left under the prefix: the preserved object, and the owed record until the run settles it.
    expect([...store.objects.keys()].filter((key) => key.startsWith('www/')).sort()).toEqual([
      owedKey('www/'),
      'www/uploads/keep.png',
    ]);
    expect([...store.objects.keys()].filter((key) => !key.startsWith('www/')).sort()).toEqual(outside);
  });

  test('max-deletes stops it before any write; a dry run writes nothing', async () => {
    const store = new MemoryStore();
    await run(store, await copySite());
    const writes = store.writes.length;
    await expect(remove(store, removeOptions({ maxDeletes: 3 }))).rejects.toThrow(
      /removing s3:\/\/site\/www\/ would delete 9 objects, more than max-deletes \(3\)\. Nothing was deleted/,
    );
    const dry = await remove(store, removeOptions({ dryRun: true }));
    expect(store.writes.length).toBe(writes);
    expect(dry.summary).toMatchObject({ dryRun: true, deleted: 9 });
    expect(lines).toContain('delete  www/index.html  (site removed)');
  });

  test('an owed record that still owes a distribution not named now is kept, and says so', async () => {
    const store = new MemoryStore();
    await run(store, await copySite(), {}, ['E1']); // recorded as owed; nobody settled it
    await remove(store, removeOptions());
    expect([...store.objects.keys()]).toEqual([owedKey('www/')]);
    expect(lines.some((line) => line.startsWith(`kept    ${owedKey('www/')}  (still owed invalidations by E1`))).toBe(
      true,
    );
  });
});
