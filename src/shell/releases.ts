/** The releases command wired: one HTTP client, the bucket and the store adapters, the listing, the client closed. */
import type { Config } from '../action/inputs/config.js';
import { createHttpClient } from '../aws/http.js';
import type { ReleaseListing } from '../core/release-list.js';
import type { Credentials } from '../core/types.js';
import { listReleases } from '../flows/release-list.js';
import { type Log, systemClock } from '../ports.js';
import { adapters } from './adapters.js';

export async function listReleasesWired(
  config: Config,
  pieces: { readonly log: Log; readonly credentials: Credentials },
): Promise<ReleaseListing> {
  const { release } = config;
  if (release === undefined) throw new Error('the releases command needs release-store');
  const unsigned = createHttpClient({ concurrency: 8, clock: systemClock, log: pieces.log, proxyEnv: process.env });
  try {
    const { store, kvs } = adapters(config, unsigned.withCredentials(pieces.credentials), pieces.log);
    if (store === undefined || kvs === undefined) throw new Error('the releases command needs a bucket and a store');
    return await listReleases(release, { store, kvs });
  } finally {
    unsigned.close();
  }
}
