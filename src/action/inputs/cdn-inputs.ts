/**
 * The CloudFront part: which distributions (distribution-id, invalidate), what to invalidate
 * (invalidation-paths, max-invalidation-paths, origin-path) and whether to wait (wait, wait-timeout).
 */
import { validateUserPath } from '../../core/invalidation-paths.js';
import type { RunIdentity } from '../../core/invalidation-plan.js';
import type { CdnRequest } from '../../flows/run.js';
import { optional } from '../../util/optional.js';
import { endpointVariable } from './auth-inputs.js';
import { DEFAULTS } from './defaults.js';
import { attributed, bool, type Env, InputError, int, lines, list, nonEmpty, type ReadInput } from './read.js';

export interface CdnConfig extends CdnRequest {
  /** AWS_ENDPOINT_URL_CLOUDFRONT ?? AWS_ENDPOINT_URL. */
  readonly endpoint?: string;
}

/** distribution-id's list, each checked. */
export function readDistributionIds(read: ReadInput): string[] {
  const distributionIds = list(read, 'distribution-id');
  for (const id of distributionIds) {
    if (!/^E[A-Z0-9]{4,31}$/.test(id)) {
      throw new InputError(
        'distribution-id',
        `"${id}" is not a CloudFront distribution id (like E2EXAMPLE1ABCD; not the domain name)`,
      );
    }
  }
  return distributionIds;
}

/** Undefined when no distribution is given or invalidate is false. */
export function readCdnConfig(read: ReadInput, env: Env, indexDocument: string): CdnConfig | undefined {
  const distributionIds = readDistributionIds(read);
  const explicitPaths = lines(read, 'invalidation-paths').map((path) =>
    attributed('invalidation-paths', () => validateUserPath(path)),
  );
  if (distributionIds.length === 0 && explicitPaths.length > 0) {
    throw new InputError('distribution-id', 'required with invalidation-paths: the distribution to invalidate');
  }
  if (!bool(read, 'invalidate', distributionIds.length > 0)) return undefined;
  if (distributionIds.length === 0) {
    throw new InputError('distribution-id', 'required when invalidate is true: the distribution to invalidate');
  }
  const maxPaths = int(read, 'max-invalidation-paths', 0, { min: 0, max: 1_000_000 });
  const originPath = read('origin-path').trim();
  return {
    run: runIdentity(env),
    distributionIds: [...new Set(distributionIds)],
    explicitPaths: [...new Set(explicitPaths)],
    wait: bool(read, 'wait', false),
    waitTimeoutMs: int(read, 'wait-timeout', DEFAULTS.waitTimeoutSeconds, { min: 1, max: 6 * 3600 }) * 1000,
    ...optional('maxPaths', maxPaths === 0 ? undefined : maxPaths),
    indexDocument,
    ...optional('originPath', originPath === '' ? undefined : originPath),
    ...optional('endpoint', endpointVariable(env, 'AWS_ENDPOINT_URL_CLOUDFRONT')),
  };
}

/** The runner's GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT; outside Actions every invocation is its own run. */
function runIdentity(env: Env): RunIdentity {
  const runId = nonEmpty(env['GITHUB_RUN_ID']);
  if (runId === undefined) return { runId: `local${Date.now()}`, runAttempt: '1' };
  return { runId, runAttempt: nonEmpty(env['GITHUB_RUN_ATTEMPT']) ?? '1' };
}
