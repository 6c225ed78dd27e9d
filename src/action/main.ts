/** The action: read the config, wire the real adapters, deploy, invalidate, report. */
import * as core from '@actions/core';
import { createCloudFrontClient } from '../aws/cloudfront.js';
import { createHttpClient, type HttpClient } from '../aws/http.js';
import { createS3Store } from '../aws/s3.js';
import { type CdnTarget, planInvalidation } from '../core/invalidation-plan.js';
import type { DeployResult } from '../core/outcome.js';
import { keysOwedTo } from '../core/owed.js';
import { closingLine, safeLine } from '../core/wording.js';
import { deploy, UploadFailedError } from '../flows/deploy.js';
import { type DistributionInvalidation, invalidate } from '../flows/invalidate.js';
import { settleOwed } from '../flows/owed-record.js';
import { startRemoteReads } from '../flows/plan-inputs.js';
import { removeSite } from '../flows/remove.js';
import { resolveTargets } from '../flows/resolve-targets.js';
import { createLocalSource } from '../local/scan.js';
import { type Clock, type Log, systemClock } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { type CdnConfig, type Config, readConfig } from './config.js';
import { resolveCredentials } from './credentials.js';
import { TEST_CLOCK_OFFSET_VARIABLE } from './delete-inputs.js';
import { actionsLog } from './log.js';
import { fetchIdToken } from './oidc-token.js';
import { publishPreview } from './preview.js';
import { setDeployOutputs, setInvalidationOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const config = readConfig((name) => core.getInput(name), process.env);
  if (config.preview?.githubToken !== undefined) core.setSecret(config.preview.githubToken);
  const log = actionsLog(systemClock);
  // One client for every AWS call: sockets, proxy (HTTPS_PROXY/NO_PROXY), retries and their log lines.
  const unsigned = createHttpClient({
    concurrency: config.concurrency,
    clock: systemClock,
    log,
    proxyEnv: process.env,
  });
  const credentials = await resolveCredentials(config.auth, config.region, {
    getIdToken: (audience) => fetchIdToken(audience, { http: unsigned, env: process.env }),
    mask: (secret) => core.setSecret(secret),
    http: unsigned,
  });
  const http = unsigned.withCredentials(credentials);
  const cdn = config.cdn === undefined ? undefined : cloudFront(config, config.cdn, http, log);
  const bucketSite = config.sync ?? config.remove;
  const site =
    bucketSite === undefined
      ? undefined
      : {
          prefix: bucketSite.prefix,
          store: createS3Store({
            http,
            bucket: bucketSite.bucket,
            region: config.region,
            endpoint: config.s3Endpoint,
            log,
          }),
        };
  const target = bucketSite === undefined ? '' : `s3://${bucketSite.bucket}/${bucketSite.prefix}`;
  // A deploy's first requests, the manifest and the listing, go out now: they are on their way while
  // the CloudFront targets are resolved.
  const remoteReads =
    config.sync !== undefined && site !== undefined ? startRemoteReads(site.store, site.prefix) : undefined;
  const clock = deployClock(config, log);

  let deployed: DeployResult | undefined;
  let invalidations: DistributionInvalidation[] | undefined;
  try {
    // Every distribution is resolved before the first write to S3: a wrong id fails with nothing written.
    const targets = cdn === undefined ? [] : await log.group('CloudFront', () => cdn.resolve());
    const owedTo = targets.map((target) => target.distributionId);
    if (config.remove !== undefined && site !== undefined) {
      deployed = await removeSite(
        { ...config.remove, target, dryRun: config.dryRun, owedTo },
        { store: site.store, clock, log },
      );
      setDeployOutputs(deployed);
    } else if (config.sync !== undefined && site !== undefined) {
      const options = { ...config.sync, target, dryRun: config.dryRun, concurrency: config.concurrency, owedTo };
      const deps = { store: site.store, source: createLocalSource(), clock, log, remoteReads };
      deployed = await deploy(options, deps);
      setDeployOutputs(deployed);
    }
    if (cdn !== undefined) {
      const result = deployed;
      const keysFor = (id: string) => (result === undefined ? [] : keysOwedTo(result.owed, id, result.changedKeys));
      invalidations = await log.group('Invalidate', () => cdn.invalidate(targets, keysFor));
      setInvalidationOutputs(invalidations);
      // Only now, with every CreateInvalidation answered, is the debt paid.
      if (site !== undefined && result !== undefined && !config.dryRun)
        await settleOwed(site.store, site.prefix, result.owed, owedTo);
    }
  } finally {
    http.close();
    await writeSummary(config.dryRun, deployed, invalidations);
  }
  const { preview, sync } = config;
  const result = deployed;
  if (preview !== undefined && sync !== undefined && result !== undefined) {
    const context = { prefix: sync.prefix, target: result.summary.target, dryRun: config.dryRun };
    await log.group('Preview', () => publishPreview(preview, result, context, log, process.env));
  }
  log.info(closingLine(config.dryRun, deployed, invalidations));
}

/** The clock deploy() reads, shifted only in tests of the built action (delete-grace cannot be waited out). */
function deployClock(config: Config, log: Log): Clock {
  const offset = config.testClockOffsetMs;
  if (offset === undefined) return systemClock;
  log.warning(
    `${TEST_CLOCK_OFFSET_VARIABLE} is set: this run's clock is shifted by ${offset / 60_000} minute(s). It is for tests only.`,
  );
  return { now: () => systemClock.now() + offset, sleep: systemClock.sleep };
}

/** The CloudFront side in its two steps: resolve before the deploy, invalidate after it. */
function cloudFront(config: Config, cdn: CdnConfig, http: HttpClient, log: Log) {
  const client = createCloudFrontClient({ http, endpoint: cdn.endpoint });
  const deps = { cdn: client, clock: systemClock, log };
  return {
    resolve: () =>
      resolveTargets(
        {
          distributionIds: cdn.distributionIds,
          originPath: cdn.originPath,
          bucket: (config.sync ?? config.remove)?.bucket,
        },
        deps,
      ),
    invalidate: (targets: readonly CdnTarget[], keysFor: (distributionId: string) => readonly string[]) => {
      const plans = targets.map((target) =>
        planInvalidation(target, { ...cdn, changedKeys: keysFor(target.distributionId) }),
      );
      return invalidate(plans, { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: config.dryRun }, deps);
    },
  };
}

/** Every failure ends as a clear error annotation (one per failed key) and a non-zero exit code. */
export function fail(error: unknown): void {
  if (error instanceof UploadFailedError) {
    for (const { key, error: cause } of error.failures.slice(0, 10)) {
      core.error(safeLine(`${key}: ${errorMessage(cause)}`), { title: 'Upload failed' });
    }
  }
  core.setFailed(safeLine(errorMessage(error)));
}
