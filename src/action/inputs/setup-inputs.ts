/**
 * setup-releases (command line only): the distribution to set up, the store to use or none (one is
 * created), the site's release name and prefix the function is filled in with, dry-run.
 */
import { normalizePrefix } from '../../core/keys.js';
import { parseStoreArn } from '../../core/store-arn.js';
import type { SetupReleasesRequest } from '../../flows/setup-releases.js';
import { optional } from '../../util/optional.js';
import { type Auth, endpointVariable, readAuth } from './auth-inputs.js';
import { readDistributionIds } from './cdn-inputs.js';
import { attributed, bool, type Env, InputError, type ReadInput, text } from './read.js';
import { readReleaseName } from './release-inputs.js';

export interface SetupReleasesConfig {
  readonly request: Omit<SetupReleasesRequest, 'functionSource'>;
  readonly auth: Auth;
  /** AWS_ENDPOINT_URL_CLOUDFRONT ?? AWS_ENDPOINT_URL. */
  readonly endpoint?: string;
}

export function readSetupReleasesConfig(read: ReadInput, env: Env): SetupReleasesConfig {
  const ids = readDistributionIds(read);
  if (ids.length !== 1) {
    throw new InputError('distribution-id', 'required, once: the distribution whose default cache behaviour to set up');
  }
  const storeArn = text(read, 'release-store');
  if (storeArn !== '') attributed('release-store', () => parseStoreArn(storeArn));
  const releaseName = readReleaseName(read);
  return {
    request: {
      distributionId: ids[0] ?? '',
      ...optional('storeArn', storeArn === '' ? undefined : storeArn),
      releaseName,
      prefix: attributed('prefix', () => normalizePrefix(text(read, 'prefix'))),
      dryRun: bool(read, 'dry-run', false),
    },
    auth: readAuth(read, env),
    ...optional('endpoint', endpointVariable(env, 'AWS_ENDPOINT_URL_CLOUDFRONT')),
  };
}
