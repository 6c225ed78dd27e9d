/**
 * `remove: true`: a site taken away (a preview whose pull request closed). Every object under the
 * prefix is deleted, except preserved ones and other deploys' sites under it; then the prefix's own
 * manifest. The deleted keys are recorded as owed to the distributions before the first delete, so
 * the owed record outlives the site until CloudFront has been asked to forget them (the run settles it).
 * Written against ports, like deploy.ts.
 */

import type { Glob } from '../core/globs.js';
import { relFor } from '../core/keys.js';
import { manifestKey } from '../core/manifest.js';
import { type SiteResult, siteResult } from '../core/outcome.js';
import { type Plan, PlanError } from '../core/plan.js';
import { isOwnRecord, planRemoval } from '../core/removal.js';
import { describeKept, planDetailLines } from '../core/wording.js';
import type { Clock, Log, ObjectStore } from '../ports.js';
import type { DeployLock } from './deploy-lock.js';
import { type OwedLedger, owedKey } from './owed-record.js';

export interface RemoveOptions {
  /** Normalized: ending in '/', or '' when the whole bucket was asked for explicitly (prefix: /). */
  readonly prefix: string;
  /** 's3://bucket/prefix', for messages. */
  readonly target: string;
  readonly preserve: readonly Glob[];
  readonly maxDeletes: number;
  readonly dryRun: boolean;
  /** Where the manifest and owed record are kept (normalized); absent: prefix. */
  readonly statePrefix?: string;
}

export interface RemoveDeps {
  readonly store: ObjectStore;
  readonly clock: Clock;
  readonly log: Log;
  /** The invalidations owed for options.prefix: the deleted keys are recorded there before the first delete. */
  readonly owed: OwedLedger;
  /** Taken before the first write when the removal deletes anything; released by the run. */
  readonly lock?: DeployLock | undefined;
}

export async function removeSite(options: RemoveOptions, deps: RemoveDeps): Promise<SiteResult> {
  const started = deps.clock.now();
  const { log, store } = deps;

  const { plan, remote, remoteCount } = await log.group('Plan', async () => {
    const remote = await store.list(options.prefix);
    const owed = await deps.owed.load(remote);
    const rules = { preserve: options.preserve, graceMs: 0, now: started };
    const removal = planRemoval({
      remote,
      prefix: options.prefix,
      manifest: new Map(),
      siteKeys: new Set(),
      rules,
      wholeSite: true,
    });
    const plan: Plan = { uploads: [], phases: [], skips: [], ...removal };
    checkRemoveLimit(plan, options);
    const remoteCount = remote.filter((object) => !isOwnRecord(relFor(options.prefix, object.key) ?? '')).length;
    const kept = describeKept(plan.kept);
    log.info(
      `${remoteCount} object(s) under ${options.target}: ${plan.deletes.length} to delete${kept === '' ? '' : `, ${plan.kept.length} kept (${kept})`}.`,
    );
    for (const line of planDetailLines(plan, owed, options.dryRun)) log.info(line);
    return { plan, remote, remoteCount };
  });
  // A deploy to the same prefix must not upload while its site is being taken away, nor the reverse.
  if (!options.dryRun && plan.deletes.length > 0) await deps.lock?.acquire();
  // Recorded before the first delete: a run killed after it leaves the debt on record.
  const owed = await deps.owed.record(plan.deletes.map((step) => step.key));
  const finish = (done: Parameters<typeof siteResult>[1]): SiteResult => ({
    ...siteResult(plan, done, {
      flow: 'remove',
      target: options.target,
      localCount: 0,
      remoteCount,
      durationMs: deps.clock.now() - started,
    }),
    owed,
  });
  if (options.dryRun) return finish('dry run');

  const deleted = plan.deletes.map((step) => step.key);
  if (deleted.length > 0) {
    await log.group('Delete', async () => {
      await store.deleteObjects(deleted);
      for (const step of plan.deletes) log.info(`deleted  ${step.key}  (${step.reason})`);
    });
  }
  // Only once the rest is gone: until then a re-run still finds the site's record.
  const statePrefix = options.statePrefix ?? options.prefix;
  const manifest = manifestKey(statePrefix);
  // Kept outside the listed prefix (state-prefix), the manifest is not in the listing: deleted blind.
  if (!manifest.startsWith(options.prefix) || remote.some((object) => object.key === manifest)) {
    await store.deleteObjects([manifest]);
    log.info(`deleted  ${manifest}  (this action's record of the site)`);
  }
  const stillOwing = deps.owed.othersOwed();
  if (stillOwing.length > 0) {
    log.info(
      `kept    ${owedKey(statePrefix)}  (still owed invalidations by ${stillOwing.join(', ')}: ` +
        `run remove with that distribution-id to invalidate them and remove the record)`,
    );
  }
  return finish({ uploaded: [], deleted });
}

/** max-deletes holds for a removal too (max < 0: no limit). Checked before anything is written. */
function checkRemoveLimit(plan: Plan, options: RemoveOptions): void {
  if (options.maxDeletes >= 0 && plan.deletes.length > options.maxDeletes) {
    throw new PlanError(
      `removing ${options.target} would delete ${plan.deletes.length} objects, more than max-deletes (${options.maxDeletes}). ` +
        `Nothing was deleted. If that many deletions are intended, raise max-deletes (or set it to -1 for no limit); ` +
        `otherwise check prefix and preserve.`,
    );
  }
}
