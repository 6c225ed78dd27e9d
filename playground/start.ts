/**
 * `npm start`: the embedded default. Starts a local S3 server and the CloudFront stand-in on
 * 127.0.0.1, deploys the example site with the built action (dist/index.js, run as the Actions
 * runner runs it) and invalidates the changed paths, waiting until Completed; then deploys again
 * to show that unchanged content uploads and invalidates nothing; then stops both servers.
 */
import { fileURLToPath } from 'node:url';
import { startCloudFrontStandin } from './cloudfront/server.js';
import { startS3rver } from './local-s3.js';
import { runAction } from './run-action.js';

const BUCKET = 'playground-site';
const PREFIX = 'www';
const DISTRIBUTION = 'E2PLAYGROUND01';
const SITE = fileURLToPath(new URL('./site', import.meta.url));
// s3rver knows only this key pair; the stand-in is told the same one.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

async function main(): Promise<void> {
  const s3 = await startS3rver({ buckets: [BUCKET] });
  const cloudfront = await startCloudFrontStandin({
    distributions: { [DISTRIBUTION]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: `/${PREFIX}` } },
    credentials: CREDENTIALS,
    completeAfterPolls: 2,
  });
  console.log(`Local S3 (s3rver) on ${s3.endpoint}, bucket ${BUCKET}`);
  console.log(`CloudFront stand-in on ${cloudfront.endpoint}, distribution ${DISTRIBUTION} (origin path /${PREFIX})\n`);
  try {
    const inputs = {
      'source-dir': SITE,
      bucket: BUCKET,
      prefix: PREFIX,
      delete: 'true',
      'cache-control': '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable',
      'distribution-id': DISTRIBUTION,
      wait: 'true',
    };
    const env = {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
    };
    for (const title of ['First deploy', 'Second deploy (same content: nothing to upload or invalidate)']) {
      console.log(`=== ${title}: node dist/index.js`);
      const run = await runAction(inputs, { env, echo: true });
      console.log(`--- exit code ${run.code}; outputs: ${JSON.stringify(run.outputs, null, 1)}\n`);
      if (run.code !== 0) process.exitCode = run.code;
    }
  } finally {
    await cloudfront.stop();
    await s3.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
