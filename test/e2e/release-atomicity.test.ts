/**
 * Atomicity, through the playground's edge: while the built action deploys a changed build, a loop fetches the home
 * page and every asset it links from the viewer endpoint. Each build stamps its release into the page and into its
 * assets. A release deploy (release-store) never shows a page whose assets are missing or from another build: the
 * new release goes live in one KeyValueStore write, and the old page's hashed assets are carried into it
 * (delete-grace). The same loop against an in-place deploy of builds whose asset names do not change sees the mix.
 */
import type { ActionRun } from '../../playground/run-action.js';
import { type EdgeFixture, startEdgeFixture } from '../support/edge.js';
import { removeSites, writeSite } from '../support/site.js';

const ASSETS = 8;
// Files that change in every build, so the deploy takes a while: the window the loop watches.
const FILLER = 300;

/** A build stamped `stamp`: its page links ASSETS scripts, named by the stamp when `hashed`, as bundlers name them. */
function build(stamp: string, hashed: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  const links: string[] = [];
  for (let i = 0; i < ASSETS; i++) {
    const name = hashed ? `assets/part-${i}.${stamp}.js` : `assets/part-${i}.js`;
    files[name] = `/* release ${stamp} */ export const part = ${i};`;
    links.push(`<script type="module" src="/${name}"></script>`);
  }
  for (let i = 0; i < FILLER; i++) files[`filler/file-${i}.txt`] = `release ${stamp}, file ${i}`;
  files['index.html'] =
    `<!doctype html><meta name="release" content="${stamp}"><title>${stamp}</title>\n${links.join('\n')}`;
  return files;
}

let fixture: EdgeFixture;

beforeAll(async () => {
  fixture = await startEdgeFixture();
}, 60_000);

afterAll(async () => {
  await fixture?.stop();
  await removeSites();
});

// A read that s3rver leaves hanging (in place, it can race the write of the same key) ends the look, not the test.
const get = (path: string) => fetch(fixture.url(path), { signal: AbortSignal.timeout(5_000) });

/** What a visitor gets now: the page's stamp, or what is wrong with the page and its assets. */
async function look(): Promise<string> {
  return lookOnce().catch((error: unknown) => `failed: ${String(error)}`);
}

async function lookOnce(): Promise<string> {
  const page = await get('/');
  if (!page.ok) return `page ${page.status} ${(await page.text()).slice(0, 300)}`;
  const html = await page.text();
  const stamp = /<meta name="release" content="([^"]+)">/.exec(html)?.[1];
  for (const [, src] of html.matchAll(/src="([^"]+)"/g)) {
    const asset = await get(src!);
    if (!asset.ok) return `page ${stamp}, ${asset.status} for ${src}: ${(await asset.text()).slice(0, 300)}`;
    const assetStamp = /^\/\* release (\S+) \*\//.exec(await asset.text())?.[1];
    if (assetStamp !== stamp) return `page ${stamp}, ${src} from ${assetStamp}`;
  }
  return `${stamp}`;
}

/** Visitors, each looking again and again until the deploy ends; what they got each time. */
async function watch(deploy: Promise<ActionRun>, visitors = 3): Promise<{ run: ActionRun; seen: string[] }> {
  let done = false;
  const finished = deploy.finally(() => {
    done = true;
  });
  const seen: string[] = [];
  const visitor = async () => {
    while (!done) seen.push(await look());
  };
  await Promise.all(Array.from({ length: visitors }, visitor));
  return { run: await finished, seen };
}

/** Exit 0, or the failing run's error lines in the test's message. */
function expectSuccess(run: ActionRun): void {
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors, stderr: run.stderr }).toEqual({ code: 0, errors: [], stderr: '' });
}

/** The different things the visitors saw. */
const distinct = (seen: string[]) => [...new Set(seen)];

test('during a release deploy every look shows one whole release: the old one, then the new one', async () => {
  const inputs = { 'cache-control': '**: no-cache', 'delete-grace': '1h' };
  const first = await fixture.action({
    ...inputs,
    'source-dir': await writeSite(build('r1', true)),
    'release-id': 'r1',
  });
  expectSuccess(first);
  expect(await look()).toBe('r1');

  const site = await writeSite(build('r2', true));
  const { run, seen } = await watch(fixture.action({ ...inputs, 'source-dir': site, 'release-id': 'r2' }));
  expectSuccess(run);
  expect(run.stdout).toContain(`${FILLER + ASSETS + 1} file(s) uploaded`);

  expect(distinct(seen).filter((one) => one !== 'r1' && one !== 'r2')).toEqual([]);
  // The loop watched the deploy, not only its end.
  expect(seen[0]).toBe('r1');
  expect(await look()).toBe('r2');
});

test('the same loop during an in-place deploy of builds with fixed asset names sees pages with the other build', async () => {
  // In place: the edge serves releases/inplace/, and the action writes straight there.
  await fixture.setLive('inplace');
  const inputs = {
    'release-store': '',
    'release-name': '',
    prefix: 'releases/inplace',
    'cache-control': '**: no-cache',
  };
  const first = await fixture.action({ ...inputs, 'source-dir': await writeSite(build('v1', false)) });
  expectSuccess(first);
  expect(await look()).toBe('v1');

  const { run, seen } = await watch(fixture.action({ ...inputs, 'source-dir': await writeSite(build('v2', false)) }));
  expectSuccess(run);
  // A page with the other build's assets, or with an asset failing while it is rewritten: either is a broken look.
  expect(distinct(seen)).toEqual(expect.arrayContaining([expect.stringMatching(/^page v1, /)]));
  // No look after it: s3rver rewrites an object in place, so a read racing that write can fail, and the edge keeps
  // that error for 10 seconds. A release deploy never writes a key the edge is serving.
});
