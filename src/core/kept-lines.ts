/** How the objects a delete leaves in place are shown: the plan, the log and the job summary. */
import { formatUtc } from './grace.js';
import type { KeptStep } from './removal.js';

/** '1 removed, kept for delete-grace; 2 preserved; 124 of other deploys', or '' when none are kept. */
export function describeKept(kept: readonly KeptStep[]): string {
  const count = (kind: KeptStep['reason']['kind']) => kept.filter((step) => step.reason.kind === kind).length;
  const parts = [
    [count('grace'), 'removed, kept for delete-grace'],
    [count('preserved'), 'preserved'],
    [count('other deploy'), "of other deploys' sites"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join('; ');
}

/**
 * One line per kept object, but one per other deploy (there may be thousands of its objects), each
 * with the key it sorts by. verb: 'keep' in the plan, 'kept' in the log and summary.
 */
export function keptLines(kept: readonly KeptStep[], verb: string): { key: string; line: string }[] {
  const lines: { key: string; line: string }[] = [];
  const byOwner = new Map<string, number>();
  for (const step of kept) {
    const { reason } = step;
    if (reason.kind === 'other deploy') byOwner.set(reason.owner, (byOwner.get(reason.owner) ?? 0) + 1);
    else lines.push({ key: step.key, line: `${verb.padEnd(6)}  ${step.key}  (${keptWhy(step)})` });
  }
  for (const [owner, n] of byOwner) {
    lines.push({
      key: owner,
      line: `${verb.padEnd(6)}  ${owner}  (${n} object(s): belongs to the deploy under ${owner})`,
    });
  }
  return lines;
}

function keptWhy(step: KeptStep): string {
  const { reason } = step;
  if (reason.kind === 'grace') return `removed, kept until ${formatUtc(reason.keptUntil)}`;
  if (reason.kind === 'preserved') return 'preserved';
  return `belongs to the deploy under ${reason.owner}`;
}
