/** Outputs, the job summary and the closing log line: renderings of the deploy and invalidation results. */
import * as core from '@actions/core';
import { type Change, type DeployResult, type DistributionInvalidation, invalidationStatus } from '../core/outcome.js';
import { closingLine, formatBytes, formatSeconds, keptLines, planLines, safeLine } from '../core/wording.js';

/** Lines of a list shown in the job summary; the outputs always hold every entry. */
const SHOWN = 50;

export function setDeployOutputs({ summary, changedKeys }: DeployResult): void {
  setOutput('uploaded', summary.uploaded);
  setOutput('skipped', summary.skipped);
  setOutput('deleted', summary.deleted);
  setOutput('bytes-uploaded', summary.bytesUploaded);
  setOutput('changed-keys', JSON.stringify(changedKeys));
}

export function setInvalidationOutputs(invalidations: readonly DistributionInvalidation[]): void {
  setOutput(
    'invalidation-ids',
    JSON.stringify(Object.fromEntries(invalidations.map((i) => [i.distributionId, i.invalidationIds]))),
  );
  setOutput(
    'invalidation-paths',
    JSON.stringify(Object.fromEntries(invalidations.map((i) => [i.distributionId, i.paths]))),
  );
  setOutput('invalidation-status', invalidationStatus(invalidations));
}

/** Without GITHUB_OUTPUT, @actions/core would fall back to the deprecated ::set-output command. */
export function setOutput(name: string, value: string | number): void {
  if (process.env['GITHUB_OUTPUT']) core.setOutput(name, value);
  else core.debug(`GITHUB_OUTPUT is not set: output ${name} not written.`);
}

/** The job summary; skipped (with a debug line) where the runner offers none, as outside Actions. */
export async function writeSummary(
  dryRun: boolean,
  deployed: DeployResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
): Promise<void> {
  if (deployed === undefined && invalidations === undefined) return;
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  const summary = core.summary.addHeading(dryRun ? 'S3 CloudFront deploy (dry run)' : 'S3 CloudFront deploy', 2);
  summary.addRaw(`<p>${escapeHtml(closingLine(dryRun, deployed, invalidations))}</p>`, true);
  if (deployed !== undefined) addDeploy(deployed);
  if (invalidations !== undefined && invalidations.length > 0) addInvalidations(invalidations);
  await summary.write();
}

function addDeploy({ summary, changes, plan, owed, changedKeys }: DeployResult): void {
  const dry = summary.dryRun;
  core.summary.addTable([
    [
      dry ? 'Would upload' : 'Uploaded',
      'Unchanged',
      dry ? 'Would delete' : 'Deleted',
      dry ? 'Bytes to upload' : 'Bytes uploaded',
      'Time',
    ].map((data) => ({ data, header: true })),
    [
      String(summary.uploaded),
      String(summary.skipped),
      String(summary.deleted),
      formatBytes(summary.bytesUploaded),
      formatSeconds(summary.durationMs),
    ],
  ]);
  if (summary.reasons.size > 0) {
    core.summary.addTable([
      [
        { data: 'Why uploaded', header: true },
        { data: 'Files', header: true },
      ],
      ...[...summary.reasons].map(([reason, count]) => [reason, String(count)]),
    ]);
  }
  const pages = changes.filter((change) => change.page);
  const others = changes.filter((change) => !change.page);
  if (pages.length > 0) core.summary.addDetails(`Changed pages (${pages.length})`, pre(changeLines(pages, dry)));
  if (others.length > 0)
    core.summary.addDetails(`Other changed files (${others.length})`, pre(changeLines(others, dry)));
  if (plan.kept.length > 0) {
    const kept = keptLines(plan.kept, dry ? 'keep' : 'kept').map((entry) => entry.line);
    core.summary.addDetails(`Kept, not deleted (${plan.kept.length})`, pre(shown(kept, 'in the plan of a dry run')));
  }
  const changed = new Set(changedKeys);
  for (const [distributionId, keys] of owed) {
    const earlier = keys.filter((key) => !changed.has(key));
    if (earlier.length === 0) continue;
    const title = `Changed by an earlier run, still owed an invalidation by ${distributionId} (${earlier.length})`;
    core.summary.addDetails(title, pre(shown(earlier, 'in the log')));
  }
  if (dry) core.summary.addDetails('Full plan', pre(shown(planLines(plan), 'in the plan printed to the log')));
}

function changeLines(changes: readonly Change[], dry: boolean): string[] {
  const lines = changes.map((c) => `${dry ? `would be ${c.action}` : c.action}  ${c.key}  (${c.reason})`);
  return shown(lines, 'in the changed-keys output');
}

function addInvalidations(invalidations: readonly DistributionInvalidation[]): void {
  core.summary.addTable([
    ['Distribution', 'Invalidations', 'Paths', 'Status'].map((data) => ({ data, header: true })),
    ...invalidations.map((i) => [
      i.distributionId,
      i.invalidationIds.join(', ') || '-',
      String(i.paths.length),
      i.status,
    ]),
  ]);
  for (const i of invalidations) {
    if (i.paths.length === 0) continue;
    core.summary.addDetails(
      `Invalidation paths of ${i.distributionId} (${i.paths.length})`,
      pre(shown([...i.paths], 'in the invalidation-paths output')),
    );
  }
}

/** The first SHOWN lines, and a last one saying how many more there are and where. */
function shown(lines: readonly string[], where: string): string[] {
  if (lines.length <= SHOWN) return [...lines];
  return [...lines.slice(0, SHOWN), `… and ${lines.length - SHOWN} more ${where}`];
}

function pre(lines: readonly string[]): string {
  return `<pre>${escapeHtml(lines.map(safeLine).join('\n'))}</pre>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
