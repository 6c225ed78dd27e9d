/**
 * The command line: flags → the action's inputs → the same readConfig and the same run as the
 * action (shell/run.ts), with credentials from the environment or the shared AWS files. The log
 * goes to stderr; stdout holds only --help or, with --json, the outputs.
 */

import type { Env } from '../action/inputs/read.js';
import { InputError } from '../action/inputs/read.js';
import { invalidationOutputs, type Outputs, siteOutputs } from '../core/outcome.js';
import { changedPageLinks } from '../core/page-urls.js';
import { PlanError } from '../core/plan.js';
import { ReleaseSetupError } from '../core/release-setup.js';
import { releaseLine, releaseOutputs } from '../core/release-wording.js';
import { closingLine } from '../core/wording.js';
import { SupersededError } from '../flows/release-switch.js';
import type { RunOutcome } from '../flows/run.js';
import { systemClock } from '../ports.js';
import { failedKeyLines } from '../shell/failure.js';
import { runWired } from '../shell/run.js';
import { errorMessage } from '../util/errors.js';
import { type Parsed, parseArgs, UsageError } from './args.js';
import { cliCredentials, readCommandConfig } from './command-config.js';
import type { InputSpec } from './commands.js';
import { commandHelp, toolHelp } from './help.js';
import { errorLine, type Terminal, terminalLog } from './log.js';
import { withSharedConfig } from './profile.js';
import { releasesCommand } from './releases.js';
import { setupCommand } from './setup.js';

export interface CliContext {
  readonly argv: readonly string[];
  readonly env: Env;
  /** action.yml's inputs. */
  readonly table: readonly InputSpec[];
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: Terminal & NodeJS.WritableStream;
  /** package.json's version, put into the build. */
  readonly version?: string | undefined;
  /** edge/viewer-request.js, put into the build, for setup-releases. */
  readonly functionSource?: string | undefined;
}

export const EXIT = { done: 0, error: 1, changes: 2, refused: 3 } as const;

export async function main(context: CliContext): Promise<number> {
  const { stdout, stderr } = context;
  let parsed: Parsed;
  try {
    parsed = parseArgs(context.argv, context.table);
  } catch (error) {
    stderr.write(errorLine(stderr, errorMessage(error)));
    return EXIT.error;
  }
  const { command } = parsed;
  if (parsed.version) {
    stdout.write(`${context.version ?? 'unknown'}\n`);
    return EXIT.done;
  }
  if (parsed.help || command === undefined) {
    stdout.write(command === undefined ? toolHelp() : commandHelp(command, context.table));
    return EXIT.done;
  }
  const log = terminalLog(stderr, systemClock);
  const outputs: Outputs = {};
  let started = false;
  try {
    const env = await withSharedConfig(context.env);
    if (command.name === 'setup-releases') {
      const { functionSource } = context;
      const changes = await setupCommand({ parsed, env, log, stdout, functionSource });
      return parsed.detailedExitcode && changes ? EXIT.changes : EXIT.done;
    }
    const config = readCommandConfig(command, parsed.inputs, env);
    if (command.name === 'releases') {
      await releasesCommand(config, { log, stdout, json: parsed.json });
      return EXIT.done;
    }
    const { preview, deploy } = config;
    const credentials = cliCredentials(config.auth);
    started = true;
    const outcome = await runWired(config, {
      log,
      env,
      workspace: process.cwd(),
      credentials: async () => credentials,
      report: {
        site: (result) => Object.assign(outputs, siteOutputs(result)),
        invalidations: (list) => Object.assign(outputs, invalidationOutputs(list)),
        release: (result) => Object.assign(outputs, releaseOutputs(result)),
      },
      preview:
        preview &&
        deploy &&
        (async (result) => {
          const links = changedPageLinks(result.changes, { ...preview, prefix: deploy.prefix });
          outputs['page-urls'] = links.map((link) => link.url);
          log.info(`Preview: ${preview.siteUrl} (${links.length} changed page(s))`);
        }),
    });
    log.info(
      outcome.release === undefined
        ? closingLine(config.dryRun, outcome.site, outcome.invalidations)
        : releaseLine(outcome.release),
    );
    if (parsed.json) stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
    return parsed.detailedExitcode && config.dryRun && hasChanges(outcome) ? EXIT.changes : EXIT.done;
  } catch (error) {
    for (const line of failedKeyLines(error)) stderr.write(errorLine(stderr, line));
    stderr.write(errorLine(stderr, describe(error)));
    if (parsed.json && started) stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
    const refused = [PlanError, ReleaseSetupError, SupersededError].some((guard) => error instanceof guard);
    return refused ? EXIT.refused : EXIT.error;
  }
}

/** The one place an input's error is worded for the command line: it names the flag. */
function describe(error: unknown): string {
  if (error instanceof InputError) {
    return error.input === 'remove' ? `remove: ${error.reason}` : `--${error.input}: ${error.reason}`;
  }
  if (error instanceof UsageError) return error.message;
  return errorMessage(error);
}

function hasChanges({ site, invalidations, release }: RunOutcome): boolean {
  const changed = site !== undefined && site.summary.uploaded + site.summary.deleted > 0;
  // A release deploy always adds a release; a rollback changes something when it would switch.
  const switched = release !== undefined && (release.flow === 'deploy' || release.previousReleaseId !== undefined);
  return changed || switched || (invalidations ?? []).some((invalidation) => invalidation.paths.length > 0);
}
