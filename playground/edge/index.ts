/**
 * The playground's edge, started from one place: the CloudFront stand-in (control plane), the KeyValueStore stand-in
 * (its data plane, SigV4A-checked) and the viewer endpoint of one distribution, which reads the very model the
 * KeyValueStore stand-in serves and the invalidations the CloudFront stand-in records.
 */
import { FUNCTION_RUNTIME, releaseResourceNames } from '../../src/core/release-function.js';
import { ACCOUNT } from '../cloudfront/edge-resources.js';
import { type CloudFrontStandin, type DistributionOptions, startCloudFrontStandin } from '../cloudfront/server.js';
import { type KvsStandin, startKvsStandin } from '../keyvaluestore/server.js';
import { startViewer, type ViewerEndpoint } from './viewer.js';
import { fillInViewerFunction, type ReleaseSite, readViewerFunction } from './viewer-function.js';

export type { ViewerEndpoint } from './viewer.js';
export type { ReleaseSite } from './viewer-function.js';

export interface EdgeOptions {
  /** The local S3 the distribution's origin lives in (path-style). */
  readonly s3Endpoint: string;
  /** The keys every stand-in checks signatures with, and the viewer endpoint signs its S3 reads with. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly distributionId: string;
  readonly distribution: DistributionOptions;
  /**
   * Release mode: the distribution's default behaviour runs edge/viewer-request.js for this site, associated with
   * this store (its initial keys, e.g. {} for no release yet). Absent: no function, the origin serves the site.
   */
  readonly releases?: {
    readonly storeArn: string;
    readonly site: ReleaseSite;
    readonly keys: Record<string, string>;
    /**
     * The function's code as published on the CloudFront stand-in (associated with the store and the default
     * behaviour, as setup-releases leaves it); default: edge/viewer-request.js filled in for site.
     */
    readonly functionCode?: string;
  };
  /** The CloudFront stand-in's: the Nth GetInvalidation finds an invalidation Completed. Default 2. */
  readonly completeAfterPolls?: number;
  /** The viewer endpoint's port; 0 (the default) = any free port. */
  readonly viewerPort?: number;
  /** The viewer endpoint's cache clock, in milliseconds. */
  readonly now?: () => number;
  /** One line per request to the viewer endpoint. */
  readonly log?: (line: string) => void;
}

export interface Edge {
  /** AWS_ENDPOINT_URL_CLOUDFRONT and its state. */
  readonly cloudfront: CloudFrontStandin;
  /** AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE and its state. */
  readonly kvs: KvsStandin;
  /** Where a browser opens the site. */
  readonly viewer: ViewerEndpoint;
  stop(): Promise<void>;
}

/** The ARN setup-releases gives the release function of a distribution, on the stand-in's account. */
export function releaseFunctionArn(distributionId: string): string {
  return `arn:aws:cloudfront::${ACCOUNT}:function/${releaseResourceNames(distributionId).function}`;
}

/**
 * The CloudFront stand-in as setup-releases leaves it: the store known, the function created with code and the
 * store, and published. The distribution must name releaseFunctionArn() as its viewerRequestFunctionArn.
 */
export function publishReleaseFunction(
  cloudfront: CloudFrontStandin,
  distributionId: string,
  storeArn: string,
  code: string,
): void {
  const { resources } = cloudfront.edge;
  const names = releaseResourceNames(distributionId);
  resources.adoptKeyValueStore(names.store, storeArn);
  const created = resources.createFunction({
    name: names.function,
    comment: 'the playground edge',
    runtime: FUNCTION_RUNTIME,
    code: Buffer.from(code, 'utf8'),
    keyValueStoreArns: [storeArn],
  });
  resources.publishFunction(names.function, created.etag);
}

export async function startEdge(options: EdgeOptions): Promise<Edge> {
  const { releases } = options;
  const functionArn = releaseFunctionArn(options.distributionId);
  const cloudfront = await startCloudFrontStandin({
    distributions: {
      [options.distributionId]:
        releases === undefined
          ? options.distribution
          : { ...options.distribution, viewerRequestFunctionArn: functionArn },
    },
    credentials: options.credentials,
    completeAfterPolls: options.completeAfterPolls ?? 2,
  });
  if (releases !== undefined) {
    const code = releases.functionCode ?? fillInViewerFunction(readViewerFunction(), releases.site);
    publishReleaseFunction(cloudfront, options.distributionId, releases.storeArn, code);
  }
  const kvs = await startKvsStandin({
    stores: releases === undefined ? {} : { [releases.storeArn]: releases.keys },
    credentials: options.credentials,
  }).catch(async (error: unknown) => {
    await cloudfront.stop();
    throw error;
  });
  const viewer = await startViewer({
    distributionId: options.distributionId,
    cloudfront: cloudfront.state,
    s3Endpoint: options.s3Endpoint,
    credentials: options.credentials,
    ...(releases !== undefined && {
      viewerRequest: {
        kvs: kvs.state,
        storeArn: releases.storeArn,
        site: releases.site,
        code: () => cloudfront.edge.resources.liveCode(functionArn)?.toString('utf8'),
      },
    }),
    ...(options.viewerPort !== undefined && { port: options.viewerPort }),
    ...(options.now !== undefined && { now: options.now }),
    ...(options.log !== undefined && { log: options.log }),
  }).catch(async (error: unknown) => {
    await Promise.all([cloudfront.stop(), kvs.stop()]);
    throw error;
  });
  return {
    cloudfront,
    kvs,
    viewer,
    async stop() {
      await Promise.all([viewer.stop(), kvs.stop(), cloudfront.stop()]);
    },
  };
}
