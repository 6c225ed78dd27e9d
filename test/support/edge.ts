/**
 * A local S3 and the playground's edge (CloudFront stand-in, KeyValueStore stand-in, viewer endpoint) in release
 * mode, with our own adapters to act on them as a deploy would: PutObject into the bucket, the pointer switched
 * over the KeyValueStore API (SigV4A), invalidations over the CloudFront API.
 */
import { type Edge, startEdge } from '../../playground/edge/index.js';
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import { createS3Store, type S3Store } from '../../src/aws/s3.js';
import type { ObjectHeaders } from '../../src/core/types.js';
import { type Cdn, type KeyValueStore, systemClock } from '../../src/ports.js';
import { TEST_CREDENTIALS } from './moto.js';

export const EDGE_BUCKET = 'edge-site';
export const EDGE_DISTRIBUTION = 'E2EDGETEST0001';
export const EDGE_STORE_ARN = 'arn:aws:cloudfront::123456789012:key-value-store/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
export const EDGE_SITE = 'site';

export interface EdgeFixture {
  readonly s3: LocalServer;
  readonly edge: Edge;
  readonly store: S3Store;
  readonly kvs: KeyValueStore;
  readonly cdn: Cdn;
  /** The viewer endpoint's URL for a path, e.g. url('/docs/'). */
  url(path: string): string;
  /** PutObject of each file under releases/<id>/ (its Content-Type from the name unless headers say otherwise). */
  putRelease(
    id: string,
    files: Readonly<Record<string, string | { body: string; headers: ObjectHeaders }>>,
  ): Promise<void>;
  /**
   * The built action (dist/index.js) as a release deploy or rollback to this edge: bucket, release-store,
   * release-name and the endpoints filled in (inputs may override them).
   */
  action(inputs: Readonly<Record<string, string>>, s3Endpoint?: string): Promise<ActionRun>;
  /** `<site>:live` = id, one If-Match UpdateKeys, as a release deploy switches. */
  setLive(id: string): Promise<void>;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export function contentTypeOf(name: string): string {
  return CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

export async function startEdgeFixture(
  options: { keys?: Record<string, string>; cacheTagHeader?: string; now?: () => number; functionCode?: string } = {},
): Promise<EdgeFixture> {
  const s3 = await startS3rver({ buckets: [EDGE_BUCKET] });
  let edge: Edge;
  try {
    edge = await startEdge({
      s3Endpoint: s3.endpoint,
      credentials: TEST_CREDENTIALS,
      distributionId: EDGE_DISTRIBUTION,
      distribution: {
        originDomain: `${EDGE_BUCKET}.s3.us-east-1.amazonaws.com`,
        ...(options.cacheTagHeader !== undefined && { cacheTagHeader: options.cacheTagHeader }),
      },
      releases: {
        storeArn: EDGE_STORE_ARN,
        site: { name: EDGE_SITE, prefix: '' },
        keys: options.keys ?? {},
        ...(options.functionCode !== undefined && { functionCode: options.functionCode }),
      },
      ...(options.now !== undefined && { now: options.now }),
    });
  } catch (error) {
    await s3.stop();
    throw error;
  }
  const http: HttpClient = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 8, clock: systemClock });
  const store = createS3Store({ http, bucket: EDGE_BUCKET, region: 'us-east-1', endpoint: s3.endpoint });
  const kvs = createKeyValueStoreClient({ http, storeArn: EDGE_STORE_ARN, endpoint: edge.kvs.endpoint });
  const cdn = createCloudFrontClient({ http, endpoint: edge.cloudfront.endpoint });
  return {
    s3,
    edge,
    store,
    kvs,
    cdn,
    url: (path) => new URL(path, edge.viewer.url).href,
    async putRelease(id, files) {
      for (const [name, file] of Object.entries(files)) {
        const { body, headers } =
          typeof file === 'string' ? { body: file, headers: { contentType: contentTypeOf(name), metadata: {} } } : file;
        await store.putObject(`releases/${id}/${name}`, Buffer.from(body), headers);
      }
    },
    action: (inputs, s3Endpoint = s3.endpoint) =>
      runAction(
        { bucket: EDGE_BUCKET, 'release-store': EDGE_STORE_ARN, 'release-name': EDGE_SITE, ...inputs },
        {
          env: {
            AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_S3: s3Endpoint,
            AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE: edge.kvs.endpoint,
            AWS_ENDPOINT_URL_CLOUDFRONT: edge.cloudfront.endpoint,
          },
        },
      ),
    async setLive(id) {
      await kvs.update(await kvs.version(), { puts: { [`${EDGE_SITE}:live`]: id } });
    },
    async stop() {
      http.close();
      await edge.stop();
      await s3.stop();
    },
  };
}
