/**
 * A bucket in a locked-down account, as the runner runs the action: every object written (the site, a
 * multipart file, the manifest, the owed record) carries the SSE-KMS headers, every request carries
 * x-amz-expected-bucket-owner, and a redeploy of the unchanged site uploads nothing although the ETags
 * are not MD5s (the proxy rewrites them as SSE-KMS makes S3 answer). A bucket of another account is
 * one error line naming expected-bucket-owner, and nothing written. moto stores the encryption; boto3
 * reads it back.
 */
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { type CloudFrontStandin, startCloudFrontStandin } from '../../playground/cloudfront/server.js';
import { runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { type ProxiedAnswer, type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';
import { copySite, removeSites } from '../support/site.js';

const BUCKET = 'locked-site';
const OWNER = '111122223333';
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const DISTRIBUTION = 'E1OCKEDDOWN001';
const MiB = 1024 * 1024;

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

let moto: { endpoint: string; stop(): Promise<void> };
let proxy: S3Proxy;
let cloudfront: CloudFrontStandin;
const seen: Seen[] = [];

/** An SSE-KMS ETag: not the MD5 of the content, but stable for the object (a multipart one keeps its -N). */
function kmsEtag(etag: string): string {
  const [hex = '', parts] = etag.replace(/"|&quot;/g, '').split('-');
  const rewritten = createHash('md5').update(`kms:${hex}`).digest('hex');
  return parts === undefined ? rewritten : `${rewritten}-${parts}`;
}

/** Every ETag S3 answers for an object (not a part's: CompleteMultipartUpload sends those back). */
function asKmsAnswers(_method: string, url: string, answer: ProxiedAnswer): ProxiedAnswer | undefined {
  if (url.includes('partNumber=')) return undefined;
  const etag = answer.headers.etag;
  const headers = typeof etag === 'string' ? { ...answer.headers, etag: `"${kmsEtag(etag)}"` } : answer.headers;
  const body = Buffer.from(
    answer.body
      .toString('utf8')
      .replace(/<ETag>([^<]*)<\/ETag>/g, (_whole, tag: string) => `<ETag>&quot;${kmsEtag(tag)}&quot;</ETag>`),
  );
  return { ...answer, headers, body: answer.body.includes('<ETag>') ? body : answer.body };
}

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  proxy = await startS3Proxy(moto.endpoint, {
    // As S3 does: a request naming another owner than the bucket's is refused with a plain AccessDenied.
    refuse: (method, url, headers) => {
      seen.push({ method, url, headers });
      const owner = headers['x-amz-expected-bucket-owner'];
      return owner !== undefined && owner !== OWNER ? 'AccessDenied' : undefined;
    },
    rewrite: asKmsAnswers,
  });
  cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com` } },
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  await proxy?.stop();
  await cloudfront?.stop();
  await moto?.stop();
  await removeSites();
});

const deploy = (site: string, owner: string) => {
  seen.length = 0;
  return runAction(
    {
      'source-dir': site,
      bucket: BUCKET,
      prefix: 'www',
      delete: 'true',
      sse: 'aws:kms',
      'sse-kms-key-id': KEY,
      'bucket-key': 'true',
      'expected-bucket-owner': owner,
      'distribution-id': DISTRIBUTION,
      'origin-path': '/www',
    },
    {
      env: {
        AWS_ACCESS_KEY_ID: 'S3RVER',
        AWS_SECRET_ACCESS_KEY: 'S3RVER',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: proxy.endpoint,
        AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
      },
    },
  );
};

/** Requests that create an object: PutObject and CreateMultipartUpload (not UploadPart, which takes no SSE headers). */
const creates = (requests: readonly Seen[]) =>
  requests.filter(
    (r) =>
      (r.method === 'PUT' && !r.url.includes('partNumber=')) || (r.method === 'POST' && r.url.includes('?uploads')),
  );

test('SSE-KMS and the expected owner on every request; the unchanged redeploy uploads nothing', async () => {
  const site = await copySite();
  await writeFile(join(site, 'video.bin'), randomBytes(17 * MiB)); // multipart: CreateMultipartUpload
  const first = await deploy(site, OWNER);
  expect(first.code).toBe(0);

  const written = creates(seen);
  const urls = written.map((r) => decodeURIComponent(r.url));
  expect(urls).toEqual(
    expect.arrayContaining([
      `/${BUCKET}/www/index.html`,
      `/${BUCKET}/www/video.bin?uploads=`,
      `/${BUCKET}/www/.s3-cloudfront-deploy.json`,
      `/${BUCKET}/www/.s3-cloudfront-deploy.owed.json`,
    ]),
  );
  for (const request of written) {
    expect([request.url, request.headers['x-amz-server-side-encryption']]).toEqual([request.url, 'aws:kms']);
    expect(request.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(KEY);
    expect(request.headers['x-amz-server-side-encryption-bucket-key-enabled']).toBe('true');
  }
  expect(seen.filter((r) => r.headers['x-amz-expected-bucket-owner'] !== OWNER).map((r) => r.url)).toEqual([]);
  expect(seen.some((r) => r.method === 'GET')).toBe(true); // reads carry it too

  // Read through the proxy: the listing as a KMS bucket answers it.
  const stored = await bucketState(proxy.endpoint, BUCKET, 'www/', { sse: true });
  expect(Object.keys(stored)).toContain('www/.s3-cloudfront-deploy.json');
  for (const [key, object] of Object.entries(stored)) {
    expect([key, object.sse?.[0], object.sse?.[1]]).toEqual([key, 'aws:kms', KEY]);
    expect(object.etag).not.toBe(object.md5); // the listing's ETags are KMS-like, not MD5s
  }

  const again = await deploy(site, OWNER);
  expect(again.code).toBe(0);
  expect(again.outputs).toMatchObject({ uploaded: '0', deleted: '0' });
  expect(seen.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`)).toEqual([]);
}, 120_000);

test('a bucket of another account: one error line naming expected-bucket-owner, nothing written', async () => {
  const site = await copySite();
  await writeFile(join(site, 'index.html'), '<p>not for this bucket</p>');
  const before = await bucketState(moto.endpoint, BUCKET, 'www/');
  const run = await deploy(site, '999988887777');
  expect(run.code).toBe(1);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/not owned by account 999988887777 \(the expected-bucket-owner input\)/);
  expect(seen.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
  expect(await bucketState(moto.endpoint, BUCKET, 'www/')).toEqual(before);
});
