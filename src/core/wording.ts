/**
 * How results read as text: the plan and its lines, what a delete keeps, the deploy's count, the closing
 * line, upload progress. Pure, so each line is a value the tests compare whole; the flows and the Log
 * print them; the job summary and the pull request comment are wording-html.ts. safeLine is here because
 * the job summary's lists need it as much as the log does.
 */
import { formatUtc } from './grace.js';
import { isWildcard } from './invalidation-paths.js';
import type { DistributionPlan } from './invalidation-plan.js';
import type { TagChoice } from './invalidation-tags.js';
import { compareKeys } from './keys.js';
import { countReasons, type DistributionInvalidation, type SiteResult, type SiteSummary } from './outcome.js';
import type { Owed } from './owed.js';
import type { Plan, UploadStep } from './plan.js';
import type { KeptStep } from './removal.js';
import type { Progress } from './types.js';

/** "3 local file(s), 2 remote object(s): 1 to upload (12 B; 1 new), 2 unchanged, 0 to delete." */
export function describePlan(plan: Plan, localCount: number, remoteCount: number): string {
  const bytes = plan.uploads.reduce((sum, step) => sum + step.file.size, 0);
  const why = [...countReasons(plan.uploads)].map(([reason, count]) => `${count} ${reason}`).join(', ');
  const kept = describeKept(plan.kept);
  return (
    `${localCount} local file(s), ${remoteCount} remote object(s): ` +
    `${plan.uploads.length} to upload (${formatBytes(bytes)}${why === '' ? '' : `; ${why}`}), ` +
    `${plan.skips.length} unchanged, ${plan.deletes.length} to delete` +
    (kept === '' ? '.' : `, ${plan.kept.length} kept (${kept}).`)
  );
}

/** One line per key with what happens to it and why, sorted by key (the upload order stays internal). */
export function planLines(plan: Plan): string[] {
  const lines = [
    ...plan.uploads.map((step) => ({ key: step.key, line: `upload  ${step.key}  (${uploadDetail(step)})` })),
    ...plan.deletes.map((step) => ({ key: step.key, line: `delete  ${step.key}  (${step.reason})` })),
    ...keptLines(plan.kept, 'keep'),
    ...plan.skips.map((step) => ({ key: step.key, line: `skip    ${step.key}  (unchanged)` })),
  ];
  return lines.sort((a, b) => compareKeys(a.key, b.key)).map((entry) => entry.line);
}

/**
 * What a deploy or a remove logs about its plan beyond the one-line count: every key in a dry run;
 * otherwise the kept ones (preserved objects may be thousands: counted, not listed); and any debt.
 */
export function planDetailLines(plan: Plan, owed: Owed, dryRun: boolean): string[] {
  const lines = dryRun
    ? planLines(plan)
    : keptLines(
        plan.kept.filter((step) => step.reason.kind !== 'preserved'),
        'kept',
      ).map((entry) => entry.line);
  for (const [id, keys] of owed) {
    lines.push(`${keys.length} key(s) changed by an earlier run are still owed an invalidation by ${id}.`);
  }
  return lines;
}

export function uploadDetail(step: UploadStep): string {
  if (step.redirect) return `${step.reason}; redirect to ${step.redirect.location}`;
  const { contentType, cacheControl } = step.headers;
  return `${step.reason}; ${contentType}${cacheControl === undefined ? '' : `; ${cacheControl}`}`;
}

/**
 * "Deployed s3://b/p/: 9 uploaded (1.3 KiB), 0 unchanged, 0 deleted in 0.4 s." or, in a dry run,
 * "Dry run, nothing written. s3://b/p/ would get: 9 uploaded (1.3 KiB), 0 unchanged, 0 deleted (planned in 0.1 s)."
 */
