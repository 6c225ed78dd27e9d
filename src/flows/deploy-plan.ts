/**
 * A deploy's plan, before anything is written (a dry run too): the inputs gathered (plan-inputs.ts),
 * the plan made, and every reason to refuse it checked: keys S3 refuses, an immutable file changed in
 * place, too many deletes, an older build over a newer one. Run once, and again from fresh reads when
 * another deploy finished while this one waited for the lock.
 */
import { judgeOrder } from '../core/deploy-order.js';
import { literalGlob } from '../core/globs.js';
import { headersFor } from '../core/headers.js';
import { immutableChanges, immutableError, immutableWarning } from '../core/immutable-guard.js';
import { lockKey } from '../core/lock.js';
import { type Manifest, manifestKey } from '../core/manifest.js';
import type { Owed } from '../core/owed.js';
import { checkDeleteLimit, type Plan, PlanError, planDeploy, refuseInvalidKeys } from '../core/plan.js';
import type { RemoteObject } from '../core/types.js';
import { describePlan, planDetailLines } from '../core/wording.js';
import type { Log } from '../ports.js';
import type { DeployDeps, DeployOptions } from './deploy.js';
import { owedKey } from './owed-record.js';
import { gatherPlanInputs, type LiveManifest, type RemoteReads } from './plan-inputs.js';
import { readRedirectRules, withWebsiteRedirects } from './redirects.js';

export interface PlannedDeploy {
  readonly plan: Plan;
  readonly remote: RemoteObject[];
  readonly manifest: Manifest;
  readonly live: LiveManifest;
  readonly localCount: number;
  readonly remoteCount: number;
  /** What earlier runs left owed. */
  readonly earlier: Owed;
}

export function planWrites(plan: Plan): boolean {
  return plan.uploads.length + plan.deletes.length > 0;
}

export async function planSiteDeploy(
  options: DeployOptions,
  deps: DeployDeps,
  reads: RemoteReads,
  now: number,
  /** Called once the manifest and the walk show a change, before the listing is in: the run will write. */
  onChangeSeen?: () => void,
): Promise<PlannedDeploy> {
  const { log } = deps;
  const { redirects } = options;
  const rules = redirects && (await readRedirectRules(deps.source, options.sourceDir, redirects));
  // Manifest GET and listing go out before the walk; hashing overlaps both (plan-inputs.ts).
  const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
  const gathered = await gatherPlanInputs(
    { ...options, exclude, deleteRemoved: options.deleteRemoved && rules === undefined },
    { source: deps.source, remoteReads: reads, onChangeSeen },
  );
  const { remote, manifest } = gathered;
  const site = rules && redirects ? withWebsiteRedirects(rules, gathered.files, redirects, log) : undefined;
  const files = site?.files ?? gathered.files;
  const live = await reads.live;
  const earlier = await deps.owed.load(remote);
  const plan = planDeploy({
    files,
    ...(site && { redirects: site.redirects }),
    remote,
    manifest,
    prefix: options.prefix,
    headersFor: (rel) => headersFor(rel, options.headerRules),
    deleteRemoved: options.deleteRemoved,
    ...(options.uploadLast !== undefined && { uploadLast: options.uploadLast }),
    removal: { preserve: options.preserve ?? [], graceMs: options.deleteGraceMs ?? 0, now },
  });
  refuseInvalidKeys(
    plan.uploads.map((step) => step.key),
    'nothing was uploaded',
  );
  guardImmutable(plan, remote, manifest, options.allowImmutableChanges ?? false, log);
  checkDeleteLimit(plan, options.maxDeletes, options.target);
  if (planWrites(plan)) guardOrder(options, live, log);
  const statePrefix = options.statePrefix ?? options.prefix;
  const ours = new Set([manifestKey(statePrefix), owedKey(statePrefix), lockKey(statePrefix)]);
  const remoteCount = remote.filter((o) => !ours.has(o.key)).length;
  log.info(describePlan(plan, files.length, remoteCount));
  for (const line of planDetailLines(plan, earlier, options.dryRun)) log.info(line);
  return { plan, remote, manifest, live, localCount: files.length, remoteCount, earlier };
}

/** Never an older build over a newer one (core/deploy-order.ts). */
function guardOrder(options: DeployOptions, live: LiveManifest, log: Log): void {
  const verdict = judgeOrder(options.origin, live.origin, options.target, options.allowOlder ?? false);
  if (verdict.kind === 'older') throw new PlanError(verdict.reason);
  if (verdict.kind === 'unknown') log.info(verdict.notice);
}

/** See immutable-guard.ts for what is known and what is not. */
function guardImmutable(
  plan: Plan,
  remote: readonly RemoteObject[],
  manifest: Manifest,
  allow: boolean,
  log: Log,
): void {
  const changes = immutableChanges(plan.uploads, remote, manifest);
  const known = changes.filter((change) => change.certainty === 'known');
  if (known.length > 0 && !allow) throw new PlanError(immutableError(known.map((change) => change.key)));
  for (const change of changes) log.warning(immutableWarning(change));
}
