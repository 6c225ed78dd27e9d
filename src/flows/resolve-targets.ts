/**
 * The first CloudFront step, taken before anything is written to S3: each distribution, the origin
 * path through which it sees the bucket, and the header its CacheTagConfig reads cache tags from.
 */
import type { CdnTarget } from '../core/invalidation-plan.js';
import type { Cdn, CdnOrigin, Log } from '../ports.js';

export interface TargetInput {
  readonly distributionIds: readonly string[];
  /** Overrides the origin path; when absent it is read with GetDistribution (needs bucket). */
  readonly originPath?: string | undefined;
  /** The bucket deployed to; absent for a pure cache purge, which maps no keys. */
  readonly bucket?: string | undefined;
}

interface Deps {
  readonly cdn: Cdn;
  readonly log: Log;
}

/**
 * Each distribution with the origin path through which it sees the bucket, one after another: a
 * wrong distribution id, missing permission or unreachable endpoint fails here, before any write.
 * With the origin path given, the distribution is still checked when a bucket is written to (a
 * cache purge writes nothing: its CreateInvalidation is the check).
 */
export async function resolveTargets(input: TargetInput, deps: Deps): Promise<CdnTarget[]> {
  const targets: CdnTarget[] = [];
  for (const distributionId of new Set(input.distributionIds)) {
    if (input.originPath !== undefined || input.bucket === undefined) {
      // origin-path skips GetDistribution; a deploy still proves the distribution live before any write.
      if (input.bucket !== undefined) await deps.cdn.checkDistribution(distributionId);
      targets.push({ distributionId, originPath: input.originPath ?? '' });
      continue;
    }
    const distribution = await deps.cdn.getDistribution(distributionId);
    const originPath = readOriginPath(distributionId, distribution.origins, input.bucket, deps.log);
    const { cacheTagHeader } = distribution;
    targets.push({ distributionId, originPath, ...(cacheTagHeader !== undefined && { cacheTagHeader }) });
  }
  return targets;
}

/** The origin path of the origin serving bucket. */
function readOriginPath(distributionId: string, origins: readonly CdnOrigin[], bucket: string, log: Log): string {
  const matching = origins.filter((origin) => origin.domainName.startsWith(`${bucket}.`));
  const origin = matching[0];
  if (origin === undefined) {
    const seen = origins.map((o) => o.domainName).join(', ') || 'none';
    log.warning(
      `${distributionId}: no origin points at bucket "${bucket}" (origins: ${seen}); ` +
        'keys map to paths with origin path "". Set the origin path explicitly if that is wrong.',
    );
    return '';
  }
  if (new Set(matching.map((o) => o.originPath)).size > 1) {
    log.warning(`${distributionId}: several origins point at bucket "${bucket}"; using origin ${origin.id}.`);
  }
  log.info(`${distributionId}: origin ${origin.id} has origin path "${origin.originPath}".`);
  return origin.originPath;
}
