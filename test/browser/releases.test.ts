/**
 * A real Chromium through the playground's edge in release mode: a tab opened on release r1 whose script imports a
 * chunk lazily (on a click) keeps working after the pointer moves to r2, because r2 carries r1's chunk forward (as a
 * release deploy copies removed files that are still within delete-grace); a reload shows r2. Without the carried
 * chunk the same tab fails to load it: the failure the design prevents.
 * The releases are put with plain PutObject and the pointer switched over the KeyValueStore API.
 */
import { launchBrowser, type TestBrowser, type WatchedPage } from '../support/browser.js';
import { EDGE_SITE, type EdgeFixture, startEdgeFixture } from '../support/edge.js';

const HTML = { contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', metadata: {} };
const ASSET = {
  contentType: 'text/javascript; charset=utf-8',
  cacheControl: 'public, max-age=31536000, immutable',
  metadata: {},
};

const page = (release: string) => ({
  body: `<!doctype html><title>${release}</title><link rel="icon" href="data:,"><h1 id="release">${release}</h1>
<button id="load">Load</button><p id="chunk"></p>
<script type="module" src="/assets/main.${release}.js"></script>`,
  headers: HTML,
});

/** The entry script: on a click it imports its chunk and shows what it says, or the error. */
const main = (chunk: string) => ({
  body: `const out = document.getElementById('chunk');
document.getElementById('load').addEventListener('click', async () => {
  try {
    out.textContent = (await import('./${chunk}')).text;
  } catch (error) {
    out.textContent = 'failed: ' + error.message;
  }
});`,
  headers: ASSET,
});

const chunk = (text: string) => ({ body: `export const text = ${JSON.stringify(text)};`, headers: ASSET });

const R1_CHUNK = chunk('chunk a1, built for r1');

let fixture: EdgeFixture;
let browser: TestBrowser;

beforeAll(async () => {
  fixture = await startEdgeFixture({ keys: { [`${EDGE_SITE}:live`]: 'r1' } });
  browser = await launchBrowser();
  await fixture.putRelease('r1', {
    'index.html': page('r1'),
    'assets/main.r1.js': main('chunk.a1.js'),
    'assets/chunk.a1.js': R1_CHUNK,
  });
  // r2 renames the chunk, and carries r1's forward.
  await fixture.putRelease('r2', {
    'index.html': page('r2'),
    'assets/main.r2.js': main('chunk.b2.js'),
    'assets/chunk.b2.js': chunk('chunk b2, built for r2'),
    'assets/chunk.a1.js': R1_CHUNK,
  });
  // r3 renames it too, but r1's chunk is not carried forward.
  await fixture.putRelease('r3', {
    'index.html': page('r3'),
    'assets/main.r3.js': main('chunk.c3.js'),
    'assets/chunk.c3.js': chunk('chunk c3, built for r3'),
  });
  // Starting Chromium and s3rver on a busy two-core machine can take longer than a test.
}, 120_000);

afterAll(async () => {
  await browser?.stop();
  await fixture?.stop();
});

const text = (tab: WatchedPage, selector: string) => tab.page.$eval(selector, (element) => element.textContent ?? '');

/** Clicks Load and waits until the page shows the chunk's text or its error. */
async function loadChunk(tab: WatchedPage): Promise<string> {
  await tab.page.click('#load');
  // A string: it runs in the page, whose DOM types this node project does not load.
  await tab.page.waitForFunction("document.getElementById('chunk').textContent !== ''");
  return text(tab, '#chunk');
}

async function openOnR1(): Promise<WatchedPage> {
  await fixture.setLive('r1');
  const tab = await browser.openPage();
  await tab.page.goto(fixture.url('/'), { waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r1');
  return tab;
}

test('a tab open on r1 loads its lazy chunk after the switch to r2, which carries it; a reload shows r2', async () => {
  const tab = await openOnR1();
  await fixture.setLive('r2');

  expect(await loadChunk(tab)).toBe('chunk a1, built for r1');
  expect(tab.errors).toEqual([]);
  expect(tab.failedResponses).toEqual([]);
  // It came from r2's copy: the edge keyed it under releases/r2/.
  expect(fixture.edge.viewer.cache.keys()).toContain('/releases/r2/assets/chunk.a1.js');

  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r2');
  expect(await loadChunk(tab)).toBe('chunk b2, built for r2');
  expect(tab.errors).toEqual([]);
});

test('without the carried chunk, the tab open on r1 fails to load it after the switch (what the design prevents)', async () => {
  const tab = await openOnR1();
  await fixture.setLive('r3');

  expect(await loadChunk(tab)).toMatch(/^failed: /);
  expect(tab.failedResponses).toEqual([expect.stringMatching(/^404 .*\/assets\/chunk\.a1\.js$/)]);

  await tab.page.reload({ waitUntil: 'networkidle0' });
  expect(await text(tab, '#release')).toBe('r3');
  expect(await loadChunk(tab)).toBe('chunk c3, built for r3');
});
