/**
 * Never an older build over a newer one: a deploy whose commit is older than the one the live
 * manifest records is refused before it writes, unless allow-older says it is a deliberate rollback.
 * Where either commit time is unknown, nothing can be compared and the rule is skipped.
 */
import type { DeployOrigin } from './manifest.js';

export type OrderVerdict =
  | { readonly kind: 'go' }
  | { readonly kind: 'unknown'; readonly notice: string }
  | { readonly kind: 'older'; readonly reason: string };

export function judgeOrder(
  mine: DeployOrigin | undefined,
  live: DeployOrigin | undefined,
  target: string,
  allowOlder: boolean,
): OrderVerdict {
  if (mine?.committedAt === undefined) {
    return {
      kind: 'unknown',
      notice:
        'This commit\'s time is unknown (no push event payload, no git history in the workspace): the "never an older build" check is skipped.',
    };
  }
  if (live?.committedAt === undefined) return { kind: 'go' };
  if (Date.parse(mine.committedAt) >= Date.parse(live.committedAt) || allowOlder) return { kind: 'go' };
  return {
    kind: 'older',
    reason:
      `${target} holds a newer build: commit ${name(live)} (committed ${live.committedAt}${live.runUrl ? `, deployed by ${live.runUrl}` : ''}) ` +
      `is newer than this run's commit ${name(mine)} (committed ${mine.committedAt}). Nothing was written. ` +
      'To deploy this older commit on purpose (a rollback), set allow-older: true.',
  };
}

function name(origin: DeployOrigin): string {
  return origin.commit?.slice(0, 12) ?? 'of unknown id';
}
