/** What a deploy or a remove says about its plan beyond the one-line count, through the Log port. */
import type { Owed } from '../core/owed.js';
import type { Plan } from '../core/plan.js';
import { keptLines, planLines } from '../core/wording.js';
import type { Log } from '../ports.js';

/** Every key in a dry run; otherwise the kept ones (preserved objects may be thousands: counted, not listed); and any debt. */
export function logPlanDetails(plan: Plan, owed: Owed, dryRun: boolean, log: Log): void {
  if (dryRun) for (const line of planLines(plan)) log.info(line);
  else
    for (const { line } of keptLines(
      plan.kept.filter((step) => step.reason.kind !== 'preserved'),
      'kept',
    ))
      log.info(line);
  for (const [id, keys] of owed) {
    log.info(`${keys.length} key(s) changed by an earlier run are still owed an invalidation by ${id}.`);
  }
}
