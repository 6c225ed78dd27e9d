/**
 * site-url, page-urls and the pull request comment, through the built action against s3rver and a
 * stand-in of GitHub's REST API on 127.0.0.1 (GITHUB_API_URL points octokit at it).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { runAction } from '../../playground/run-action.js';
import { addHumanComment, type GithubStandin, startGithubStandin } from '../support/github-standin.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'e2e-preview';
const TOKEN = 'ghs_standinTokenThatMustNeverBePrinted0001';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
const SITE_URL = 'https://preview.example.com/pr-42/';

let s3: LocalServer;
let github: GithubStandin;
let eventDir: string;

beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  github = await startGithubStandin({ owner: 'octo', repo: 'site', token: TOKEN });
  eventDir = await mkdtemp(join(tmpdir(), 'scd-event-'));
});
afterAll(async () => {
  await s3?.stop();
  await github?.stop();
  await rm(eventDir, { recursive: true, force: true });
  await removeSites();
});

async function pullRequestEnv(number: number): Promise<Record<string, string>> {
  const path = join(eventDir, `pr-${number}.json`);
  await writeFile(
    path,
    JSON.stringify({ action: 'synchronize', pull_request: { number, head: { sha: 'f00dfeedbeef0123456789' } } }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'octo/site',
    GITHUB_API_URL: github.url,
  };
}

const deploy = (site: string, prefix: string, extraInputs: Record<string, string>, env: Record<string, string>) =>
  runAction(
    { bucket: BUCKET, 'source-dir': site, prefix, 'site-url': SITE_URL, ...extraInputs },
    { env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: s3.endpoint, ...env } },
  );

test('the job summary links the changed pages and page-urls holds them all; no token, no comment', async () => {
  const site = await copySite();
  const run = await deploy(site, 'links', {}, await pullRequestEnv(7));
  expect(run.code).toBe(0);
  expect(JSON.parse(run.outputs['page-urls'] ?? '')).toEqual([
    `${SITE_URL}404.html`,
    `${SITE_URL}caf%C3%A9/men%C3%BC.html`,
    `${SITE_URL}docs/getting%20started.html`,
    `${SITE_URL}docs/`,
    SITE_URL,
  ]);
  expect(run.summary).toContain(`<li><a href="${SITE_URL}docs/">docs/</a></li>`);
  expect(run.summary).toContain(`<li><a href="${SITE_URL}caf%C3%A9/men%C3%BC.html">café/menü.html</a></li>`);
  expect(github.requests).toEqual([]);

  await writeFile(join(site, 'docs/index.html'), '<h1>Docs, edited</h1>');
  const again = await deploy(site, 'links', {}, {});
  expect(JSON.parse(again.outputs['page-urls'] ?? '')).toEqual([`${SITE_URL}docs/`]);
});

test('on a pull request: one comment, created once and then updated in place; the token is never printed', async () => {
  const site = await copySite();
  addHumanComment(github, 42, 'Looks good! <!-- s3-cloudfront-deploy preview s3://e2e-preview/pr-42/ --> (quoted)');
  const env = await pullRequestEnv(42);
  const first = await deploy(site, 'pr-42', { 'github-token': TOKEN }, env);
  expect(first.code).toBe(0);
  const afterFirst = github.comments.get(42) ?? [];
  expect(afterFirst).toHaveLength(2);
  const ours = afterFirst[1]!;
  expect(ours.body).toMatch(/^<!-- s3-cloudfront-deploy preview s3:\/\/e2e-preview\/pr-42\/ -->/);
  expect(ours.body).toContain(`<a href="${SITE_URL}">${SITE_URL}</a>`);
  expect(ours.body).toContain('5 page(s) changed by the last deploy at f00dfeedbeef:');
  expect(ours.body).toContain(`<li><a href="${SITE_URL}docs/">docs/</a></li>`);
  expect(first.stdout).toContain('Commented the preview on pull request #42');

  await writeFile(join(site, 'index.html'), '<h1>Home, edited</h1>');
  const second = await deploy(site, 'pr-42', { 'github-token': TOKEN }, env);
  expect(second.code).toBe(0);
  const afterSecond = github.comments.get(42) ?? [];
  expect(afterSecond.map((c) => c.id)).toEqual(afterFirst.map((c) => c.id));
  expect(afterSecond[0]!.body).toContain('Looks good!');
  expect(afterSecond[1]!.body).toContain('1 page(s) changed by the last deploy');
  expect(afterSecond[1]!.body).toContain(`<li><a href="${SITE_URL}">/</a></li>`);
  expect(second.stdout).toContain('Updated the preview comment on pull request #42');
  expect(github.requests.filter((r) => !r.startsWith('GET'))).toEqual([
    'POST /repos/octo/site/issues/42/comments',
    `PATCH /repos/octo/site/issues/comments/${ours.id}`,
  ]);
  // The one line allowed to hold it is the runner's command that masks it.
  const printed = (run: typeof first) => `${run.stdout}${run.stderr}${run.summary}`.replace(`::add-mask::${TOKEN}`, '');
  for (const run of [first, second]) {
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(printed(run)).not.toContain(TOKEN);
  }
});

test('a token without pull-requests: write gets a warning naming it, and the deploy succeeds', async () => {
  github.forbidWrites = true;
  try {
    const run = await deploy(await copySite(), 'pr-43', { 'github-token': TOKEN }, await pullRequestEnv(43));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::Could not comment on pull request #43 \(GitHub answered 403: Resource not accessible by integration.*\)\. The github-token needs the "pull-requests: write" permission/,
    );
    expect(run.outputs['uploaded']).toBe('9');
    expect(github.comments.get(43)).toBeUndefined();
  } finally {
    github.forbidWrites = false;
  }
});

test('outside a pull request nothing is posted', async () => {
  const before = github.requests.length;
  const run = await deploy(
    await copySite(),
    'main',
    { 'github-token': TOKEN },
    { GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: github.url },
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Not a pull request run (event push): no preview comment.');
  expect(github.requests.length).toBe(before);
});
