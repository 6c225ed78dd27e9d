/**
 * `npm start`: the embedded default. Starts a local S3 server and the CloudFront stand-in on 127.0.0.1, deploys
 * the example site with the built action (dist/index.js, run as the Actions runner runs it) and invalidates the
 * changed paths, waiting until Completed; then deploys again to show that unchanged content uploads and
 * invalidates nothing. Each run is shown as GitHub shows it: the log, the outputs and the job summary.
 *
 * `npm start -- --serve` then keeps the servers running and serves the deployed site on 127.0.0.1 through the viewer
 * endpoint of the distribution (playground/edge/: its cache, the invalidations the deploys made, the local S3 as its
 * website origin) until Ctrl-C (`--port N` picks the port).
 *
 * `npm start -- --releases` shows release mode instead (playground/start-releases.ts): deploy, deploy a change,
 * roll back, each followed by what the viewer endpoint serves; with --serve it then keeps serving the live release.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Edge, startEdge } from './edge/index.js';
import { startS3rver } from './local-s3.js';
import { renderLog } from './render-log.js';
import { type ActionRun, runAction } from './run-action.js';
import { RELEASE_NAME, RELEASE_STORE_ARN, showReleases } from './start-releases.js';
import { summaryText } from './summary-text.js';

const BUCKET = 'playground-site';
const PREFIX = 'www';
const DISTRIBUTION = 'E2PLAYGROUND01';
const SITE = fileURLToPath(new URL('./site', import.meta.url));
// s3rver knows only this key pair; the stand-in is told the same one.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

/** One run as a person reads it on GitHub: the step's log, its outputs, its job summary. */
function show(run: ActionRun): void {
  console.log(indent(renderLog(run.stdout)));
  if (run.stderr.trim() !== '') console.log(indent(run.stderr.trimEnd()));
  console.log(`\n  Exit code ${run.code}. Outputs:`);
  for (const [name, value] of Object.entries(run.outputs)) console.log(`    ${name}: ${value}`);
  if (run.summary.trim() !== '') console.log(`\n  Job summary:\n\n${indent(indent(summaryText(run.summary)))}`);
  console.log('');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { serve: { type: 'boolean' }, releases: { type: 'boolean' }, port: { type: 'string', default: '0' } },
  });
  const s3 = await startS3rver({ buckets: [BUCKET] });
  const originDomain = `${BUCKET}.s3.us-east-1.amazonaws.com`;
  const edge = await startEdge({
    s3Endpoint: s3.endpoint,
    credentials: CREDENTIALS,
    distributionId: DISTRIBUTION,
    // Release mode: the function rewrites each request to /<prefix>/releases/<live id>/..., so no origin path.
    distribution: values.releases ? { originDomain } : { originDomain, originPath: `/${PREFIX}` },
    ...(values.releases && {
      releases: { storeArn: RELEASE_STORE_ARN, site: { name: RELEASE_NAME, prefix: PREFIX }, keys: {} },
    }),
    completeAfterPolls: 2,
    viewerPort: Number(values.port),
    log: (line) => console.log(`  viewer: ${line}`),
  });
  const { cloudfront } = edge;
  console.log(`Local S3 (s3rver) on ${s3.endpoint}, bucket ${BUCKET}`);
  const origin = values.releases ? `function ${RELEASE_NAME} on store ${RELEASE_STORE_ARN}` : `origin path /${PREFIX}`;
  console.log(`CloudFront stand-in on ${cloudfront.endpoint}, distribution ${DISTRIBUTION} (${origin})\n`);
  try {
    const env = {
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint,
    };
    if (values.releases) {
      const code = await showReleases({
        site: SITE,
        bucket: BUCKET,
        prefix: PREFIX,
        edge,
        distributionId: DISTRIBUTION,
        env,
        show,
      });
      if (code !== 0) process.exitCode = code;
      if (values.serve && code === 0) await serveUntilInterrupted(edge);
      return;
    }
    const inputs = {
      'source-dir': SITE,
      bucket: BUCKET,
      prefix: PREFIX,
      delete: 'true',
      'cache-control': '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable',
      'distribution-id': DISTRIBUTION,
      wait: 'true',
    };
    for (const title of ['First deploy', 'Second deploy (same content: nothing to upload or invalidate)']) {
      console.log(`=== ${title}: node dist/index.js\n`);
      const run = await runAction(inputs, { env });
      show(run);
      if (run.code !== 0) process.exitCode = run.code;
    }
    if (values.serve && process.exitCode === undefined) await serveUntilInterrupted(edge);
  } finally {
    await edge.stop();
    await s3.stop();
  }
}

async function serveUntilInterrupted(edge: Edge): Promise<void> {
  console.log(
    `The deployed site, through distribution ${DISTRIBUTION} (its cache, origin s3://${BUCKET}/${PREFIX}/): ${edge.viewer.url}`,
  );
  console.log('Press Ctrl-C to stop the servers. Each request shows its cache key and X-Cache:');
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  console.log('\nStopping.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
