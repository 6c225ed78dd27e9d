/**
 * Runs the CloudFront stand-in on its own and prints its endpoint:
 *   npx tsx playground/cloudfront-cli.ts [--port 0] [--complete-after-polls 2]
 *     [--distribution E123=my-bucket.s3.us-east-1.amazonaws.com/site ...]
 * Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, else the
 * playground keys below. Control: GET  {endpoint}/__standin/state,
 * POST {endpoint}/__standin/faults '{"op":"CreateInvalidation","kind":"503"}'.
 */
import { parseArgs } from 'node:util';
import type { DistributionOptions, StandinCredentials } from './cloudfront/server.js';
import { startCloudFrontStandin } from './cloudfront/server.js';

export const PLAYGROUND_CREDENTIALS: StandinCredentials = {
  accessKeyId: 'AKIAPLAYGROUND000001',
  secretAccessKey: 'playground-secret-access-key-000000000001',
};
export const PLAYGROUND_DISTRIBUTION = 'E2PLAYGROUND01';

/** 'E123=bucket.s3.amazonaws.com/site' → ['E123', { originDomain, originPath: '/site' }] */
function parseDistribution(spec: string): [string, DistributionOptions] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new Error(`--distribution wants ID=originDomain[/originPath], got '${spec}'`);
  const origin = spec.slice(eq + 1);
  const slash = origin.indexOf('/');
  const originDomain = slash === -1 ? origin : origin.slice(0, slash);
  const originPath = slash === -1 ? '' : origin.slice(slash);
  return [spec.slice(0, eq), { originDomain, originPath }];
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.CLOUDFRONT_STANDIN_PORT ?? '0' },
    'complete-after-polls': { type: 'string', default: '2' },
    distribution: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
  },
});

const distributions = Object.fromEntries(
  (values.distribution ?? [`${PLAYGROUND_DISTRIBUTION}=playground-site.s3.us-east-1.amazonaws.com`]).map(
    parseDistribution,
  ),
);
const env = process.env;
const credentials: StandinCredentials =
  env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
    ? {
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      }
    : PLAYGROUND_CREDENTIALS;

const standin = await startCloudFrontStandin({
  distributions,
  credentials,
  port: Number(values.port),
  completeAfterPolls: Number(values['complete-after-polls']),
  ...(values.quiet ? {} : { log: (line: string) => console.error(line) }),
});
console.log(standin.endpoint);
console.error(
  `CloudFront stand-in: distributions ${Object.keys(distributions).join(', ')}; access key ${credentials.accessKeyId}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void standin.stop().then(() => process.exit(0));
  });
}
