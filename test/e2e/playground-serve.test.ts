/**
 * `npm start -- --serve`: the site deployed by dist/index.js into the local S3, served back over HTTP as an S3
 * website endpoint would: the bytes deployed, the Content-Type stored, index documents, and the site's 404 page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { runAction } from '../../playground/run-action.js';
import { type SiteServer, serveSite } from '../../playground/serve-site.js';

const SITE = fileURLToPath(new URL('../../playground/site/', import.meta.url));
const BUCKET = 'served-site';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3: LocalServer;
let site: SiteServer;
beforeAll(async () => {
  s3 = await startS3rver({ buckets: [BUCKET] });
  const deployed = await runAction(
    { 'source-dir': SITE, bucket: BUCKET, prefix: 'www' },
    {
      env: {
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: s3.endpoint,
      },
    },
  );
  expect(deployed.code).toBe(0);
  site = await serveSite({ s3Endpoint: s3.endpoint, bucket: BUCKET, prefix: 'www', credentials: CREDENTIALS });
});
afterAll(async () => {
  await site?.stop();
  await s3?.stop();
});

const get = (path: string) => fetch(new URL(path, site.url), { redirect: 'manual' });

test('the server listens on 127.0.0.1 only', () => {
  expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test.each([
  ['/', 'index.html', 'text/html; charset=utf-8'],
  ['/docs/', 'docs/index.html', 'text/html; charset=utf-8'],
  ['/docs/getting%20started.html', 'docs/getting started.html', 'text/html; charset=utf-8'],
  ['/caf%C3%A9/men%C3%BC.html', 'café/menü.html', 'text/html; charset=utf-8'],
  ['/assets/app.css', 'assets/app.css', 'text/css; charset=utf-8'],
  ['/img/logo.svg', 'img/logo.svg', 'image/svg+xml; charset=utf-8'],
])('%s serves %s as deployed, with its stored Content-Type', async (path, file, contentType) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(contentType);
  expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(join(SITE, file)));
});

test('a folder without its slash redirects to it, as S3 websites do', async () => {
  const response = await get('/docs');
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toBe('/docs/');
});

test("a missing page gets the site's 404.html with status 404", async () => {
  const response = await get('/no/such/page.html');
  expect(response.status).toBe(404);
  expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(join(SITE, '404.html')));
});

test('a file that was not deployed (a dotfile) is not served', async () => {
  expect((await get('/.env.example')).status).toBe(404);
});

test('stop() closes the port', async () => {
  await site.stop();
  await expect(get('/')).rejects.toThrow();
});
