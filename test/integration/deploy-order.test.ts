/**
 * deploy() beside other deploys, against the in-memory store: a plan made stale while the run waited
 * for the lock is made again; the manifest is written only over the one the plan read; state-prefix
 * keeps the records elsewhere.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeOrigin, manifestKey } from '../../src/core/manifest.js';
import { type DeployOptions, deploy } from '../../src/flows/deploy.js';
import type { DeployLock } from '../../src/flows/deploy-lock.js';
import { owedLedger } from '../../src/flows/owed-record.js';
import { createLocalSource } from '../../src/local/scan.js';
import type { Clock } from '../../src/ports.js';
import { deployOptions } from '../support/deploy-options.js';
import { collectingLog } from '../support/logs.js';
import { MemoryStore } from '../support/memory-store.js';
import { copySite, listFiles, removeSites } from '../support/site.js';

const clock: Clock = { now: () => Date.parse('2026-01-01T00:00:00Z'), sleep: async () => undefined };
afterAll(removeSites);

async function build(name: string): Promise<string> {
  const dir = await copySite();
  await writeFile(join(dir, `assets/app-${name}.js`), name);
  await writeFile(join(dir, 'index.html'), `<script src="/assets/app-${name}.js"></script>`);
  return dir;
}

function run(store: MemoryStore, sourceDir: string, overrides: Partial<DeployOptions> = {}, lock?: DeployLock) {
  const options = deployOptions(sourceDir, overrides);
  const log = collectingLog();
  const owed = owedLedger(store, {
    prefix: options.prefix,
    statePrefix: options.statePrefix,
    dryRun: false,
    owedTo: [],
  });
  return { log, done: deploy(options, { store, source: createLocalSource(), clock, log, owed, lock }) };
}

/** A lock during whose wait another deploy (of other) finishes. */
const lockWhile = (finish: () => Promise<unknown>, guarded = true): DeployLock => ({
  acquire: async () => {
    await finish();
    return guarded;
  },
  release: async () => undefined,
});

const siteOf = (store: MemoryStore, prefix = 'www/') =>
  new Map(
    [...store.objects]
      .filter(([key]) => key.startsWith(prefix) && !key.includes('.s3-cloudfront-deploy'))
      .map(([key, object]) => [key.slice(prefix.length), object.etag]),
  );
const built = async (dir: string) => {
  const files = await listFiles(dir);
  files.delete('.env.example');
  return files;
};

test('a plan made stale while the run waited for the lock is made again from a fresh listing', async () => {
  const store = new MemoryStore();
  const [a, b, c] = [await build('a'), await build('b'), await build('c')];
  await run(store, a).done;
  const other = () => run(store, c).done;
  const mine = run(store, b, {}, lockWhile(other));
  await mine.done;
  expect(mine.log.lines).toContain(
    'info: Another deploy changed the site since this run listed it: planning again from a fresh listing.',
  );
  // Exactly build b: c's bundle, uploaded while b waited, is deleted by the second plan.
  expect(siteOf(store)).toEqual(await built(b));
});

test('without a lock that guards, the manifest is still written only over the one the plan read', async () => {
  const store = new MemoryStore();
  const [a, b, c] = [await build('a'), await build('b'), await build('c')];
  await run(store, a, { origin: { commit: 'aaa' } }).done;
  const mine = run(
    store,
    b,
    { origin: { commit: 'bbb' } },
    lockWhile(() => run(store, c, { origin: { commit: 'ccc' } }).done, false),
  );
  await expect(mine.done).rejects.toThrow(
    /another deploy recorded www\/\.s3-cloudfront-deploy\.json while this one ran/,
  );
  expect(decodeOrigin(store.objects.get(manifestKey('www/'))?.body)).toEqual({ commit: 'ccc' });
});

test('state-prefix keeps the records out of the site; a redeploy finds them there and uploads nothing', async () => {
  const store = new MemoryStore();
  const site = await build('s');
  const overrides = { statePrefix: 'state/www/' };
  await run(store, site, overrides).done;
  expect([...store.objects.keys()].filter((key) => key.includes('.s3-cloudfront-deploy'))).toEqual([
    'state/www/.s3-cloudfront-deploy.json',
  ]);
  const again = await run(store, site, overrides).done;
  expect(again.summary.uploaded).toBe(0);
  expect(again.summary.skipped).toBe((await built(site)).size);
});
