/** The action: read the config, wire the real adapters, deploy, invalidate, report. */
import * as core from '@actions/core';
import { createCloudFrontClient } from '../aws/cloudfront.js';
import { createS3Store } from '../aws/s3.js';
import { planInvalidation, type CdnTarget } from '../core/invalidation-plan.js';
import type { DeployResult } from '../core/summary.js';
import type { Credentials } from '../core/types.js';
import { deploy, UploadFailedError } from '../deploy.js';
import { invalidate, type DistributionInvalidation } from '../invalidate.js';
import { resolveTargets } from '../resolve-targets.js';
import { hashFiles, selectFiles } from '../local/scan.js';
import { type Log, systemClock } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { readConfig, type CdnConfig, type Config, type SyncConfig } from './config.js';
import { resolveCredentials } from './credentials.js';
import { actionsLog, safeLine } from './log.js';
import { closingLine, setDeployOutputs, setInvalidationOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const config = readConfig((name) => core.getInput(name), process.env);
  const log = actionsLog(systemClock);
  const credentials = await resolveCredentials(config.auth, config.region, {
    getIdToken: (audience) => core.getIDToken(audience),
    mask: (secret) => core.setSecret(secret),
    clock: systemClock,
  });
  const cdn = config.cdn === undefined ? undefined : cloudFront(config, config.cdn, credentials, log);

  let deployed: DeployResult | undefined;
  let invalidations: DistributionInvalidation[] | undefined;
  try {
    // Every distribution is resolved before the first write to S3: a wrong id fails with nothing written.
    const targets = cdn === undefined ? undefined : await log.group('CloudFront', () => cdn.resolve());
    if (config.sync !== undefined) {
      deployed = await sync(config, config.sync, credentials, log);
      setDeployOutputs(deployed);
    }
    if (cdn !== undefined && targets !== undefined) {
      const keys = deployed?.changedKeys ?? [];
      invalidations = await log.group('Invalidate', () => cdn.invalidate(targets, keys));
      setInvalidationOutputs(invalidations);
    }
  } finally {
    cdn?.close();
    await writeSummary(config.dryRun, deployed, invalidations);
  }
  log.info(closingLine(config.dryRun, deployed, invalidations));
}

async function sync(config: Config, sync: SyncConfig, credentials: Credentials, log: Log): Promise<DeployResult> {
  const store = createS3Store({
    bucket: sync.bucket,
    region: config.region,
    ...(config.s3Endpoint !== undefined && { endpoint: config.s3Endpoint }),
    credentials,
    concurrency: config.concurrency,
    clock: systemClock,
    log: (message) => log.info(message),
  });
  try {
    return await deploy(
      { ...sync, target: `s3://${sync.bucket}/${sync.prefix}`, dryRun: config.dryRun, concurrency: config.concurrency },
      { store, source: { select: selectFiles, hash: hashFiles }, clock: systemClock, log },
    );
  } finally {
    store.close();
  }
}

/** The CloudFront side in its two steps: resolve before the deploy, invalidate after it. */
function cloudFront(config: Config, cdn: CdnConfig, credentials: Credentials, log: Log) {
  const client = createCloudFrontClient({
    ...(cdn.endpoint !== undefined && { endpoint: cdn.endpoint }),
    credentials,
    clock: systemClock,
  });
  const deps = { cdn: client, clock: systemClock, log };
  return {
    resolve: () => resolveTargets({ distributionIds: cdn.distributionIds, originPath: cdn.originPath, bucket: config.sync?.bucket }, deps),
    invalidate: (targets: readonly CdnTarget[], changedKeys: readonly string[]) => {
      const plans = targets.map((target) => planInvalidation(target, { ...cdn, changedKeys }));
      return invalidate(plans, { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: config.dryRun }, deps);
    },
    close: () => client.close(),
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
