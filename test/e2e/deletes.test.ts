/**
 * Deleting safely, proved with the built action (dist/index.js) against s3rver and the CloudFront
 * stand-in, the bucket read back with boto3 after every step: delete-grace keeps an old chunk until
 * the grace ends, preserve and other deploys' sites survive delete: true, and remove: true leaves
 * nothing under its prefix and everything outside it as it was. The grace's end is reached by
 * shifting the action's clock (S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET), never by waiting.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState, type StoredObject } from '../support/bucket-state.js';
import { putObjects } from '../support/put-objects.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'deletes-site';
const ROOT_BUCKET = 'deletes-root';
const DISTRIBUTION = 'E2DELETESDIST1';
const MANIFEST = '.s3-cloudfront-deploy.json';
const OWED = '.s3-cloudfront-deploy.owed.json';

let s3: LocalServer;
let cloudfront: CloudFrontStandin;
beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET, ROOT_BUCKET] });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` } },
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    completeAfterPolls: 1,
  });
});
afterAll(async () => {
  await cloudfront?.stop();
  await s3?.stop();
  await removeSites();
});

function act(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(inputs, {
    env: {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      ...env,
    },
  });
}
const state = (prefix: string, bucket = BUCKET) => bucketState(s3.endpoint, bucket, prefix);
const keys = (objects: Record<string, StoredObject>) => Object.keys(objects).sort();
const changed = (run: ActionRun): string[] => JSON.parse(run.outputs['changed-keys'] ?? '[]');
const invalidated = () =>
  new Set((cloudfront.state.snapshot().distributions[DISTRIBUTION]?.invalidations ?? []).flatMap((i) => i.paths));

test('delete-grace: a renamed chunk stays, byte for byte, until a deploy after the grace deletes it', async () => {
  const site = await copySite();
  const inputs = { 'source-dir': site, bucket: BUCKET, prefix: 'skew', delete: 'true', 'delete-grace': '1h' };
  expect((await act(inputs)).code).toBe(0);
  const oldChunk = (await state('skew/'))['skew/assets/app.js']!;

  // The build renames its hashed chunk and the page now loads the new name.
  await rename(join(site, 'assets/app.js'), join(site, 'assets/app.3f9a1c.js'));
  const index = join(site, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('app.js', 'app.3f9a1c.js'));
  const second = await act(inputs);
  expect(second.code).toBe(0);
  expect(second.outputs).toMatchObject({ deleted: '0', uploaded: '2' });
  expect(changed(second)).toEqual(['skew/assets/app.3f9a1c.js', 'skew/index.html']);
  expect(second.stdout).toMatch(
    /kept {4}skew\/assets\/app\.js {2}\(removed, kept until \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/,
  );
  expect(second.summary).toContain('Kept, not deleted (1)');
  const afterSecond = await state('skew/');
  expect(afterSecond['skew/assets/app.js']).toEqual(oldChunk);

  // Half an hour later the grace still holds.
  const third = await act(inputs, { S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: '30m' });
  expect(third.code).toBe(0);
  expect(third.outputs).toMatchObject({ uploaded: '0', deleted: '0', 'changed-keys': '[]' });
  expect((await state('skew/'))['skew/assets/app.js']).toEqual(oldChunk);

  const fourth = await act(inputs, { S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET: '2h' });
  expect(fourth.code).toBe(0);
  expect(fourth.stdout).toContain('S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET is set');
  expect(fourth.outputs).toMatchObject({ uploaded: '0', deleted: '1', 'changed-keys': '["skew/assets/app.js"]' });
  expect(fourth.stdout).toContain('deleted  skew/assets/app.js  (grace ended)');
  const afterFourth = await state('skew/');
  expect(afterFourth['skew/assets/app.js']).toBeUndefined();
  expect(keys(afterFourth)).toEqual(keys(afterSecond).filter((key) => key !== 'skew/assets/app.js'));
});

test('preserve: objects other tools put under the prefix survive delete: true and max-deletes: 0', async () => {
  const site = await copySite();
  const inputs = { 'source-dir': site, bucket: BUCKET, prefix: 'keep', delete: 'true' };
  expect((await act(inputs)).code).toBe(0);
  const theirs = {
    'keep/uploads/a.png': 'a',
    'keep/uploads/2026/b.png': 'b',
    'keep/robots.txt': 'User-agent: *',
    'keep/.well-known/x.json': '{}',
  };
  await putObjects(s3.endpoint, BUCKET, theirs);
  const before = await state('keep/');

  const run = await act({ ...inputs, 'max-deletes': '0', preserve: 'uploads/**\nrobots.txt\n.well-known/x.json\n' });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ deleted: '0', 'changed-keys': '[]' });
  expect(run.stdout).toMatch(/0 to delete, 4 kept \(4 preserved\)/);
  expect(await state('keep/')).toEqual(before);

  // Without preserve the same deploy would delete them: max-deletes: 0 stops it, nothing changes.
  const unprotected = await act({ ...inputs, 'max-deletes': '0' });
  expect(unprotected.code).not.toBe(0);
  expect(unprotected.stdout).toMatch(
    /would delete 4 objects under s3:\/\/deletes-site\/keep\/, more than max-deletes \(0\)/,
  );
  expect(unprotected.summary).toMatch(
    /<strong>Refused:<\/strong> this deploy would delete 4 objects .*more than max-deletes \(0\)\. Nothing was changed\. If that many deletions are intended, raise max-deletes/,
  );
  expect(await state('keep/')).toEqual(before);
});

test('a root deploy with delete: true beside two nested deploys deletes nothing of theirs', async () => {
  const nestedSite = await copySite();
  for (const prefix of ['scratch', 'scratch2']) {
    expect((await act({ 'source-dir': nestedSite, bucket: ROOT_BUCKET, prefix, delete: 'true' })).code).toBe(0);
  }
  await putObjects(s3.endpoint, ROOT_BUCKET, { 'stale.js': 'left over at the root' });
  const nested = { ...(await state('scratch/', ROOT_BUCKET)), ...(await state('scratch2/', ROOT_BUCKET)) };
  expect(keys(nested)).toContain(`scratch/${MANIFEST}`);

  const root = await act({
    'source-dir': await copySite(),
    bucket: ROOT_BUCKET,
    prefix: '',
    delete: 'true',
    'max-deletes': '1',
  });
  expect(root.code).toBe(0);
  expect(root.outputs['deleted']).toBe('1');
  expect(changed(root).filter((key) => !/^(scratch|scratch2)\//.test(key)).length).toBe(changed(root).length);
  expect(root.stdout).toContain('deleted  stale.js  (removed locally)');
  const perDeploy = keys(nested).filter((key) => key.startsWith('scratch/')).length;
  expect(root.stdout).toContain(`kept    scratch/  (${perDeploy} object(s): belongs to the deploy under scratch/)`);
  expect(root.stdout).toContain(`kept    scratch2/  (${perDeploy} object(s): belongs to the deploy under scratch2/)`);
  expect({ ...(await state('scratch/', ROOT_BUCKET)), ...(await state('scratch2/', ROOT_BUCKET)) }).toEqual(nested);
  expect((await state('', ROOT_BUCKET))['stale.js']).toBeUndefined();
});

test('remove: true after a preview deploy leaves nothing under the prefix, invalidates it, and touches nothing outside', async () => {
  const site = await copySite();
  expect((await act({ 'source-dir': site, bucket: BUCKET, prefix: 'live', delete: 'true' })).code).toBe(0);
  const preview = { bucket: BUCKET, prefix: 'previews/pr-7', 'distribution-id': DISTRIBUTION };
  expect((await act({ ...preview, 'source-dir': site, delete: 'true' })).code).toBe(0);
  await putObjects(s3.endpoint, BUCKET, { 'previews/pr-7-notes.txt': 'a neighbour sharing the prefix string' });
  const previewKeys = keys(await state('previews/pr-7/'));
  expect(previewKeys).toContain(`previews/pr-7/${MANIFEST}`);
  const outside = Object.fromEntries(
    Object.entries(await state('')).filter(([key]) => !key.startsWith('previews/pr-7/')),
  );

  const refused = await act({ bucket: BUCKET, remove: 'true' });
  expect(refused.code).not.toBe(0);
  expect(refused.stdout).toContain('Input "prefix": required with remove: true');

  const removed = await act({ ...preview, remove: 'true' });
  expect(removed.code).toBe(0);
  const siteKeys = previewKeys.filter((key) => !key.endsWith(MANIFEST));
  expect(removed.outputs['deleted']).toBe(String(siteKeys.length));
  expect(changed(removed)).toEqual(siteKeys);
  expect(removed.stdout).toMatch(/Removed s3:\/\/deletes-site\/previews\/pr-7\/: \d+ deleted in/);
  expect(await state('previews/pr-7/')).toEqual({});
  expect(
    Object.fromEntries(Object.entries(await state('')).filter(([key]) => !key.startsWith('previews/pr-7/'))),
  ).toEqual(outside);
  for (const path of ['/previews/pr-7/index.html', '/previews/pr-7/', '/previews/pr-7/assets/app.js'])
    expect(invalidated().has(path)).toBe(true);
  expect(JSON.parse(removed.outputs['invalidation-paths'] ?? '{}')[DISTRIBUTION]).toContain(
    '/previews/pr-7/index.html',
  );
  expect(previewKeys).not.toContain(`previews/pr-7/${OWED}`);
});
