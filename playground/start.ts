/**
 * `npm start`: the embedded default. Starts a local S3 server on 127.0.0.1, deploys the example
 * site with the built action (dist/index.js, run as the Actions runner runs it), deploys it again
 * to show that unchanged content uploads nothing, prints the bucket, and stops the server.
 */
import { fileURLToPath } from 'node:url';
import { startS3rver } from './local-s3.js';
import { runAction } from './run-action.js';

const BUCKET = 'playground-site';
const SITE = fileURLToPath(new URL('./site', import.meta.url));

async function main(): Promise<void> {
  const s3 = await startS3rver({ buckets: [BUCKET] });
  console.log(`Local S3 (s3rver) on ${s3.endpoint}, bucket ${BUCKET}\n`);
  try {
    const inputs = {
      'source-dir': SITE,
      bucket: BUCKET,
      prefix: 'www',
      delete: 'true',
      'cache-control': '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable',
    };
    const env = {
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
    };
    for (const title of ['First deploy', 'Second deploy (same content: nothing to upload)']) {
      console.log(`=== ${title}: node dist/index.js`);
      const run = await runAction(inputs, { env, echo: true });
      console.log(`--- exit code ${run.code}; outputs: ${JSON.stringify(run.outputs)}\n`);
      if (run.code !== 0) process.exitCode = run.code;
    }
  } finally {
    await s3.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
