/**
 * Ceph RGW answers a successful CompleteMultipartUpload with 200 and <ETag></ETag> (issue 12). A
 * proxy in front of moto blanks the ETag of those answers; the built action must still finish the
 * deploy, record the multipart ETag it computed from the parts, and upload nothing the next time.
 * The bucket is read back with boto3, not with our own client.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LocalServer } from '../../playground/local-s3.js';
import { runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { type S3Proxy, startS3Proxy } from '../support/s3-proxy.js';
import { copySite, removeSites } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'empty-complete-etag';
const PREFIX = 'rgw';
const MiB = 1024 * 1024;

let moto: LocalServer;
let blanking: S3Proxy;
let tap: TapProxy;
const blanked: string[] = [];

const isComplete = (method: string, url: string) => method === 'POST' && /[?&]uploadId=/.test(url);

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  blanking = await startS3Proxy(moto.endpoint, {
    rewrite: (method, url, answer) => {
      if (!isComplete(method, url) || answer.status !== 200) return undefined;
      blanked.push(url);
      const { etag: _etag, ...headers } = answer.headers;
      return {
        ...answer,
        headers,
        body: Buffer.from(answer.body.toString().replace(/<ETag>[^<]*<\/ETag>/, '<ETag></ETag>')),
      };
    },
  });
  tap = await startTapProxy(blanking.endpoint);
}, 60_000);
afterAll(async () => {
  await tap?.stop();
  await blanking?.stop();
  await moto?.stop();
  await removeSites();
});

const deploy = (site: string) =>
  runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: PREFIX },
    {
      env: {
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: tap.endpoint,
      },
    },
  );

/** The manifest's entries, read with boto3. */
async function manifestEntries(): Promise<Record<string, { etag: string; size: number }>> {
  const script = [
    'import boto3, sys',
    "s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')",
    "print(s3.get_object(Bucket=sys.argv[2], Key=sys.argv[3])['Body'].read().decode())",
  ].join('\n');
  const key = `${PREFIX}/.s3-cloudfront-deploy.json`;
  const { stdout } = await promisify(execFile)('python3', ['-c', script, moto.endpoint, BUCKET, key]);
  return (JSON.parse(stdout) as { objects: Record<string, { etag: string; size: number }> }).objects;
}

test('a CompleteMultipartUpload answer with an empty ETag: the deploy finishes and records the computed ETag', async () => {
  const site = await copySite();
  await writeFile(join(site, 'video.bin'), randomBytes(20 * MiB));

  const first = await deploy(site);
  expect(blanked).toHaveLength(1);
  expect({ code: first.code, errors: first.stdout.split('\n').filter((line) => line.startsWith('::error')) }).toEqual({
    code: 0,
    errors: [],
  });
  expect(first.stdout).not.toContain('AbortMultipartUpload');

  const stored = await bucketState(moto.endpoint, BUCKET, `${PREFIX}/`);
  expect(stored[`${PREFIX}/index.html`]).toBeDefined();
  const video = stored[`${PREFIX}/video.bin`];
  expect(video).toMatchObject({ size: 20 * MiB, etag: expect.stringMatching(/^[0-9a-f]{32}-3$/) });
  expect((await manifestEntries())['video.bin']).toMatchObject({ etag: video?.etag, size: 20 * MiB });

  const putsBefore = tap.seen.filter((line) => line.startsWith('PUT ')).length;
  const second = await deploy(site);
  expect(second.code).toBe(0);
  expect(second.outputs['uploaded']).toBe('0');
  expect(tap.seen.filter((line) => line.startsWith('PUT ')).length).toBe(putsBefore);
}, 120_000);
