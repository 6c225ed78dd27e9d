/**
 * The outcome of a site's deploy or removal (a SiteResult) as one value, made where the work is done,
 * and of the invalidations. The log
 * line, the job summary, the outputs and the tests all read it; in a dry run its counts are the
 * would-be ones, so no reader has to pick a number depending on the mode. How it reads is wording.ts's.
 */
import { contentTypeFor, isHtml } from './headers.js';
import type { TagChoice } from './invalidation-tags.js';
import { compareKeys } from './keys.js';
import type { Owed } from './owed.js';
import type { Plan, UploadReason, UploadStep } from './plan.js';
import type { DeleteReason } from './removal.js';

export interface SiteSummary {
  readonly dryRun: boolean;
  /** 'remove': remove: true took the site away (no source-dir). */
  readonly flow: 'deploy' | 'remove';
  /** s3://bucket/prefix */
  readonly target: string;
  readonly localCount: number;
  readonly remoteCount: number;
  readonly uploaded: number;
  readonly skipped: number;
  readonly deleted: number;
  /** Objects the site no longer has that were (would be) left in place: delete-grace, preserve, other deploys. */
  readonly kept: number;
  readonly bytesUploaded: number;
  /** Why files were (or would be) uploaded, in the order reasons first occur. */
  readonly reasons: ReadonlyMap<UploadReason, number>;
  readonly durationMs: number;
}

/** One key the deploy uploaded or deleted (would have, in a dry run), and why. */
export interface Change {
  readonly key: string;
  readonly action: 'uploaded' | 'deleted';
  readonly reason: UploadReason | DeleteReason;
  /** An HTML page: what a person reviewing the deploy looks for first. */
  readonly page: boolean;
}

export interface SiteResult {
  readonly plan: Plan;
  readonly summary: SiteSummary;
  /** In S3's key order. */
  readonly changes: readonly Change[];
  /** The keys of the changes: what the CDN must forget. */
  readonly changedKeys: readonly string[];
  /** Per distribution, the keys still owed an invalidation: this run's changes and any earlier debt. */
  readonly owed: Owed;
  /** Full key → cache tags of the version CloudFront may hold; absent when no object carries any. */
  readonly servedTags?: ReadonlyMap<string, readonly string[]>;
}

export interface Done {
  readonly uploaded: readonly UploadStep[];
  readonly deleted: readonly string[];
}

/** In a dry run the plan is what "would" happen, so it stands in for what was done. */
export function siteResult(
  plan: Plan,
  done: Done | 'dry run',
  context: {
    readonly flow?: SiteSummary['flow'];
    readonly target: string;
    readonly localCount: number;
    readonly remoteCount: number;
    readonly durationMs: number;
  },
): Omit<SiteResult, 'owed'> {
  const dryRun = done === 'dry run';
  const uploaded = dryRun ? plan.uploads : done.uploaded;
  const deleted = dryRun ? plan.deletes.map((step) => step.key) : done.deleted;
  const reasons = countReasons(uploaded);
  const deleteReasons = new Map(plan.deletes.map((step) => [step.key, step.reason]));
  const changes: Change[] = [
    ...uploaded.map((step) => ({
      key: step.key,
      action: 'uploaded' as const,
      reason: step.reason,
      // A redirect object is no page to review.
      page: isHtml(step.headers) && step.redirect === undefined,
    })),
    ...deleted.map((key) => ({
      key,
      action: 'deleted' as const,
      reason: deleteReasons.get(key) ?? 'removed locally',
      page: isPageKey(key),
    })),
  ].sort((a, b) => compareKeys(a.key, b.key));
  return {
    plan,
    changes,
    changedKeys: [...new Set(changes.map((change) => change.key))],
    summary: {
      dryRun,
      ...context,
      flow: context.flow ?? 'deploy',
      uploaded: uploaded.length,
      skipped: plan.skips.length,
      deleted: deleted.length,
      kept: plan.kept.length,
      bytesUploaded: uploaded.reduce((sum, step) => sum + step.file.size, 0),
      reasons,
    },
  };
}

function isPageKey(key: string): boolean {
  return contentTypeFor(key).startsWith('text/html');
}

/** How many uploads each reason accounts for, in the order reasons first occur. */
export function countReasons(steps: readonly UploadStep[]): Map<UploadReason, number> {
  const reasons = new Map<UploadReason, number>();
  for (const step of steps) reasons.set(step.reason, (reasons.get(step.reason) ?? 0) + 1);
  return reasons;
}

/** What the invalidation flow did for one distribution (would do, in a dry run). */
export interface DistributionInvalidation {
  readonly distributionId: string;
  readonly paths: readonly string[];
  readonly invalidationIds: readonly string[];
  /** 'InProgress' only when not waiting and some batch had not completed yet; 'None' when nothing was submitted. */
  readonly status: 'Completed' | 'InProgress' | 'None';
  /** Cache tags that stand for changed keys' paths (see invalidation-tags.ts). */
  readonly tags?: readonly TagChoice[];
}

/** The least finished of all: InProgress if any batch is, None if nothing was submitted. */
export function invalidationStatus(
  invalidations: readonly DistributionInvalidation[],
): DistributionInvalidation['status'] {
  const statuses = invalidations.map((i) => i.status);
  if (statuses.includes('InProgress')) return 'InProgress';
  return statuses.includes('Completed') ? 'Completed' : 'None';
}

/** A run's outputs by their action.yml names, as values: the action writes each (JSON for the structured ones), the CLI prints them with --json. */
export type Outputs = Record<string, number | string | readonly string[] | Record<string, readonly string[]>>;

export function siteOutputs({ summary, changedKeys }: SiteResult): Outputs {
  return {
    uploaded: summary.uploaded,
    skipped: summary.skipped,
    deleted: summary.deleted,
    'bytes-uploaded': summary.bytesUploaded,
    'changed-keys': changedKeys,
  };
}

export function invalidationOutputs(invalidations: readonly DistributionInvalidation[]): Outputs {
  return {
    'invalidation-ids': Object.fromEntries(invalidations.map((i) => [i.distributionId, i.invalidationIds])),
    'invalidation-paths': Object.fromEntries(invalidations.map((i) => [i.distributionId, i.paths])),
    'invalidation-status': invalidationStatus(invalidations),
  };
}
