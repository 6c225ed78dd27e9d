/**
 * dist/index.js with cache tags, against s3rver and the CloudFront stand-in (a distribution with a
 * CacheTagConfig): the tags stored as the object metadata it names (read back with boto3), a change of
 * 1,200 pages under a budget of 100 invalidated as #html and not /*, a purge by tag, bad rules refused.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';

const BUCKET = 'tagged-site';
const DISTRIBUTION = 'E2E2ETAGGED001';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PAGES = 1200;

let s3: LocalServer;
let cloudfront: CloudFrontStandin;
let site: string;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: {
      [DISTRIBUTION]: {
        originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`,
        originPath: '/www',
        cacheTagHeader: 'x-amz-meta-cache-tag',
      },
    },
    credentials: CREDENTIALS,
    completeAfterPolls: 0,
  });
  site = await mkdtemp(path.join(tmpdir(), 'tagged-site-'));
  await writeSite('v1');
});
afterAll(async () => {
  await cloudfront?.stop();
  await s3?.stop();
});

const page = (i: number) => `p/${String(i).padStart(4, '0')}.html`;

async function writeSite(version: string, { pages = true, others = true } = {}): Promise<void> {
  await mkdir(path.join(site, 'p'), { recursive: true });
  await mkdir(path.join(site, 'img'), { recursive: true });
  if (pages) for (let i = 0; i < PAGES; i++) await writeFile(path.join(site, page(i)), `<p>${i} ${version}</p>`);
  await writeFile(path.join(site, 'app.css'), 'body{}');
  if (others) {
    await writeFile(path.join(site, 'app.js'), `// ${version}`);
    await writeFile(path.join(site, 'img/logo.svg'), `<svg><!-- ${version} --></svg>`);
  }
}

const action = (inputs: Record<string, string>): Promise<ActionRun> =>
  runAction(inputs, {
    env: {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      GITHUB_RUN_ID: '2020',
      GITHUB_RUN_ATTEMPT: '1',
    },
  });
const deploy = (cacheTags: string, more: Record<string, string> = {}) =>
  action({
    'source-dir': site,
    bucket: BUCKET,
    prefix: 'www',
    'distribution-id': DISTRIBUTION,
    'max-invalidation-paths': '100',
    'cache-tags': cacheTags,
    ...more,
  });
const lastInvalidation = () => cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations.at(-1);
const RULES = '# every page\n**/*.html: html\n*.css: style, Assets';

test('a deploy stores the tags; 1,200 changed pages under a budget of 100 are #html plus the few other paths', async () => {
  const first = await deploy(RULES);
  expect(first.code).toBe(0);
  const stored = await bucketState(s3.endpoint, BUCKET, 'www/');
  expect(stored['www/p/0000.html']?.metadata).toEqual({ 'cache-tag': 'html' });
  expect(stored['www/p/1199.html']?.metadata).toEqual({ 'cache-tag': 'html' });
  expect(stored['www/app.css']?.metadata).toEqual({ 'cache-tag': 'style,Assets' });
  expect(stored['www/app.js']?.metadata).toEqual({});
  // New objects were never cached with a tag: the first deploy still fits its paths with wildcards.
  expect(lastInvalidation()?.paths.some((p) => p.endsWith('*'))).toBe(true);

  await writeSite('v2');
  const second = await deploy(RULES, { wait: 'true' });
  expect(second.code).toBe(0);
  expect(second.outputs['uploaded']).toBe(String(PAGES + 2));
  const expected = ['/app.js', '/img/logo.svg', '#html'];
  expect(JSON.parse(second.outputs['invalidation-paths'] ?? '{}')).toEqual({ [DISTRIBUTION]: expected });
  expect(lastInvalidation()).toMatchObject({ paths: expected, status: 'Completed' });
  const said = `${DISTRIBUTION}: cache tags stand for ${PAGES} changed key(s) instead of paths: #html (${PAGES} changed, 0 unchanged purged too).`;
  expect(second.stdout).toContain(said);
  expect(second.summary).toContain(said);
});

test('adding a tag rule re-uploads exactly the files it tags', async () => {
  const run = await deploy(`${RULES}\nimg/**: images`);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.outputs['changed-keys'] ?? '[]')).toEqual(['www/img/logo.svg']);
  expect(run.stdout).toContain('headers changed');
  expect((await bucketState(s3.endpoint, BUCKET, 'www/img/'))['www/img/logo.svg']?.metadata).toEqual({
    'cache-tag': 'images',
  });
});

test('a dry run shows the tag it would use', async () => {
  await writeSite('v3', { others: false });
  const before = cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations.length;
  const run = await deploy(`${RULES}\nimg/**: images`, { 'dry-run': 'true' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`${DISTRIBUTION}: would invalidate 1 path(s) in 1 batch(es):\n  #html`);
  expect(cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations.length).toBe(before);
});

test('a purge by tag: "#html" is an item, "# ..." a comment', async () => {
  const run = await action({ 'distribution-id': DISTRIBUTION, 'invalidation-paths': '# nightly\n#html\n/sitemap.xml' });
  expect(run.code).toBe(0);
  expect(lastInvalidation()?.paths).toEqual(['/sitemap.xml', '#html']);
});

test.each([
  [
    'a tag with a space',
    '**/*.html: html\nimg/**: my tag',
    'Input "cache-tags": line 2: "my tag" holds " " (U+0020): a tag is visible ASCII (33-126) without commas',
  ],
  ['a line without a tag', '# pages\n\n**/*.html', 'Input "cache-tags": line 3: ("**/*.html"): expected "GLOB: VALUE"'],
  [
    'a tag of 257 characters',
    `**/*.html: ${'t'.repeat(257)}`,
    `Input "cache-tags": line 1: "${'t'.repeat(40)}…" is 257 characters, at most 256`,
  ],
])('%s stops the step naming the line, nothing written', async (_why, rules, message) => {
  const run = await action({ 'source-dir': site, bucket: BUCKET, prefix: 'bad', 'cache-tags': rules });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(`::error::${message}`);
  expect(await bucketState(s3.endpoint, BUCKET, 'bad/')).toEqual({});
});

test('with origin-path (no GetDistribution) the header comes from cache-tag-header, or the step stops', async () => {
  const common = { 'origin-path': '/other', prefix: 'other', 'cache-tags': '*.css: style' };
  const refused = await deploy('', common);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout).toContain('::error::Input "cache-tags": no distribution read has a CacheTagConfig');
  expect(await bucketState(s3.endpoint, BUCKET, 'other/')).toEqual({});
  const run = await deploy('', { ...common, 'cache-tag-header': 'x-amz-meta-tags' });
  expect(run.code).toBe(0);
  expect((await bucketState(s3.endpoint, BUCKET, 'other/'))['other/app.css']?.metadata).toEqual({ tags: 'style' });
});
