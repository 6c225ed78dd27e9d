/** setup-releases wired: one HTTP client, the CloudFront setup adapter, the flow, the client closed. */
import type { SetupReleasesConfig } from '../action/inputs/setup-inputs.js';
import { createEdgeSetupClient } from '../aws/cloudfront-setup.js';
import { createHttpClient } from '../aws/http.js';
import type { Credentials } from '../core/types.js';
import { type SetupReleasesOutcome, setupReleases } from '../flows/setup-releases.js';
import { type Log, systemClock } from '../ports.js';

export async function setupReleasesWired(
  config: SetupReleasesConfig,
  pieces: { readonly log: Log; readonly credentials: Credentials; readonly functionSource: string },
): Promise<SetupReleasesOutcome> {
  const { log } = pieces;
  const unsigned = createHttpClient({ concurrency: 2, clock: systemClock, log, proxyEnv: process.env });
  try {
    const edge = createEdgeSetupClient({
      http: unsigned.withCredentials(pieces.credentials),
      endpoint: config.endpoint,
    });
    return await setupReleases(
      { ...config.request, functionSource: pieces.functionSource },
      { edge, clock: systemClock, log },
    );
  } finally {
    unsigned.close();
  }
}
