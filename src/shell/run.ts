/**
 * What every shell (the action, the command line) does around one run: one HTTP client, the
 * credentials the shell resolves through it, the real adapters, the run, and the client closed.
 * The shells differ only in where inputs, credentials and reports come from.
 */
import type { Config } from '../action/inputs/config.js';
import type { Env } from '../action/inputs/read.js';
import { createHttpClient, type HttpClient } from '../aws/http.js';
import type { Credentials } from '../core/types.js';
import type { RunDeps, RunOutcome } from '../flows/run.js';
import { runSite } from '../flows/run.js';
import { type Log, systemClock } from '../ports.js';
import { optional } from '../util/optional.js';
import { adapters, runClock } from './adapters.js';
import { boundHeapGrowth } from './heap.js';
import { readRunOrigin } from './run-origin.js';

export interface ShellPieces {
  readonly log: Log;
  readonly report: RunDeps['report'];
  /** Told the unsigned client, for a shell that must call STS or a token endpoint first. */
  readonly credentials: (unsigned: HttpClient) => Promise<Credentials>;
  readonly preview?: RunDeps['preview'];
  /** Where the run's origin is read: the runner's variables, and git in workspace when given. */
  readonly env: Env;
  readonly workspace?: string | undefined;
}

export async function runWired(config: Config, pieces: ShellPieces): Promise<RunOutcome> {
  boundHeapGrowth();
  const { log } = pieces;
  // One client for every AWS call: sockets, proxy (HTTPS_PROXY/NO_PROXY), retries and their log lines.
  const unsigned = createHttpClient({
    concurrency: config.concurrency,
    clock: systemClock,
    log,
    proxyEnv: process.env,
  });
  try {
    const [credentials, origin] = await Promise.all([
      pieces.credentials(unsigned),
      (config.deploy || config.remove) && readRunOrigin(pieces.env, pieces.workspace),
    ]);
    const http = unsigned.withCredentials(credentials);
    // Only an endpoint override (R2, MinIO, s3rver...) may be a server that ignores If-None-Match.
    const conditionalWritesKnown = config.s3Endpoint === undefined;
    const deploy = config.deploy && origin && { ...config.deploy, ...origin, conditionalWritesKnown };
    const remove = config.remove && origin && { ...config.remove, holder: origin.holder, conditionalWritesKnown };
    return await runSite(
      { ...config, ...optional('deploy', deploy), ...optional('remove', remove) },
      {
        ...adapters(config, http, log),
        clock: runClock(config, log),
        log,
        report: pieces.report,
        preview: pieces.preview,
      },
    );
  } finally {
    // The signed client shares the unsigned one's sockets: one close ends both, also when STS refused.
    unsigned.close();
  }
}
