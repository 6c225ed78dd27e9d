/**
 * What a deploy sends, counted by a recording proxy in front of real local S3 servers: a no-op
 * redeploy writes nothing and sends no HEAD; an edit writes exactly the changed objects; an old
 * manifest (no sha256) is migrated by one manifest PUT. And which files get an MD5 at all.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { DEFAULTS } from '../../src/action/inputs/defaults.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import { MANIFEST_NAME } from '../../src/core/manifest.js';
import type { SiteResult } from '../../src/core/outcome.js';
import type { ScannedFile } from '../../src/core/types.js';
import { deploy } from '../../src/flows/deploy.js';
import { owedLedger } from '../../src/flows/owed-record.js';
import { createLocalSource } from '../../src/local/scan.js';
import { silentLog, systemClock } from '../../src/ports.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'requests';
/** Past the worker threshold, so the worker path is the one counted. */
const FILES = 260;

const writes = (requests: readonly string[]) => requests.filter((r) => !r.startsWith('GET '));
const putKeys = (requests: readonly string[], prefix: string) =>
  requests
    .filter((r) => r.startsWith('PUT '))
    .map((r) => decodeURIComponent(r.split(' ')[1]!.split('?')[0]!.slice(`/${BUCKET}/${prefix}`.length)))
    .sort();

describe.each([
  ['s3rver', (buckets: string[]) => startS3rver({ buckets })],
  ['moto_server', (buckets: string[]) => startMoto({ buckets })],
])('requests of a deploy against %s', (_name, start) => {
  let server: LocalServer;
  let recorder: TapProxy;
  let store: S3Store;
  let client: HttpClient;
  let site: string;
  const md5Asked: string[] = [];

  const run = async (prefix: string): Promise<{ result: SiteResult; requests: string[] }> => {
    recorder.seen.length = 0;
    md5Asked.length = 0;
    const local = createLocalSource();
    const source = {
      ...local,
      md5: (files: readonly ScannedFile[]) => {
        md5Asked.push(...files.map((f) => f.rel));
        return local.md5(files);
      },
    };
    const result = await deploy(
      {
        sourceDir: site,
        include: DEFAULTS.include,
        exclude: [],
        prefix,
        target: `s3://${BUCKET}/${prefix}`,
        headerRules: { cacheControl: [], metadata: {} },
        deleteRemoved: true,
        maxDeletes: -1,
        dryRun: false,
        concurrency: 8,
      },
      {
        store,
        source,
        clock: systemClock,
        log: silentLog,
        owed: owedLedger(store, { prefix, owedTo: [], dryRun: false }),
      },
    );
    return { result, requests: [...recorder.seen] };
  };

  beforeAll(async () => {
    server = await start([BUCKET]);
    recorder = await startTapProxy(server.endpoint);
    client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 8, clock: systemClock });
    store = createS3Store({ http: client, bucket: BUCKET, region: 'us-east-1', endpoint: recorder.endpoint });
    site = await mkdtemp(join(tmpdir(), 'scd-requests-'));
    for (let i = 0; i < FILES; i++) {
      const rel = `d${i % 7}/f${i}.${i % 3 === 0 ? 'html' : 'css'}`;
      await mkdir(dirname(join(site, rel)), { recursive: true });
      await writeFile(join(site, rel), randomBytes(100 + i));
    }
  }, 60_000);

  afterAll(async () => {
    client?.close();
    await recorder?.stop();
    await server?.stop();
    if (site !== undefined) await rm(site, { recursive: true, force: true });
  });

  test('first deploy, no-op, edit, delete: exactly the writes each needs, never a HEAD', async () => {
    const first = await run('www/');
    expect(writes(first.requests)).toHaveLength(FILES + 1);
    // Every file is new and needs its Content-MD5, which the server checks. How many the scan read
    // with their SHA-256 depends on when the manifest's 404 came back (local-scan tests that part).
    expect(md5Asked.length).toBeLessThanOrEqual(FILES);

    const noop = await run('www/');
    expect(noop.result.changes).toEqual([]);
    expect(writes(noop.requests)).toEqual([]);
    expect(noop.requests.filter((r) => r.startsWith('HEAD'))).toEqual([]);
    expect(noop.requests.filter((r) => r.includes('list-type=2'))).toHaveLength(1);
    expect(md5Asked).toEqual([]); // the manifest vouches for every file

    await writeFile(join(site, 'd0/f0.html'), randomBytes(100)); // same size
    await writeFile(join(site, 'd1/f1.css'), randomBytes(5)); // other size
    const edit = await run('www/');
    expect(putKeys(edit.requests, 'www/')).toEqual(['d0/f0.html', 'd1/f1.css', MANIFEST_NAME].sort());
    expect(writes(edit.requests)).toHaveLength(3);
    expect(md5Asked.sort()).toEqual(['d0/f0.html', 'd1/f1.css']);

    await rm(join(site, 'd2/f2.css'));
    const deleted = await run('www/');
    expect(writes(deleted.requests).map((r) => r.split(' ')[0])).toEqual(['POST', 'PUT']); // DeleteObjects, manifest
    expect(deleted.result.changes.map((c) => [c.action, c.key])).toEqual([['deleted', 'www/d2/f2.css']]);
    expect(md5Asked).toEqual([]);
  }, 120_000);

  test('a manifest from before sha256 costs one MD5 pass and one manifest PUT, then no-ops are free again', async () => {
    expect((await run('old/')).result.changes).toHaveLength(FILES - 1);
    const key = `old/${MANIFEST_NAME}`;
    const current = JSON.parse((await store.getObject(key))!.toString('utf8')) as {
      objects: Record<string, Record<string, unknown>>;
    };
    for (const entry of Object.values(current.objects)) delete entry['sha256'];
    await store.putObject(key, Buffer.from(JSON.stringify(current)), { contentType: 'application/json', metadata: {} });

    const migrate = await run('old/');
    expect(putKeys(migrate.requests, 'old/')).toEqual([MANIFEST_NAME]);
    expect(md5Asked).toHaveLength(FILES - 1);

    const after = await run('old/');
    expect(writes(after.requests)).toEqual([]);
    expect(md5Asked).toEqual([]);
  }, 120_000);
});
