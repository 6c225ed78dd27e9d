/**
 * The one-time release setup of a distribution (setup-releases): a KeyValueStore (unless one is given),
 * the viewer-request function with the site's name and prefix filled in and the store associated
 * (CreateFunction, PublishFunction), and its association with the default cache behaviour: the
 * configuration read with its ETag, changed in place, sent back with If-Match; then it waits until
 * CloudFront has deployed it. A second run finds it done; a behaviour running another viewer-request
 * function is refused. A dry run only reads, and shows the change as a diff.
 */
import {
  FUNCTION_RUNTIME,
  releaseFunctionCode,
  releaseFunctionPrefix,
  releaseResourceNames,
} from '../core/release-function.js';
import { servesLayers } from '../core/release-layers.js';
import { checkReleaseSetup, ReleaseSetupError, type ViewerRequestFunction } from '../core/release-setup.js';
import { parseStoreArn } from '../core/store-arn.js';
import {
  documentDiff,
  viewerRequestFunctionArn,
  withViewerRequestFunction,
} from '../core/viewer-request-association.js';
import type { Clock, EdgeSetup, Log } from '../ports.js';

export interface SetupReleasesRequest {
  readonly distributionId: string;
  /** The store to use; undefined: the one setup creates (or created on an earlier run). */
  readonly storeArn?: string | undefined;
  /** RELEASE_NAME: the site's keys are `<name>:live` and `<name>:previous`. */
  readonly releaseName: string;
  /** The site's prefix in the bucket: its releases are under `<prefix>releases/`. */
  readonly prefix: string;
  /** edge/viewer-request.js as shipped. */
  readonly functionSource: string;
  readonly dryRun: boolean;
}

export interface SetupReleasesDeps {
  readonly edge: EdgeSetup;
  readonly clock: Clock;
  readonly log: Log;
  /** Default: 1 s, doubling up to 15 s, for at most 30 minutes. */
  readonly poll?: { readonly firstMs: number; readonly maxMs: number; readonly timeoutMs: number };
}

export type SetupReleasesOutcome =
  | { readonly kind: 'already'; readonly functionArn: string; readonly storeArn: string }
  | { readonly kind: 'planned'; readonly diff: string; readonly steps: readonly string[] }
  | { readonly kind: 'done'; readonly functionArn: string; readonly storeArn: string };

const DIFF_LABELS: [string, string] = ['GetDistributionConfig', 'UpdateDistribution (planned)'];

export async function setupReleases(
  request: SetupReleasesRequest,
  deps: SetupReleasesDeps,
): Promise<SetupReleasesOutcome> {
  const { edge, log } = deps;
  const { distributionId } = request;
  const names = releaseResourceNames(distributionId);
  const code = releaseFunctionCode(request.functionSource, request.releaseName, request.prefix);
  if (request.storeArn !== undefined) parseStoreArn(request.storeArn);

  const current = await edge.getDistributionConfig(distributionId);
  const existing = viewerRequestFunctionArn(current.xml);
  if (existing !== undefined) {
    const found = await edge.functionBehind(existing);
    const outcome = alreadySetUp(request, names.function, found);
    return outcome.kind === 'already' && found.name === names.function
      ? updateForLayers(request, found, outcome, deps)
      : outcome;
  }

  const store = request.storeArn ?? (await edge.describeKeyValueStore(names.store))?.arn;
  const development = await edge.describeFunction(names.function, 'DEVELOPMENT');
  if (development !== undefined && store !== undefined && !development.keyValueStoreArns.includes(store)) {
    const [itsStore] = development.keyValueStoreArns;
    const instead = itsStore === undefined ? '' : `, or run setup-releases with --release-store ${itsStore}`;
    throw new ReleaseSetupError(
      `a function named ${names.function} exists already, associated with ${itsStore ?? 'no KeyValueStore'}, ` +
        `not with ${store}: delete it${instead}.`,
    );
  }

  if (request.dryRun) {
    const account = store === undefined ? '{account}' : parseStoreArn(store).account;
    const functionArn = development?.arn ?? `arn:aws:cloudfront::${account}:function/${names.function}`;
    const steps = [
      store === undefined ? `create KeyValueStore ${names.store}` : `use KeyValueStore ${store}`,
      development === undefined
        ? `create function ${names.function} (${FUNCTION_RUNTIME}, RELEASE_NAME ${JSON.stringify(request.releaseName)}, ` +
          `RELEASE_PREFIX ${JSON.stringify(releaseFunctionPrefix(request.prefix))}) with the store, then publish it`
        : `publish function ${names.function} (it exists)`,
      `associate it with the default cache behaviour of ${distributionId} (viewer-request), then wait until Deployed`,
    ];
    const diff = documentDiff(current.xml, withViewerRequestFunction(current.xml, functionArn), DIFF_LABELS);
    return { kind: 'planned', diff, steps };
  }

  const storeArn =
    store ?? (await edge.createKeyValueStore(names.store, `s3-cloudfront-deploy releases of ${distributionId}`)).arn;
  if (store === undefined) log.info(`Created KeyValueStore ${names.store}: ${storeArn}`);
  const created =
    development ??
    (await edge.createFunction({
      name: names.function,
      comment: `s3-cloudfront-deploy releases of ${distributionId}`,
      runtime: FUNCTION_RUNTIME,
      code: Buffer.from(code, 'utf8'),
      keyValueStoreArns: [storeArn],
    }));
  if (development === undefined) log.info(`Created function ${names.function} with ${storeArn}`);
  const live =
    (await edge.describeFunction(names.function, 'LIVE')) ?? (await edge.publishFunction(names.function, created.etag));
  log.info(`Published function ${names.function}: ${live.arn}`);

  // Read again just before the write: the If-Match then covers as little time as possible.
  const latest = await edge.getDistributionConfig(distributionId);
  const patched = withViewerRequestFunction(latest.xml, live.arn);
  await edge.updateDistributionConfig(distributionId, patched, latest.etag);
  log.info(`Associated ${names.function} with the default cache behaviour of ${distributionId} (viewer-request)`);
  await waitUntilDeployed(distributionId, deps);
  return { kind: 'done', functionArn: live.arn, storeArn };
}

