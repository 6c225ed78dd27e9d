/** The releases command: the listing (shell/releases.ts) in words on stderr, or as data on stdout with --json. */
import type { Config } from '../action/inputs/config.js';
import { releaseListLines } from '../core/release-list.js';
import type { Log } from '../ports.js';
import { listReleasesWired } from '../shell/releases.js';
import { cliCredentials } from './command-config.js';

export async function releasesCommand(
  config: Config,
  context: { readonly log: Log; readonly stdout: NodeJS.WritableStream; readonly json: boolean },
): Promise<void> {
  const { release } = config;
  if (release === undefined) throw new Error('the releases command needs release-store');
  const listing = await listReleasesWired(config, { log: context.log, credentials: cliCredentials(config.auth) });
  const where = `s3://${release.bucket}/${release.prefix}releases/ (${release.name} in ${release.storeArn})`;
  for (const line of releaseListLines(listing, where)) context.log.info(line);
  if (context.json) context.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
}
