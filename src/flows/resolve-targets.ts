/**
 * The first CloudFront step, taken before anything is written to S3: each distribution and the
 * origin path through which it sees the bucket.
 */
import type { CdnTarget } from '../core/invalidation-plan.js';
import type { Cdn, Log } from '../ports.js';

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
    const { bucket } = input;
    let originPath = input.originPath;
    if (bucket !== undefined && originPath !== undefined) await deps.cdn.checkDistribution(distributionId);
    originPath ??= bucket === undefined ? '' : await readOriginPath(distributionId, bucket, deps);
    targets.push({ distributionId, originPath });
  }
  return targets;
}

/** The origin path of the origin serving bucket. */
async function readOriginPath(distributionId: string, bucket: string, { cdn, log }: Deps): Promise<string> {
  const { origins } = await cdn.getDistribution(distributionId);
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
