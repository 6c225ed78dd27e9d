/** Plans, results and invalidations made by hand, step by step, for the tests of how results read. */
import { type DistributionInvalidation, type SiteResult, siteResult } from '../../src/core/outcome.js';
import type { Owed } from '../../src/core/owed.js';
import type { DeleteStep, KeptStep, Plan, SkipStep, UploadReason, UploadStep } from '../../src/core/plan.js';
import type { DeleteReason, KeepReason } from '../../src/core/removal.js';
import type { ObjectHeaders, SiteFile } from '../../src/core/types.js';

export const HTML: ObjectHeaders = { contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', metadata: {} };
export const CSS: ObjectHeaders = { contentType: 'text/css; charset=utf-8', metadata: {} };

const siteFile = (key: string, size: number): SiteFile => ({
  rel: key,
  absPath: `/site/${key}`,
  size,
  md5: '',
  sha256: '',
});

export const upload = (key: string, size: number, reason: UploadReason, headers = CSS): UploadStep => ({
  key,
  file: siteFile(key, size),
  headers,
  reason,
});

export const skip = (key: string): SkipStep => ({
  key,
  file: siteFile(key, 1),
  headers: CSS,
  remote: { key, etag: 'e', size: 1 },
});

export const del = (key: string, reason: DeleteReason = 'removed locally'): DeleteStep => ({ key, size: 1, reason });

export const keep = (key: string, reason: KeepReason): KeptStep => ({
  key,
  remote: { key, etag: 'e', size: 1 },
  reason,
});

export const GRACE: KeepReason = {
  kind: 'grace',
  removedSince: '2026-11-23T10:00:00.000Z',
  keptUntil: '2026-11-23T11:00:00.000Z',
};

export const plan = (steps: Partial<Plan>): Plan => ({
  uploads: [],
  phases: [],
  skips: [],
  deletes: [],
  kept: [],
  ...steps,
});

/** Uploads a page and an asset, skips one, deletes one, keeps one of each kind. */
export const MIXED = plan({
  uploads: [upload('www/app.css', 1331, 'content changed'), upload('www/index.html', 12, 'new', HTML)],
  skips: [skip('www/logo.svg')],
  deletes: [del('www/old.js')],
  kept: [
    keep('www/chunk.js', GRACE),
    keep('www/robots.txt', { kind: 'preserved' }),
    keep('www/pr-1/a.html', { kind: 'other deploy', owner: 'www/pr-1/' }),
    keep('www/pr-1/b.html', { kind: 'other deploy', owner: 'www/pr-1/' }),
  ],
});

/** The result of a deploy of steps to s3://site/www/ that took 440 ms: all done, or a dry run. */
export function result(
  steps: Plan,
  mode: 'done' | 'dry run' = 'done',
  owed: Owed = new Map(),
  flow: 'deploy' | 'remove' = 'deploy',
): SiteResult {
  const done = { uploaded: steps.uploads, deleted: steps.deletes.map((step) => step.key) };
  const context = { flow, target: 's3://site/www/', localCount: 3, remoteCount: 5, durationMs: 440 };
  return { ...siteResult(steps, mode === 'done' ? done : 'dry run', context), owed };
}

export const invalidation = (
  distributionId: string,
  paths: readonly string[],
  invalidationIds: readonly string[],
  status: DistributionInvalidation['status'],
): DistributionInvalidation => ({ distributionId, paths, invalidationIds, status });
