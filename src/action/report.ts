/** Outputs, the job summary and the closing log line, all read from one DeployResult. */
import * as core from '@actions/core';
import { countReasons, formatBytes, planLines, type DeployResult } from '../deploy.js';
import { compareKeys } from '../core/plan.js';

const FIRST_KEYS = 20;

export function changedKeys(result: DeployResult): string[] {
  const keys = result.dryRun
    ? [...result.plan.uploads.map((step) => step.key), ...result.plan.deletes.map((step) => step.key)]
    : [...result.uploaded.map((step) => step.key), ...result.deleted];
  return [...new Set(keys)].sort(compareKeys);
}

export function setOutputs(result: DeployResult): void {
  core.setOutput('uploaded', result.dryRun ? 0 : result.uploaded.length);
  core.setOutput('skipped', result.plan.skips.length);
  core.setOutput('deleted', result.deleted.length);
  core.setOutput('bytes-uploaded', result.bytesUploaded);
  core.setOutput('changed-keys', JSON.stringify(changedKeys(result)));
}

export function oneLineSummary(result: DeployResult, target: string): string {
  const verb = result.dryRun ? 'Dry run, nothing written:' : 'Deployed';
  const uploads = result.dryRun ? result.plan.uploads.length : result.uploaded.length;
  const deletes = result.dryRun ? result.plan.deletes.length : result.deleted.length;
  const bytes = result.dryRun ? result.plan.uploads.reduce((s, step) => s + step.file.size, 0) : result.bytesUploaded;
  return (
    `${verb} ${target}: ${uploads} uploaded (${formatBytes(bytes)}), ${result.plan.skips.length} unchanged, ` +
    `${deletes} deleted in ${(result.durationMs / 1000).toFixed(1)} s.`
  );
}

export async function writeSummary(result: DeployResult, target: string): Promise<void> {
  const reasons = countReasons(result.plan);
  const summary = core.summary
    .addHeading(result.dryRun ? 'S3 deploy (dry run)' : 'S3 deploy', 2)
    .addRaw(`<p>${escapeHtml(oneLineSummary(result, target))}</p>`, true)
    .addTable([
      [
        { data: result.dryRun ? 'Would upload' : 'Uploaded', header: true },
        { data: 'Unchanged', header: true },
        { data: result.dryRun ? 'Would delete' : 'Deleted', header: true },
        { data: 'Bytes uploaded', header: true },
        { data: 'Time', header: true },
      ],
      [
        String(result.dryRun ? result.plan.uploads.length : result.uploaded.length),
        String(result.plan.skips.length),
        String(result.dryRun ? result.plan.deletes.length : result.deleted.length),
        formatBytes(result.bytesUploaded),
        `${(result.durationMs / 1000).toFixed(1)} s`,
      ],
    ]);
  if (reasons.size > 0) {
    summary.addTable([
      [{ data: 'Why uploaded', header: true }, { data: 'Files', header: true }],
      ...[...reasons].map(([reason, count]) => [reason, String(count)]),
    ]);
  }
  const keys = changedKeys(result);
  if (keys.length > 0) {
    summary.addDetails(
      `Changed keys (${Math.min(keys.length, FIRST_KEYS)} of ${keys.length})`,
      `<pre>${escapeHtml(keys.slice(0, FIRST_KEYS).join('\n'))}</pre>`,
    );
  }
  if (result.dryRun) {
    summary.addDetails('Full plan', `<pre>${escapeHtml(planLines(result.plan).join('\n'))}</pre>`);
  }
  await summary.write();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
