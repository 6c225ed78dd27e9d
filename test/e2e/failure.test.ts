/**
 * A deploy that fails half way, as the runner runs it: nothing is deleted, no page goes up before
 * its assets, and the re-run finishes the job. The failure is injected by a proxy in front of moto.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'failing-site';
let moto: { endpoint: string; stop(): Promise<void> };
let proxy: S3Proxy;
let refusePutOf: string | undefined;
let refusalCode = 'AccessDenied';

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  proxy = await startS3Proxy(moto.endpoint, {
    refuse: (method, url) =>
      method === 'PUT' && refusePutOf !== undefined && url.startsWith(refusePutOf) ? refusalCode : undefined,
  });
});
afterAll(async () => {
  await proxy?.stop();
  await moto?.stop();
  await removeSites();
});

const deploy = (site: string) =>
  runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'www', delete: 'true' },
    {
      env: {
        AWS_ACCESS_KEY_ID: 'a',
        AWS_SECRET_ACCESS_KEY: 'b',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: proxy.endpoint,
      },
    },
  );

test('a failed upload deletes nothing and uploads no HTML; the re-run finishes the job', async () => {
  const site = await copySite();
  expect((await deploy(site)).code).toBe(0);
  const before = await bucketState(moto.endpoint, BUCKET, 'www/');

  await writeFile(join(site, 'assets/app.css'), 'body { color: red; }\n');
  await writeFile(
    join(site, 'img/logo.svg'),
    (await readFile(join(site, 'img/logo.svg'), 'utf8')).replace('#d35400', '#000000'),
  );
  await writeFile(join(site, 'index.html'), '<!doctype html><title>v2</title>\n');
  await rm(join(site, 'docs'), { recursive: true });

  refusePutOf = `/${BUCKET}/www/assets/app.css`;
  const failed = await deploy(site);
  expect(failed.code).not.toBe(0);
  expect(failed.stdout).toMatch(/::error title=Upload failed::www\/assets\/app\.css: .*AccessDenied/);
  expect(failed.stdout).toMatch(/nothing was deleted.*Re-running the deploy finishes the job/);
  const during = await bucketState(moto.endpoint, BUCKET, 'www/');
  expect(during['www/docs/index.html']).toBeDefined(); // no delete ran
  expect(during['www/index.html']?.md5).toBe(before['www/index.html']?.md5); // no HTML before its assets
  expect(during['www/assets/app.css']?.md5).toBe(before['www/assets/app.css']?.md5);

  refusePutOf = undefined;
  const rerun = await deploy(site);
  expect(rerun.code).toBe(0);
  const changed = JSON.parse(rerun.outputs['changed-keys'] ?? '[]') as string[];
  expect(changed).toEqual(expect.arrayContaining(['www/assets/app.css', 'www/index.html', 'www/docs/index.html']));
  // The logo went up in the failed run (or not, if the failure stopped it first): never twice.
  const logoUploadedBefore = during['www/img/logo.svg']?.md5 !== before['www/img/logo.svg']?.md5;
  expect(changed.includes('www/img/logo.svg')).toBe(!logoUploadedBefore);
  const after = await bucketState(moto.endpoint, BUCKET, 'www/');
  expect(Object.keys(after).some((key) => key.startsWith('www/docs/'))).toBe(false);
  expect(after['www/index.html']?.md5).not.toBe(before['www/index.html']?.md5);
});

test('a bucket that refuses ACLs: the message says so and how to fix it', async () => {
  const site = await copySite();
  refusePutOf = `/${BUCKET}/acl/`;
  refusalCode = 'AccessControlListNotSupported';
  try {
    const run = await runAction(
      { 'source-dir': site, bucket: BUCKET, prefix: 'acl', acl: 'public-read' },
      {
        env: {
          AWS_ACCESS_KEY_ID: 'a',
          AWS_SECRET_ACCESS_KEY: 'b',
          AWS_REGION: 'us-east-1',
          AWS_ENDPOINT_URL_S3: proxy.endpoint,
        },
      },
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /::error::.*AccessControlListNotSupported.*Bucket owner enforced.*remove the `acl` input/,
    );
  } finally {
    refusePutOf = undefined;
    refusalCode = 'AccessDenied';
  }
});
