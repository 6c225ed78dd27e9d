/**
 * dist/index.js in release mode with a redirects file of 500 rules, against s3rver and the playground's edge (the
 * KeyValueStore stand-in and the viewer endpoint running edge/viewer-request.js): every rule answered through the
 * viewer with its status and Location (splats substituted); a rule removed is gone after the next release; a
 * rollback brings the old rules back; prune deletes a pruned release's keys; a rule the store cannot hold is one
 * error naming its line, with nothing written.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { EDGE_BUCKET, EDGE_SITE, EDGE_STORE_ARN, type EdgeFixture, startEdgeFixture } from '../support/edge.js';
import { TEST_CREDENTIALS } from '../support/moto.js';

const EXACT = 400;
const SPLATS = 100;
const STATUSES = [301, 302, 307, 308] as const;

let fixture: EdgeFixture;
let site: string;

beforeAll(async () => {
  fixture = await startEdgeFixture();
  site = await mkdtemp(path.join(tmpdir(), 'release-redirects-'));
  await mkdir(path.join(site, 'kept'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(site, 'kept/index.html'), '<h1>kept</h1>');
});
afterAll(async () => {
  await fixture?.stop();
  if (site !== undefined) await rm(site, { recursive: true, force: true });
});

interface Rule {
  readonly line: string;
  /** A request path the rule answers, and the Location it answers with. */
  readonly ask: string;
  readonly status: number;
  readonly location: string;
}

/** 400 exact rules (pages, folders, external targets, every status) and 100 splats, each in a folder of its own. */
function rules(version: string): Rule[] {
  const exact = Array.from({ length: EXACT }, (_, i): Rule => {
    const status = STATUSES[i % STATUSES.length]!;
    const from = i % 3 === 0 ? `/old/page-${i}.html` : i % 3 === 1 ? `/old/folder-${i}/` : `/old/clean-${i}`;
    const to = i % 5 === 0 ? `https://example.com/${version}/${i}` : `/new/${version}/${i}/`;
    return { line: `${from} ${to} ${status}`, ask: from, status, location: to };
  });
  const splats = Array.from({ length: SPLATS }, (_, i): Rule => {
    const status = STATUSES[i % STATUSES.length]!;
    return {
      line: `/section-${i}/* /moved/${version}/${i}/:splat ${status}`,
      ask: `/section-${i}/deep/page-${i}.html`,
      status,
      location: `/moved/${version}/${i}/deep/page-${i}.html`,
    };
  });
  return [...exact, ...splats];
}

const action = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction(
    { bucket: EDGE_BUCKET, 'release-store': EDGE_STORE_ARN, 'release-name': EDGE_SITE, ...inputs },
    {
      env: {
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: fixture.s3.endpoint,
        AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: fixture.edge.kvs.endpoint,
      },
    },
  );

async function deploy(id: string, lines: readonly string[], more: Record<string, string> = {}): Promise<ActionRun> {
  await writeFile(path.join(site, '_redirects'), `# moved pages\n${lines.join('\n')}\n`);
  return action({ 'source-dir': site, 'release-id': id, 'redirects-file': '_redirects', ...more });
}

async function ask(uri: string): Promise<{ status: number; location: string | null }> {
  const response = await fetch(fixture.url(uri), { redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') };
}

const items = () => fixture.edge.kvs.state.snapshot().stores[EDGE_STORE_ARN]?.items ?? {};

test('500 rules: each answered by the viewer; a removed rule gone with the next release, back with a rollback', async () => {
  const first = rules('v1');
  const run1 = await deploy(
    'r1',
    first.map((rule) => rule.line),
  );
  expect({
    code: run1.code,
    stderr: run1.stderr,
    out: run1.stdout.split('\n').filter((l) => l.startsWith('::error')),
  }).toEqual({ code: 0, stderr: '', out: [] });
  // 400 exact keys, 100 folders of splats and the depth of the deepest.
  expect(run1.stdout).toContain('501 redirect key(s) of release r1');
  const answers = [];
  for (const rule of first) answers.push({ ask: rule.ask, ...(await ask(rule.ask)) });
  expect(answers).toEqual(first.map((rule) => ({ ask: rule.ask, status: rule.status, location: rule.location })));
  expect(await ask('/kept/')).toEqual({ status: 200, location: null });
  // The file is not published.
  expect(Object.keys(await bucketState(fixture.s3.endpoint, EDGE_BUCKET, 'releases/r1/'))).not.toContain(
    'releases/r1/_redirects',
  );

  // r2 drops the first rule and points every other one elsewhere.
  const second = rules('v2').slice(1);
  const run2 = await deploy(
    'r2',
    second.map((rule) => rule.line),
  );
  expect(run2.code).toBe(0);
  const removed = first[0]!;
  expect(await ask(removed.ask)).toMatchObject({ location: null });
  expect(await ask(second[0]!.ask)).toEqual({ status: second[0]!.status, location: second[0]!.location });
  expect(await ask(second[450]!.ask)).toEqual({ status: second[450]!.status, location: second[450]!.location });

  const back = await action({ rollback: 'previous' });
  expect(back.code).toBe(0);
  expect(items()[`${EDGE_SITE}:live`]).toBe('r1');
  expect(await ask(removed.ask)).toEqual({ status: removed.status, location: removed.location });
  expect(await ask(first[450]!.ask)).toEqual({ status: first[450]!.status, location: first[450]!.location });
});

test("a rule over a file of the release is skipped unless forced; prune deletes a pruned release's keys", async () => {
  const run = await deploy('r3', ['/kept/ /elsewhere/', '/index.html /home.html 302!'], { 'keep-releases': '1' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    "1 rule(s) skipped, the site's file wins: line 2 (/kept/: the site has kept/index.html)",
  );
  expect(await ask('/kept/')).toEqual({ status: 200, location: null });
  expect(await ask('/index.html')).toEqual({ status: 302, location: '/home.html' });
  // keep-releases 1 keeps r3 (live) and r1 (previous): r2's keys and folder are gone, r1's are still there.
  const keys = Object.keys(items());
  expect(keys.filter((key) => key.includes(':r2'))).toEqual([]);
  expect(keys.filter((key) => key.includes(':r1')).length).toBe(EXACT + SPLATS + 1);
  expect(await bucketState(fixture.s3.endpoint, EDGE_BUCKET, 'releases/r2/')).toEqual({});
});

test('a rule the store cannot hold: one error naming the line, nothing written', async () => {
  const before = items();
  const run = await deploy('r4', ['/fine /ok', `/${'x'.repeat(600)} /too-long`]);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
  expect(errors[0]).toMatch(/redirects-file _redirects: line 3: .*store key is \d+ characters.*nothing was written/);
  expect(items()).toEqual(before);
  expect(await bucketState(fixture.s3.endpoint, EDGE_BUCKET, 'releases/r4/')).toEqual({});
});

test('a store write refused halfway through the keys: one error, the release not live, the site unchanged', async () => {
  const before = items()[`${EDGE_SITE}:live`];
  fixture.edge.kvs.faults.push({ op: 'UpdateKeys', kind: 'access-denied', skip: 1 });
  const run = await deploy(
    'r5',
    rules('v5').map((rule) => rule.line),
  );
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect({ code: run.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
  expect(errors[0]).toMatch(
    /release r5 is uploaded but not live: its redirect keys could not all be written .*UpdateKeys/,
  );
  expect(items()[`${EDGE_SITE}:live`]).toBe(before);
  expect(await ask(rules('v5')[0]!.ask)).not.toMatchObject({ location: rules('v5')[0]!.location });
});