export function deployLine(summary: SiteSummary): string {
  const kept = summary.kept > 0 ? `, ${summary.kept} kept` : '';
  const time = formatSeconds(summary.durationMs);
  if (summary.flow === 'remove') {
    return summary.dryRun
      ? `Dry run, nothing written. Removing ${summary.target} would delete ${summary.deleted} object(s)${kept} (planned in ${time}).`
      : `Removed ${summary.target}: ${summary.deleted} deleted${kept} in ${time}.`;
  }
  const counts =
    `${summary.uploaded} uploaded (${formatBytes(summary.bytesUploaded)}), ` +
    `${summary.skipped} unchanged, ${summary.deleted} deleted${kept}`;
  return summary.dryRun
    ? `Dry run, nothing written. ${summary.target} would get: ${counts} (planned in ${time}).`
    : `Deployed ${summary.target}: ${counts} in ${time}.`;
}

/** The run's last line, and the job summary's first: the deploy's count, then each distribution's invalidations. */
export function closingLine(
  dryRun: boolean,
  deployed: SiteResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
): string {
  const parts = deployed === undefined ? [] : [deployLine(deployed.summary)];
  for (const i of invalidations ?? []) {
    parts.push(
      i.status === 'None'
        ? `${i.distributionId}: ${dryRun ? `would invalidate ${i.paths.length} path(s)` : 'nothing to invalidate'}.`
        : `${i.distributionId}: ${i.paths.length} path(s) in ${i.invalidationIds.join(', ')}: ${i.status}.`,
    );
  }
  return parts.join(' ');
}

/** "E1: cache tags stand for 1200 changed key(s): #html (1200 changed, 3 unchanged purged too)." */
export function tagChoiceLine(distributionId: string, tags: readonly TagChoice[]): string {
  const keys = tags.reduce((sum, tag) => sum + tag.changedKeys, 0);
  const each = tags.map((t) => `#${t.tag} (${t.changedKeys} changed, ${t.unchanged} unchanged purged too)`).join(', ');
  return `${distributionId}: cache tags stand for ${keys} changed key(s) instead of paths: ${each}.`;
}

/** What a distribution's invalidation plan says before it is submitted: a warning when it serves none of the changes. */
export function planNotes(plan: DistributionPlan): { level: 'warning' | 'info'; text: string }[] {
  const notes: { level: 'warning' | 'info'; text: string }[] = [];
  if (plan.changedKeys > 0 && plan.unservedKeys === plan.changedKeys) {
    const text =
      `${plan.distributionId}: none of the ${plan.changedKeys} changed key(s) is below the origin path ` +
      `"${plan.originPath}", so this distribution does not serve them.`;
    notes.push({ level: 'warning', text });
  }
  if (plan.tags.length > 0) notes.push({ level: 'info', text: tagChoiceLine(plan.distributionId, plan.tags) });
  if (plan.paths.length < plan.pathsBeforeCollapse && plan.paths.some(isWildcard)) {
    const text = `${plan.distributionId}: ${plan.pathsBeforeCollapse} paths collapsed into ${plan.paths.length} covering wildcard path(s).`;
    notes.push({ level: 'info', text });
  }
  return notes;
}
/** A dry run's word on one distribution: how many paths in how many batches, then each path. */
export function wouldInvalidateLines(plan: DistributionPlan): string[] {
  return [
    `${plan.distributionId}: would invalidate ${plan.paths.length} path(s) in ${plan.batches.length} batch(es):`,
    ...plan.paths.map((path) => `  ${path}`),
  ];
}

/**
 * One printable line: control characters (CR and LF above all) are shown escaped, and a line that
 * would still begin like a workflow command gets a backslash in front, which the runner ignores.
 */
export function safeLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const visible = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return /^\s*(::|##\[)/.test(visible) ? `\\${visible}` : visible;
}

/** 'upload: 120/3000 files, 10.0 MiB of 40.0 MiB, 2.0 MiB/s, about 15 s left' */
export function progressLine(phase: string, p: Progress, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (p.bytesDone / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? Math.ceil((p.bytesTotal - p.bytesDone) / rate) : undefined;
  return (
    `${phase}: ${p.filesDone}/${p.filesTotal} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)}` +
    (rate > 0 ? `, ${formatBytes(rate)}/s` : '') +
    (left !== undefined && p.filesDone < p.filesTotal ? `, about ${left} s left` : '')
  );
}

/** How long a run took, in every line and table that says it: '0.4 s'. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

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
