/** The action: read the config, wire the real adapters, deploy, invalidate, report. */
import * as core from '@actions/core';
import { createS3Store } from '../aws/s3.js';
import { deploy, type DeployResult } from '../deploy.js';
import { scanSource } from '../local/scan.js';
import { systemClock } from '../ports.js';
import { readConfig, type Config, type SyncConfig } from './config.js';
import { actionsReporter } from './reporter.js';
import { oneLineSummary, setOutputs, writeSummary } from './report.js';

export async function run(): Promise<void> {
  const config = readConfig((name) => core.getInput(name), process.env);
  core.setSecret(config.credentials.secretAccessKey);
  if (config.credentials.sessionToken !== undefined) core.setSecret(config.credentials.sessionToken);

  if (config.sync !== undefined) {
    const target = `s3://${config.sync.bucket}/${config.sync.prefix}`;
    const result = await sync(config, config.sync, target);
    setOutputs(result);
    await writeSummary(result, target);
    core.info(oneLineSummary(result, target));
  }
}

async function sync(config: Config, sync: SyncConfig, target: string): Promise<DeployResult> {
  const store = createS3Store({
    bucket: sync.bucket,
    region: config.region,
    ...(config.s3Endpoint !== undefined && { endpoint: config.s3Endpoint }),
    credentials: config.credentials,
    concurrency: config.concurrency,
    clock: systemClock,
    log: (message) => core.info(message),
  });
  try {
    return await deploy(
      {
        sourceDir: sync.sourceDir,
        include: sync.include,
        exclude: sync.exclude,
        prefix: sync.prefix,
        target,
        headerRules: sync.headerRules,
        deleteRemoved: sync.deleteRemoved,
        maxDeletes: sync.maxDeletes,
        dryRun: config.dryRun,
        concurrency: config.concurrency,
      },
      { store, scan: scanSource, clock: systemClock, reporter: actionsReporter(systemClock) },
    );
  } finally {
    store.close();
  }
}

/** Every failure ends as one clear error annotation and a non-zero exit code. */
export function fail(error: unknown): void {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
