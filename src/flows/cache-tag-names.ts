/**
 * Where a deploy's cache tags are stored: the metadata name of the header the distributions'
 * CacheTagConfig reads (from GetDistribution), or of the `cache-tag-header` input when given
 * (origin-path skips GetDistribution). Decided after the targets are resolved, before any write.
 */
import { tagMetadataName } from '../core/cache-tags.js';
import type { CdnTarget } from '../core/invalidation-plan.js';
import type { Log } from '../ports.js';
import type { DeployRequest } from './run.js';

/** The request with its header rules told the metadata names; unchanged without cache-tags. */
export function withCacheTagNames(deploy: DeployRequest, targets: readonly CdnTarget[], log: Log): DeployRequest {
  const rules = deploy.headerRules;
  if (rules.cacheTags === undefined || rules.cacheTags.length === 0) return deploy;
  if (deploy.cacheTagHeader !== undefined) {
    const name = tagMetadataName(deploy.cacheTagHeader, 'cache-tag-header');
    return { ...deploy, headerRules: { ...rules, cacheTagNames: [name] } };
  }
  const headers = new Set<string>();
  for (const target of targets) {
    if (target.cacheTagHeader !== undefined) headers.add(target.cacheTagHeader);
    else if (targets.length > 1) {
      log.warning(`${target.distributionId} has no CacheTagConfig: it cannot invalidate by the cache tags stored.`);
    }
  }
  if (headers.size === 0) {
    throw new Error(
      'Input "cache-tags": no distribution read has a CacheTagConfig to name the header the tags go in. ' +
        'Add CacheTagConfig (HeaderName x-amz-meta-cache-tag, say) to the distribution, or set cache-tag-header ' +
        '(needed anyway with origin-path or without distribution-id).',
    );
  }
  const names = [
    ...new Set([...headers].map((header) => tagMetadataName(header, `the distribution's CacheTagConfig`))),
  ];
  return { ...deploy, headerRules: { ...rules, cacheTagNames: names } };
}
