/**
 * The edit path at its round-trip floor. A proxy holds every request 100 ms before the server sees
 * it, as a runner sees real S3, and records when each arrived and was answered; the rounds are the
 * longest chain of requests each sent after the one before it was answered (scripts/bench-rounds.mjs,
 * which the benchmark uses on the server's log). Counted, not timed: an edit of k files costs at
 * most ceil(k / concurrency) rounds per phase, plus one for the manifest, on top of the no-op. A
 * changed file uploaded in parts costs the stale-upload sweep, create, part and complete, while the
 * small files of its phase go up beside them; no round waits for the sweep but its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { longestChain } from '../../scripts/bench-rounds.mjs';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import { deploy } from '../../src/flows/deploy.js';
import { createLocalSource } from '../../src/local/scan.js';
import { silentLog, systemClock } from '../../src/ports.js';
import { deployOptions, ledgerFor } from '../support/deploy-options.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'rounds';
const CONCURRENCY = 8;
const ASSETS = 120;
const PAGES = 40;
/** Above the store's multipart threshold below: uploaded in (one) part. */
const BIG = 'media/big.bin';
const THRESHOLD = 64 * 1024;

describe.each([
  ['s3rver', (buckets: string[]) => startS3rver({ buckets })],
  ['moto_server', (buckets: string[]) => startMoto({ buckets })],
])('round trips of a deploy against %s', (_name, start) => {
  let server: LocalServer;
  let proxy: TapProxy;
  let client: HttpClient;
  let store: S3Store;
  let site: string;

  const asset = (i: number) => `assets/a${i}.css`;
  const page = (i: number) => `p${i % 4}/page${i}.html`;

  async function run(prefix: string): Promise<{ rounds: number; requests: string[] }> {
    proxy.seen.length = 0;
    proxy.spans.length = 0;
    const options = deployOptions(site, { prefix, target: `s3://${BUCKET}/${prefix}`, concurrency: CONCURRENCY });
    const source = createLocalSource();
    await deploy(options, { store, source, clock: systemClock, log: silentLog, owed: ledgerFor(store, options) });
    return { rounds: longestChain(proxy.spans), requests: [...proxy.seen] };
  }

  const edit = (rels: readonly string[]) =>
    Promise.all(rels.map((rel) => writeFile(join(site, rel), randomBytes(700))));
  const puts = (requests: readonly string[]) =>
    requests.filter((r) => r.startsWith('PUT ') && !r.includes('partNumber'));

  beforeAll(async () => {
    server = await start([BUCKET]);
    proxy = await startTapProxy(server.endpoint, undefined, { delayMs: 100 });
    client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: CONCURRENCY, clock: systemClock });
    store = createS3Store({
      http: client,
      bucket: BUCKET,
      region: 'us-east-1',
      endpoint: proxy.endpoint,
      multipartThreshold: THRESHOLD,
    });
    site = await mkdtemp(join(tmpdir(), 'scd-rounds-'));
    const files = [
      ...Array.from({ length: ASSETS }, (_, i) => asset(i)),
      ...Array.from({ length: PAGES }, (_, i) => page(i)),
    ];
    for (const rel of files) {
      await mkdir(dirname(join(site, rel)), { recursive: true });
      await writeFile(join(site, rel), randomBytes(500));
    }
    await mkdir(join(site, 'media'));
    await writeFile(join(site, BIG), randomBytes(2 * THRESHOLD));
  }, 60_000);

  afterAll(async () => {
    client?.close();
    await proxy?.stop();
    await server?.stop();
    if (site !== undefined) await rm(site, { recursive: true, force: true });
  });

  test('an edit of k files: at most ceil(k / concurrency) rounds per phase and one for the manifest over the no-op', async () => {
    await run('site/');
    const noop = await run('site/');
    expect(puts(noop.requests)).toEqual([]);

    const assets = Array.from({ length: 12 }, (_, i) => asset(i * 7));
    const pages = Array.from({ length: 5 }, (_, i) => page(i * 3));
    await edit([...assets, ...pages]);
    const edited = await run('site/');
    expect(puts(edited.requests)).toHaveLength(assets.length + pages.length + 1);
    const floor = Math.ceil(assets.length / CONCURRENCY) + Math.ceil(pages.length / CONCURRENCY) + 1;
    expect(edited.rounds).toBeLessThanOrEqual(noop.rounds + floor);
  }, 120_000);

  test('a changed file uploaded in parts: its create, part and complete, and no round before the first upload', async () => {
    await run('big/');
    const noop = await run('big/');
    await edit([asset(1), asset(2), page(1)]);
    await writeFile(join(site, BIG), randomBytes(2 * THRESHOLD));
    const edited = await run('big/');
    // The stale-upload sweep goes out beside the first PUTs, and the multipart upload starts from what
    // it found (s3rver cannot list uploads at all: it is not asked twice).
    expect(edited.requests.filter((r) => r.startsWith('GET ') && r.includes('uploads'))).toHaveLength(1);
    expect(edited.requests.filter((r) => r.startsWith('POST ') && r.includes('uploads'))).toHaveLength(1);
    // assets: the sweep, then create, part, complete (the small PUTs beside them); pages 1; manifest 1.
    expect(edited.rounds).toBeLessThanOrEqual(noop.rounds + 4 + 1 + 1);
  }, 120_000);
});
