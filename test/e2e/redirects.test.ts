/**
 * dist/index.js with a redirects file of 500 rules, against s3rver and the CloudFront stand-in,
 * without a release store: each exact rule stored as a zero-byte object whose
 * x-amz-website-redirect-location (read back with boto3) is its target; a removed rule gone and a
 * changed target re-uploaded (and invalidated) on the next deploy; the file itself never published;
 * bad lines refused naming their line, with nothing written.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';

const BUCKET = 'redirecting-site';
const DISTRIBUTION = 'E2E2EREDIRECT1';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const RULES = 500;

let s3: LocalServer;
let cloudfront: CloudFrontStandin;
let site: string;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: {
      [DISTRIBUTION]: { originDomain: `${BUCKET}.s3-website-us-east-1.amazonaws.com`, originPath: '/www' },
    },
    credentials: CREDENTIALS,
    completeAfterPolls: 0,
  });
  site = await mkdtemp(path.join(tmpdir(), 'redirecting-site-'));
  await mkdir(path.join(site, 'about'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(site, 'about/index.html'), '<h1>about</h1>');
});
afterAll(async () => {
  await cloudfront?.stop();
  await s3?.stop();
});

/** Rule i: even ones a folder to a folder, odd ones a page to an absolute URL. */
function rule(i: number, version = 'v1'): { from: string; key: string; to: string } {
  return i % 2 === 0
    ? { from: `/old/${i}/`, key: `www/old/${i}/index.html`, to: `/new/${i}/` }
    : { from: `/page-${i}.html`, key: `www/page-${i}.html`, to: `https://docs.example.com/${version}/${i}` };
}

async function writeRedirects(rules: readonly { from: string; to: string }[], extra = ''): Promise<void> {
  const lines = rules.map(({ from, to }) => `${from} ${to}${from.endsWith('.html') ? ' 301' : ''}`);
  await writeFile(path.join(site, '_redirects'), `# moved pages\n\n${extra}${lines.join('\n')}\n`);
}

const deploy = (more: Record<string, string> = {}): Promise<ActionRun> =>
  runAction(
    {
      'source-dir': site,
      bucket: BUCKET,
      prefix: 'www',
      'redirects-file': '_redirects',
      'distribution-id': DISTRIBUTION,
      delete: 'true',
      ...more,
    },
    {
      env: {
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: s3.endpoint,
        AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
        GITHUB_RUN_ID: '2021',
        GITHUB_RUN_ATTEMPT: '1',
      },
    },
  );
const count = (text: string, part: string) => text.split(part).length - 1;
const all = Array.from({ length: RULES }, (_, i) => rule(i));

test('500 rules become 500 redirect objects; the file itself is not published; the site wins where it has a file', async () => {
  await writeRedirects(all, '/about/ /team/\n');
  const run = await deploy();
  expect(run.code).toBe(0);
  expect(run.outputs['uploaded']).toBe(String(RULES + 2));
  const stored = await bucketState(s3.endpoint, BUCKET, 'www/');
  for (const { key, to } of all) {
    expect([key, stored[key]?.size, stored[key]?.websiteRedirectLocation]).toEqual([key, 0, to]);
  }
  expect(stored['www/_redirects']).toBeUndefined();
  expect(stored['www/about/index.html']).toMatchObject({ size: 14, websiteRedirectLocation: null });
  expect(Object.keys(stored).length).toBe(RULES + 3); // the redirects, two pages, the manifest
  const warning = `::warning::redirects-file: ${RULES} redirect(s) are zero-byte objects with x-amz-website-redirect-location`;
  expect(count(run.stdout, warning)).toBe(1);
  expect(run.stdout).toContain(
    "redirects-file: 1 rule(s) skipped, the site's file wins: line 3 (/about/: the site has about/index.html)",
  );
});

test('a removed rule is deleted and a changed target re-uploaded; both are invalidated; the rest stay', async () => {
  const next = all.slice(1).map((r, i) => (i === 0 ? rule(1, 'v2') : r));
  await writeRedirects(next);
  const run = await deploy();
  expect(run.code).toBe(0);
  expect(JSON.parse(run.outputs['changed-keys'] ?? '[]')).toEqual(['www/old/0/index.html', 'www/page-1.html']);
  expect(run.stdout).toContain('headers changed; redirect to https://docs.example.com/v2/1');
  const stored = await bucketState(s3.endpoint, BUCKET, 'www/');
  expect(stored['www/old/0/index.html']).toBeUndefined();
  expect(stored['www/page-1.html']?.websiteRedirectLocation).toBe('https://docs.example.com/v2/1');
  expect(stored['www/old/2/index.html']?.websiteRedirectLocation).toBe('/new/2/');
  const paths = cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations.at(-1)?.paths;
  expect(paths).toEqual(['/old/0', '/old/0/', '/old/0/index.html', '/page-1.html']);
});

test.each([
  ['a bad line', '/ok /fine\n/broken\n', 'line 4: ("/broken"): expected "FROM TO [STATUS]"'],
  [
    'a splat',
    '/blog/* /news/:splat\n',
    'line 3: "/blog/*" is a splat: S3 website redirects can only redirect exact paths',
  ],
  ['a 302', '/tmp /elsewhere 302\n', 'line 3: status 302: S3 website redirects always answer 301'],
])('%s stops the deploy naming its line, nothing written', async (_why, extra, message) => {
  await writeRedirects(all, extra);
  const run = await deploy({ prefix: 'bad', 'distribution-id': '' });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain(`::error::redirects-file _redirects: ${message}`);
  expect(await bucketState(s3.endpoint, BUCKET, 'bad/')).toEqual({});
});

test('a redirects-file that is not in source-dir stops the deploy, nothing written', async () => {
  const run = await deploy({ prefix: 'missing', 'distribution-id': '', 'redirects-file': 'nope/_redirects' });
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain("cannot read 'nope/_redirects' in source-dir");
  expect(await bucketState(s3.endpoint, BUCKET, 'missing/')).toEqual({});
});