/**
 * Our function set up by an older version: its LIVE code lacks the layered-releases marker, so the deploy makes
 * only full releases. Its code is replaced by the shipped one (its own RELEASE_NAME and RELEASE_PREFIX kept, so it
 * keeps reading the same keys) and published: the distribution picks the LIVE stage up, no association changes.
 */
async function updateForLayers(
  request: SetupReleasesRequest,
  found: ViewerRequestFunction,
  outcome: Extract<SetupReleasesOutcome, { kind: 'already' }>,
  { edge, log }: SetupReleasesDeps,
): Promise<SetupReleasesOutcome> {
  const live = await edge.functionCode(found.arn);
  if (live === undefined || servesLayers(live)) return outcome;
  const constant = (name: string): string | undefined => {
    const value = new RegExp(`^const ${name} = (.*);$`, 'm').exec(live)?.[1];
    try {
      const parsed: unknown = value === undefined ? undefined : JSON.parse(value.replace(/^'(.*)'$/, '"$1"'));
      return typeof parsed === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  };
  const releaseName = constant('RELEASE_NAME') ?? request.releaseName;
  const prefix = constant('RELEASE_PREFIX') ?? request.prefix;
  const step = `update function ${found.name} to the shipped code (layered releases; RELEASE_NAME ${JSON.stringify(releaseName)}), then publish it`;
  if (request.dryRun) return { kind: 'planned', diff: '', steps: [step] };
  const development = await edge.describeFunction(found.name, 'DEVELOPMENT');
  if (development === undefined) throw new Error(`function ${found.name} has no DEVELOPMENT stage to update`);
  const updated = await edge.updateFunction(
    {
      name: found.name,
      comment: `s3-cloudfront-deploy releases of ${request.distributionId}`,
      runtime: FUNCTION_RUNTIME,
      code: Buffer.from(releaseFunctionCode(request.functionSource, releaseName, prefix), 'utf8'),
      keyValueStoreArns: found.keyValueStoreArns,
    },
    development.etag,
  );
  await edge.publishFunction(found.name, updated.etag);
  log.info(
    `Updated function ${found.name} to serve layered releases and published it (it predated them): ` +
      'small changes now go up as layered releases.',
  );
  return { kind: 'done', functionArn: outcome.functionArn, storeArn: outcome.storeArn };
}

/** The behaviour has a viewer-request function: ours (done before) or another one (refused). */
function alreadySetUp(
  request: SetupReleasesRequest,
  ourName: string,
  found: ViewerRequestFunction,
): SetupReleasesOutcome {
  const storeArn = request.storeArn ?? (found.name === ourName ? found.keyValueStoreArns[0] : undefined);
  if (storeArn !== undefined) {
    const verdict = checkReleaseSetup(request.distributionId, storeArn, found);
    if (verdict.kind === 'ready') return { kind: 'already', functionArn: found.arn, storeArn };
  }
  const ours = found.keyValueStoreArns[0];
  if (found.name === ourName && ours !== undefined) {
    throw new ReleaseSetupError(
      `${request.distributionId} is already set up for releases with the KeyValueStore ${ours}, not ${storeArn}. ` +
        `Nothing was changed. Deploy with release-store: ${ours}, or run setup-releases without --release-store.`,
    );
  }
  throw new ReleaseSetupError(
    `the default cache behaviour of ${request.distributionId} already runs another viewer-request function, ` +
      `${found.name} (${found.arn}), and a behaviour runs one function per event. Nothing was changed. ` +
      'Remove that association first (or merge its logic into the release function), then run setup-releases again.',
  );
}

async function waitUntilDeployed(distributionId: string, { edge, clock, log, poll }: SetupReleasesDeps): Promise<void> {
  const { firstMs, maxMs, timeoutMs } = poll ?? { firstMs: 1000, maxMs: 15_000, timeoutMs: 30 * 60_000 };
  const started = clock.now();
  let wait = firstMs;
  for (;;) {
    const status = await edge.distributionStatus(distributionId);
    const seconds = Math.round((clock.now() - started) / 1000);
    if (status === 'Deployed') {
      log.info(`Distribution ${distributionId} is Deployed (${seconds} s).`);
      return;
    }
    if (clock.now() - started >= timeoutMs) {
      throw new Error(
        `distribution ${distributionId} is still ${status} after ${seconds} s; the association is made, CloudFront is ` +
          'still deploying it: check the console, or run setup-releases again to wait.',
      );
    }
    log.info(`Distribution ${distributionId} is ${status}: CloudFront is deploying the change (${seconds} s)...`);
    await clock.sleep(wait);
    wait = Math.min(maxMs, wait * 2);
  }
}
