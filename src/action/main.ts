/** The action: read the inputs, wire the real adapters, run the flow, report. */
import * as core from '@actions/core';
import { safeLine } from '../core/wording.js';
import { systemClock } from '../ports.js';
import { failedKeyLines } from '../shell/failure.js';
import { runWired } from '../shell/run.js';
import { errorMessage } from '../util/errors.js';
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
  const report = actionReport(config.dryRun);
  const { preview, deploy } = config;
  const publish = preview && deploy && previewStep(preview, deploy.prefix, { summaryFirst: report.summary, log });
  try {
    await runWired(config, {
      log,
      report,
      preview: publish,
      env: process.env,
      workspace: process.env['GITHUB_WORKSPACE'],
      credentials: (unsigned) =>
        resolveCredentials(config.auth, config.region, {
          getIdToken: (audience) => fetchIdToken(audience, { http: unsigned, env: process.env }),
          mask: (secret) => core.setSecret(secret),
          http: unsigned,
        }),
    });
  } finally {
    await report.summary();
  }
  log.info(report.closingLine());
}

/** Every failure ends as a clear error annotation (one per failed key) and a non-zero exit code. */
export function fail(error: unknown): void {
  for (const line of failedKeyLines(error)) core.error(safeLine(line), { title: 'Upload failed' });
  core.setFailed(safeLine(errorMessage(error)));
}
