/** The setup-releases command: its flags → the flow (shell/setup-releases.ts) → what it did, in words. */

import type { Env } from '../action/inputs/read.js';
import { readSetupReleasesConfig } from '../action/inputs/setup-inputs.js';
import type { SetupReleasesOutcome } from '../flows/setup-releases.js';
import type { Log } from '../ports.js';
import { setupReleasesWired } from '../shell/setup-releases.js';
import type { Parsed } from './args.js';
import { cliCredentials } from './command-config.js';

export interface SetupCommandContext {
  readonly parsed: Parsed;
  readonly env: Env;
  readonly log: Log;
  readonly stdout: NodeJS.WritableStream;
  /** edge/viewer-request.js, put into the build. */
  readonly functionSource: string | undefined;
}

/** true when a dry run found a change to make. */
export async function setupCommand({
  parsed,
  env,
  log,
  stdout,
  functionSource,
}: SetupCommandContext): Promise<boolean> {
  const config = readSetupReleasesConfig((name) => parsed.inputs.get(name) ?? '', env);
  const credentials = cliCredentials(config.auth);
  if (functionSource === undefined) throw new Error('this build of the tool carries no viewer-request function');
  const { distributionId } = config.request;
  const outcome = await setupReleasesWired(config, { log, credentials, functionSource });
  for (const line of describe(distributionId, outcome)) log.info(line);
  if (outcome.kind === 'planned') (parsed.json ? log.info : (text: string) => stdout.write(text))(outcome.diff);
  if (parsed.json) stdout.write(`${JSON.stringify(outputs(outcome), null, 2)}\n`);
  return outcome.kind === 'planned';
}

function describe(distributionId: string, outcome: SetupReleasesOutcome): string[] {
  switch (outcome.kind) {
    case 'already':
      return [
        `Distribution ${distributionId} is already set up for releases: its default cache behaviour runs ` +
          `${outcome.functionArn} on viewer requests, with ${outcome.storeArn}. Nothing to do.`,
        `Deploy with release-store: ${outcome.storeArn}`,
      ];
    case 'planned':
      return ['Dry run: nothing was changed. setup-releases would:', ...outcome.steps.map((step) => `  - ${step}`)];
    case 'done':
      return [
        `Distribution ${distributionId} is set up for releases: ${outcome.functionArn} reads ${outcome.storeArn}.`,
        `Deploy with release-store: ${outcome.storeArn}`,
      ];
  }
}

function outputs(outcome: SetupReleasesOutcome): Record<string, string> {
  if (outcome.kind === 'planned') return { setup: 'planned', diff: outcome.diff };
  return { setup: outcome.kind, 'release-store': outcome.storeArn, 'function-arn': outcome.functionArn };
}
