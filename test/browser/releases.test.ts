/**
 * A real Chromium through the playground's edge, the releases made by the built action (dist/index.js) with
 * release-store: a tab opened on release r1, whose script imports a chunk lazily (on a click), keeps working after
 * the deploy of r2, which renames the chunk, because r2 carries r1's chunk forward (delete-grace); a reload shows
 * r2, and after `rollback: previous` a reload shows r1 again. Without delete-grace the same tab fails to load its
 * chunk: the failure the design prevents. With distribution-id (the function checked for layered releases), l2 goes
 * up layered on l1, and the open tab's chunk is served from l1's own folder, never copied.
 */
import type { ActionRun } from '../../playground/run-action.js';
import { launchBrowser, type TestBrowser, type WatchedPage } from '../support/browser.js';
import { EDGE_DISTRIBUTION, type EdgeFixture, startEdgeFixture } from '../support/edge.js';
import { removeSites, writeSite } from '../support/site.js';

const CACHE_CONTROL = '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable';

/** A build of release `name`: its page, its entry script, and the chunk the entry imports on a click. */
function build(name: string, chunkName: string): Record<string, string> {
  return {
    'index.html': `<!doctype html><title>${name}</title><link rel="icon" href="data:,"><h1 id="release">${name}</h1>
<button id="load">Load</button><p id="chunk"></p>
<script type="module" src="/assets/main.${name}.js"></script>`,
    [`assets/main.${name}.js`]: `const out = document.getElementById('chunk');
document.getElementById('load').addEventListener('click', async () => {
  try {
    out.textContent = (await import('./${chunkName}')).text;
  } catch (error) {
    out.textContent = 'failed: ' + error.message;
  }
});`,
    [`assets/${chunkName}`]: `export const text = ${JSON.stringify(`${chunkName}, built for ${name}`)};`,
  };
}

let fixture: EdgeFixture;
let browser: TestBrowser;

beforeAll(async () => {
  fixture = await startEdgeFixture();
  browser = await launchBrowser();
  // Starting Chromium and s3rver on a busy two-core machine can take longer than a test.
}, 120_000);

afterAll(async () => {
  await browser?.stop();
  await fixture?.stop();
  await removeSites();
});

async function deploy(
  name: string,
  chunkName: string,
  deleteGrace: string,
  extra: { files?: Record<string, string>; inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  const site = await writeSite({ ...build(name, chunkName), ...extra.files });
  const run = await fixture.action({
    'source-dir': site,
    'release-id': name,
    'cache-control': CACHE_CONTROL,
    'delete-grace': deleteGrace,
    ...extra.inputs,
  });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  expect(run.outputs['release-id']).toBe(name);
  return run;
}

const text = (tab: WatchedPage, selector: string) => tab.page.$eval(selector, (element) => element.textContent ?? '');

/** Clicks Load and waits until the page shows the chunk's text or its error. */
async function loadChunk(tab: WatchedPage): Promise<string> {
  await tab.page.click('#load');
  // A string: it runs in the page, whose DOM types this node project does not load.
  await tab.page.waitForFunction("document.getElementById('chunk').textContent !== ''");
  return text(tab, '#chunk');
}

async function openPage(expected: string): Promise<WatchedPage> {
  const tab = await browser.openPage();
  await tab.page.goto(fixture.url('/'), { waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe(expected);
  return tab;
}

test('a tab open on r1 loads its lazy chunk after the deploy of r2, a reload shows r2, a rollback r1 again', async () => {
  await deploy('r1', 'chunk.a1.js', '0');
  const tab = await openPage('r1');

  const second = await deploy('r2', 'chunk.b2.js', '1h');
  expect(second.outputs['previous-release-id']).toBe('r1');
  expect(await loadChunk(tab)).toBe('chunk.a1.js, built for r1');
  expect(tab.errors).toEqual([]);
  expect(tab.failedResponses).toEqual([]);
  // It came from r2's copy: the edge keyed it under releases/r2/.
  expect(fixture.edge.viewer.cache.keys()).toContain('/releases/r2/assets/chunk.a1.js');

  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r2');
  expect(await loadChunk(tab)).toBe('chunk.b2.js, built for r2');
  expect(tab.errors).toEqual([]);

  const back = await fixture.action({ rollback: 'previous' });
  expect({ code: back.code, outputs: back.outputs }).toMatchObject({
    code: 0,
    outputs: { 'release-id': 'r1', 'previous-release-id': 'r2' },
  });
  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r1');
  expect(await loadChunk(tab)).toBe('chunk.a1.js, built for r1');
  expect(tab.errors).toEqual([]);
  expect(tab.failedResponses).toEqual([]);
});

test('with delete-grace 0 the next release drops the chunk, and the tab open on r1 fails to load it', async () => {
  const tab = await openPage('r1');
  await deploy('r3', 'chunk.c3.js', '0');

  expect(await loadChunk(tab)).toMatch(/^failed: /);
  expect(tab.failedResponses).toEqual([expect.stringMatching(/^404 .*\/assets\/chunk\.a1\.js$/)]);

  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r3');
  expect(await loadChunk(tab)).toBe('chunk.c3.js, built for r3');
});

test('layered: a tab open on l1 loads its lazy chunk from l1 itself after l2 goes up layered on it', async () => {
  // Enough unchanged files that l2's few changes stay under the layered limit (20% of the files).
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`docs/page-${i}.html`] = `<p>page ${i}</p>`;
  const layered = { files, inputs: { 'distribution-id': EDGE_DISTRIBUTION } };
  const first = await deploy('l1', 'chunk.l1.js', '0', layered);
  expect(first.stdout).toContain('copied inside the bucket, full');
  const tab = await openPage('l1');

  const second = await deploy('l2', 'chunk.l2.js', '1h', layered);
  expect(second.stdout).toContain('0 copied inside the bucket, layered on l1 (3 paths)');
  expect(await loadChunk(tab)).toBe('chunk.l1.js, built for l1');
  expect(tab.errors).toEqual([]);
  expect(tab.failedResponses).toEqual([]);
  // Served from l1's own folder: the layered release wrote no copy of it.
  expect(fixture.edge.viewer.cache.keys()).toContain('/releases/l1/assets/chunk.l1.js');

  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('l2');
  expect(await loadChunk(tab)).toBe('chunk.l2.js, built for l2');
  expect(tab.errors).toEqual([]);
  expect(tab.failedResponses).toEqual([]);
});
