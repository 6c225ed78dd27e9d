/** The action: read the config, wire the real adapters, deploy, invalidate, report. */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { createCloudFrontClient } from '../aws/cloudfront.js';
import { createS3Store } from '../aws/s3.js';
import { deploy, UploadFailedError, type DeployResult } from '../deploy.js';
import { invalidate, type DistributionInvalidation } from '../invalidate.js';
import { hashFiles, selectFiles } from '../local/scan.js';
import type { Credentials } from '../core/types.js';
import { systemClock } from '../ports.js';
import { credentialsFromOidc } from './oidc.js';
import { readConfig, type CdnConfig, type Config, type SyncConfig } from './config.js';
import { actionsReporter } from './reporter.js';
import { changedKeys, oneLineSummary, setInvalidationOutputs, setOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const config = readConfig((name) => core.getInput(name), process.env);
  const credentials = await resolveCredentials(config);

  let deployed: DeployResult | undefined;
  let invalidations: DistributionInvalidation[] | undefined;
  try {
    if (config.sync !== undefined) {
      deployed = await sync(config, config.sync, credentials);
      setOutputs(deployed);
    }
    const cdn = config.cdn;
    if (cdn !== undefined) {
      invalidations = await core.group('Invalidate', () => invalidateCdn(config, cdn, credentials, deployed));
      setInvalidationOutputs(invalidations);
    }
  } finally {
    await writeSummary(config, deployed, invalidations);
  }
  core.info(oneLineSummary(config, deployed, invalidations));
}

/** Every credential is masked before anything could print it. */
async function resolveCredentials(config: Config): Promise<Credentials> {
  const { auth } = config;
  if (auth.kind === 'environment') {
    for (const secret of [auth.credentials.secretAccessKey, auth.credentials.sessionToken]) {
      if (secret !== undefined) core.setSecret(secret);
    }
    return auth.credentials;
  }
  return credentialsFromOidc({
    roleArn: auth.roleArn,
    roleSessionName: auth.roleSessionName,
    durationSeconds: auth.durationSeconds,
    region: config.region,
    ...(auth.stsEndpoint !== undefined && { stsEndpointOverride: auth.stsEndpoint }),
    getIdToken: (audience) => core.getIDToken(audience),
    mask: (secret) => core.setSecret(secret),
    clock: systemClock,
  });
}

async function sync(config: Config, sync: SyncConfig, credentials: Credentials): Promise<DeployResult> {
  const store = createS3Store({
    bucket: sync.bucket,
    region: config.region,
    ...(config.s3Endpoint !== undefined && { endpoint: config.s3Endpoint }),
    credentials,
    concurrency: config.concurrency,
    clock: systemClock,
    log: (message) => core.info(message),
  });
  try {
    return await deploy(
      { ...sync, target: `s3://${sync.bucket}/${sync.prefix}`, dryRun: config.dryRun, concurrency: config.concurrency },
      { store, source: { select: selectFiles, hash: hashFiles }, clock: systemClock, reporter: actionsReporter(systemClock) },
    );
  } finally {
    store.close();
  }
}

async function invalidateCdn(
  config: Config,
  cdn: CdnConfig,
  credentials: Credentials,
  deployed: DeployResult | undefined,
): Promise<DistributionInvalidation[]> {
  const keys = deployed === undefined ? [] : changedKeys(deployed);
  const client = createCloudFrontClient({
    ...(cdn.endpoint !== undefined && { endpoint: cdn.endpoint }),
    credentials,
    clock: systemClock,
  });
  try {
    return await invalidate(
      {
        distributionIds: cdn.distributionIds,
        changedKeys: keys,
        explicitPaths: cdn.explicitPaths,
        keyPrefix: config.sync?.prefix ?? '',
        ...(cdn.originPath !== undefined && { originPath: cdn.originPath }),
        ...(config.sync !== undefined && { bucket: config.sync.bucket }),
        indexDocument: cdn.indexDocument,
        ...(cdn.maxPaths !== undefined && { maxPaths: cdn.maxPaths }),
        wait: cdn.wait,
        dryRun: config.dryRun,
        waitTimeoutMs: cdn.waitTimeoutMs,
        run: runIdentity(),
      },
      {
        cdn: client,
        clock: systemClock,
        reporter: { info: (message) => core.info(message), warning: (message) => core.warning(message) },
      },
    );
  } finally {
    client.close();
  }
}

/** The CallerReference's run part: the same for a retried request, new for a re-run attempt. */
function runIdentity(): { runId: string; runAttempt: string } {
  const { runId, runAttempt } = github.context;
  if (Number.isFinite(runId)) return { runId: String(runId), runAttempt: String(Number.isFinite(runAttempt) ? runAttempt : 1) };
  // Outside Actions (npm start, a terminal): every invocation is its own run.
  return { runId: `local${Date.now()}`, runAttempt: '1' };
}

/** Every failure ends as a clear error annotation (one per failed key) and a non-zero exit code. */
export function fail(error: unknown): void {
  if (error instanceof UploadFailedError) {
    for (const { key, error: cause } of error.failures.slice(0, 10)) {
      core.error(`${key}: ${cause instanceof Error ? cause.message : String(cause)}`, { title: 'Upload failed' });
    }
  }
  core.setFailed(error instanceof Error ? error.message : String(error));
}
