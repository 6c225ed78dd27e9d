/**
 * deploy() with the upload-side inputs of issue 10 (headers, upload-last, the immutability guard),
 * against the in-memory store: the write order and the store's final state.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHeaderRules } from '../../src/core/header-rules.js';
import { manifestKey } from '../../src/core/manifest.js';
import { parseGlobRules } from '../../src/core/rules.js';
import { parseLastGlobs } from '../../src/core/upload-phases.js';
import { type DeployOptions, deploy } from '../../src/flows/deploy.js';
import { createLocalSource } from '../../src/local/scan.js';
import { type Clock, type Log, silentLog } from '../../src/ports.js';
import { deployOptions, ledgerFor } from '../support/deploy-options.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, removeSites } from '../support/site.js';

const clock: Clock = { now: () => 0, sleep: async () => undefined };
let warnings: string[];
const log: Log = { ...silentLog, warning: (line) => warnings.push(line) };
const CACHE = parseGlobRules('assets/**: public, max-age=31536000, immutable\n**/*.html: no-cache');

const withCache = (sourceDir: string, overrides: Partial<DeployOptions> = {}): DeployOptions =>
  deployOptions(sourceDir, { headerRules: { cacheControl: CACHE, metadata: {} }, ...overrides });
const run = (store: MemoryStore, sourceDir: string, overrides: Partial<DeployOptions> = {}) => {
  const options = withCache(sourceDir, overrides);
  return deploy(options, { store, source: createLocalSource(), clock, log, owed: ledgerFor(store, options) });
};

beforeEach(() => {
  warnings = [];
});
afterAll(removeSites);

test('upload-last files are written after every page, glob by glob, and deletes after them', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  await writeFile(join(site, 'sw.js'), 'self.skipWaiting()');
  await writeFile(join(site, 'sitemap.xml'), '<urlset/>');
  await writeFile(join(site, 'index.html'), '<h1>v2</h1>');
  await writeFile(join(site, 'assets/new.js'), 'new');
  await rm(join(site, '404.html'));
  const writesBefore = store.writes.length;
  const result = await run(store, site, { uploadLast: parseLastGlobs('sitemap.xml\nsw.js') });
  expect(result.plan.phases.map((phase) => phase.name)).toEqual(['assets', 'pages', 'last', 'last']);
  expect(store.writes.slice(writesBefore)).toEqual([
    { op: 'put', key: 'www/assets/new.js' },
    { op: 'put', key: 'www/index.html' },
    { op: 'put', key: 'www/sitemap.xml' },
    { op: 'put', key: 'www/sw.js' },
    { op: 'delete', key: 'www/404.html' },
    { op: 'put', key: manifestKey('www/') },
  ]);
});

test('a failed page upload leaves the upload-last files unwritten', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await writeFile(join(site, 'sw.js'), 'self.skipWaiting()');
  store.refuse('put', 'www/docs/index.html');
  await expect(run(store, site, { uploadLast: parseLastGlobs('sw.js') })).rejects.toThrow(/upload\(s\) failed/);
  expect(store.objects.has('www/sw.js')).toBe(false);
  expect(store.objects.has('www/assets/app.css')).toBe(true);
});

test('an immutable asset changed in place stops the deploy (a dry run too) before any write', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  await run(store, site);
  await writeFile(join(site, 'assets/app.css'), 'body { color: red }');
  const writesBefore = store.writes.length;
  const refused =
    /1 file\(s\) served with Cache-Control "immutable" changed content under the same name.*www\/assets\/app\.css$/;
  await expect(run(store, site)).rejects.toThrow(refused);
  await expect(run(store, site, { dryRun: true })).rejects.toThrow(refused);
  expect(store.writes.length).toBe(writesBefore);

  const allowed = await run(store, site, { allowImmutableChanges: true });
  expect(allowed.changedKeys).toEqual(['www/assets/app.css']);
  expect(warnings).toEqual([expect.stringMatching(/^www\/assets\/app\.css: served with Cache-Control "immutable"/)]);
});

test('a header rule reaches the store, and changing it re-uploads only the files it matches', async () => {
  const store = new MemoryStore();
  const site = await copySite();
  const rules = (language: string) => ({
    cacheControl: CACHE,
    metadata: {},
    headers: parseHeaderRules(`docs/**: Content-Language: ${language}`),
  });
  await run(store, site, { headerRules: rules('en') });
  expect(store.objects.get('www/docs/index.html')?.headers).toMatchObject({
    contentLanguage: 'en',
    cacheControl: 'no-cache',
  });
  expect(store.objects.get('www/index.html')?.headers.contentLanguage).toBeUndefined();
  const changed = await run(store, site, { headerRules: rules('en-GB') });
  expect(changed.changes.map((c) => `${c.key} (${c.reason})`)).toEqual([
    'www/docs/getting started.html (headers changed)',
    'www/docs/index.html (headers changed)',
  ]);
  expect(warnings).toEqual([]);
});
