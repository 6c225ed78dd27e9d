/**
 * A deploy killed in the middle of a multipart upload leaves an incomplete upload behind; the
 * re-run that completes the deploy must abort it (incomplete uploads cost storage until a
 * lifecycle rule removes them). dist/index.js against moto_server, which lists multipart uploads;
 * incomplete uploads are read back with boto3, not with our own client.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { LocalServer } from '../../playground/local-s3.js';
import { runAction } from '../../playground/run-action.js';
import { startMoto } from '../support/moto.js';
import { copySite, removeSites } from '../support/site.js';
import { startTapProxy, type TapProxy } from '../support/tap-proxy.js';

const BUCKET = 'killed-multipart';

let moto: LocalServer;
let tap: TapProxy;
let killAfter: ((request: string) => boolean) | undefined;
let running: { kill(signal: NodeJS.Signals): boolean } | undefined;

beforeAll(async () => {
  moto = await startMoto({ buckets: [BUCKET] });
  tap = await startTapProxy(moto.endpoint, (request) => {
    if (killAfter?.(request)) {
      killAfter = undefined;
      running?.kill('SIGKILL');
    }
  });
}, 60_000);
afterAll(async () => {
  await tap?.stop();
  await moto?.stop();
  await removeSites();
});

async function incompleteUploads(prefix: string): Promise<string[]> {
  const script = [
    'import boto3, json, sys',
    "s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')",
    "print(json.dumps([u['Key'] for u in s3.list_multipart_uploads(Bucket=sys.argv[2], Prefix=sys.argv[3]).get('Uploads', [])]))",
  ].join('\n');
  const { stdout } = await promisify(execFile)('python3', ['-c', script, moto.endpoint, BUCKET, prefix]);
  return JSON.parse(stdout) as string[];
}

/** Attempts of one workflow run: the re-run takes over the deploy lock the killed attempt left. */
const deploy = (site: string, attempt: string) =>
  runAction(
    { 'source-dir': site, bucket: BUCKET, prefix: 'big' },
    {
      env: {
        GITHUB_REPOSITORY: 'acme/site',
        GITHUB_RUN_ID: '500',
        GITHUB_RUN_ATTEMPT: attempt,
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_S3: tap.endpoint,
      },
      onSpawn: (child) => {
        running = child;
      },
    },
  );

test('killed after the first part of a multipart upload: the completing re-run aborts the upload it left', async () => {
  const site = await copySite();
  await writeFile(join(site, 'video.bin'), randomBytes(20 * 1024 * 1024));
  killAfter = (request) => request.startsWith('PUT ') && request.includes('partNumber=');
  const killed = await deploy(site, '1');
  expect(killed.code).not.toBe(0);
  expect(killAfter).toBeUndefined();
  expect(await incompleteUploads('big/')).toEqual(['big/video.bin']);

  const rerun = await deploy(site, '2');
  expect(rerun.code).toBe(0);
  expect(rerun.stdout).toContain(
    'Taking over the deploy lock big/.s3-cloudfront-deploy.lock from run 500 of acme/site',
  );
  expect(rerun.stdout).toContain('aborted the incomplete multipart upload of big/video.bin left by an earlier run');
  expect(await incompleteUploads('big/')).toEqual([]);
});
