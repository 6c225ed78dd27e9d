/** The action: read the inputs, wire the real adapters, run the flow, report. */
import * as core from '@actions/core';
import { createHttpClient } from '../aws/http.js';
import { safeLine } from '../core/wording.js';
import { UploadFailedError } from '../flows/deploy.js';
import { runSite } from '../flows/run.js';
import { systemClock } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { adapters, runClock } from './adapters.js';
import { resolveCredentials } from './credentials.js';
import { readConfig } from './inputs/config.js';
import { actionsLog } from './log.js';
import { fetchIdToken } from './oidc-token.js';
import { previewStep } from './preview.js';
import { actionReport } from './run-report.js';

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
  const report = actionReport(config.dryRun);
  const { preview, deploy } = config;
  const publish = preview && deploy && previewStep(preview, deploy.prefix, { summaryFirst: report.summary, log });
  try {
    await runSite(config, {
      ...adapters(config, http, log),
      clock: runClock(config, log),
      log,
      report,
      preview: publish,
    });
  } finally {
    http.close();
    await report.summary();
  }
  log.info(report.closingLine());
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
