/**
 * `npm start -- --releases`: release mode on the playground's edge. The built action deploys the example site as
 * release v1, then a changed copy as v2, then rolls back to the previous release; after each run it shows what the
 * viewer endpoint (running edge/viewer-request.js with the KeyValueStore stand-in) serves at /.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Edge } from './edge/index.js';
import { type ActionRun, runAction } from './run-action.js';

export const RELEASE_STORE_ARN =
  'arn:aws:cloudfront::123456789012:key-value-store/5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716';
export const RELEASE_NAME = 'site';

export interface ReleaseShow {
  readonly site: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly edge: Edge;
  /** The distribution whose default behaviour runs the release function: the deploys check it, and go up layered. */
  readonly distributionId: string;
  /** The action's environment: credentials and the local S3 endpoint. */
  readonly env: Record<string, string>;
  /** Prints one run as GitHub shows it. */
  readonly show: (run: ActionRun) => void;
}

/** The three runs; the exit code of the first that failed, else 0. */
export async function showReleases({
  site,
  bucket,
  prefix,
  edge,
  distributionId,
  env,
  show,
}: ReleaseShow): Promise<number> {
  const copy = await mkdtemp(join(tmpdir(), 'scd-playground-'));
  const action = (inputs: Record<string, string>) =>
    runAction(
      { bucket, prefix, 'release-store': RELEASE_STORE_ARN, 'release-name': RELEASE_NAME, ...inputs },
      { env: { ...env, AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: edge.kvs.endpoint } },
    );
  const common = {
    'source-dir': copy,
    'cache-control': '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable',
    'delete-grace': '1h',
    'distribution-id': distributionId,
  };
  try {
    await cp(site, copy, { recursive: true });
    const changed = async () => {
      const index = join(copy, 'index.html');
      await writeFile(
        index,
        (await readFile(index, 'utf8')).replace('<h1>Example site</h1>', '<h1>Example site v2</h1>'),
      );
      return action({ ...common, 'release-id': 'v2' });
    };
    const steps: Array<[string, () => Promise<ActionRun>]> = [
      ['Release v1 (the example site)', () => action({ ...common, 'release-id': 'v1' })],
      ['Release v2 (the home page changed: one upload, layered on v1: the rest is served from v1)', () => changed()],
      ['Rollback (rollback: previous: no upload, one pointer write)', () => action({ rollback: 'previous' })],
    ];
    for (const [title, step] of steps) {
      console.log(`=== ${title}: node dist/index.js\n`);
      const run = await step();
      show(run);
      if (run.code !== 0) return run.code;
      console.log(`The viewer now serves ${await servedAt(edge)}\n`);
    }
    return 0;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** The live release (from the store) and the home page's heading, as the viewer endpoint answers them. */
async function servedAt(edge: Edge): Promise<string> {
  const live = edge.kvs.state.snapshot().stores[RELEASE_STORE_ARN]?.items[`${RELEASE_NAME}:live`];
  const page = await fetch(edge.viewer.url);
  const heading = /<h1>(.*?)<\/h1>/.exec(await page.text())?.[1] ?? '(no heading)';
  return `release ${live} at ${edge.viewer.url}: ${page.status}, <h1>${heading}</h1>`;
}
