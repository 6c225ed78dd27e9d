/** Outputs, the job summary and the closing log line, all read from the same results. */
import * as core from '@actions/core';
import { compareKeys } from '../core/keys.js';
import { countReasons, formatBytes, planLines, type DeployResult } from '../deploy.js';
import type { DistributionInvalidation } from '../invalidate.js';
import type { Config } from './config.js';

const FIRST_KEYS = 20;

export function changedKeys(result: DeployResult): string[] {
  const keys = result.dryRun
    ? [...result.plan.uploads.map((step) => step.key), ...result.plan.deletes.map((step) => step.key)]
    : [...result.uploaded.map((step) => step.key), ...result.deleted];
  return [...new Set(keys)].sort(compareKeys);
}

export function setOutputs(result: DeployResult): void {
  core.setOutput('uploaded', result.uploaded.length);
  core.setOutput('skipped', result.plan.skips.length);
  core.setOutput('deleted', result.deleted.length);
  core.setOutput('bytes-uploaded', result.bytesUploaded);
  core.setOutput('changed-keys', JSON.stringify(changedKeys(result)));
}

export function setInvalidationOutputs(invalidations: readonly DistributionInvalidation[]): void {
  core.setOutput('invalidation-ids', JSON.stringify(Object.fromEntries(invalidations.map((i) => [i.distributionId, i.invalidationIds]))));
  core.setOutput('invalidation-paths', JSON.stringify(Object.fromEntries(invalidations.map((i) => [i.distributionId, i.paths]))));
  core.setOutput('invalidation-status', overallStatus(invalidations));
}

/** The least finished of all: InProgress if any batch is, None if nothing was submitted. */
export function overallStatus(invalidations: readonly DistributionInvalidation[]): string {
  const statuses = invalidations.map((i) => i.status);
  if (statuses.includes('InProgress')) return 'InProgress';
  return statuses.includes('Completed') ? 'Completed' : 'None';
}

export function oneLineSummary(
  config: Config,
  deployed: DeployResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
): string {
  const parts: string[] = [];
  if (deployed !== undefined && config.sync !== undefined) {
    const dry = deployed.dryRun;
    const bytes = dry ? deployed.plan.uploads.reduce((s, step) => s + step.file.size, 0) : deployed.bytesUploaded;
    parts.push(
      `${dry ? 'Dry run, nothing written: would deploy' : 'Deployed'} s3://${config.sync.bucket}/${config.sync.prefix}: ` +
        `${dry ? deployed.plan.uploads.length : deployed.uploaded.length} uploaded (${formatBytes(bytes)}), ` +
        `${deployed.plan.skips.length} unchanged, ${dry ? deployed.plan.deletes.length : deployed.deleted.length} deleted ` +
        `in ${(deployed.durationMs / 1000).toFixed(1)} s.`,
    );
  }
  for (const i of invalidations ?? []) {
    parts.push(
      i.status === 'None'
        ? `${i.distributionId}: ${config.dryRun ? `would invalidate ${i.paths.length} path(s)` : 'nothing to invalidate'}.`
        : `${i.distributionId}: ${i.paths.length} path(s) in ${i.invalidationIds.join(', ')}: ${i.status}.`,
    );
  }
  return parts.join(' ');
}

export async function writeSummary(
  config: Config,
  deployed: DeployResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
): Promise<void> {
  if (deployed === undefined && invalidations === undefined) return;
  const summary = core.summary.addHeading(config.dryRun ? 'S3 CloudFront deploy (dry run)' : 'S3 CloudFront deploy', 2);
  summary.addRaw(`<p>${escapeHtml(oneLineSummary(config, deployed, invalidations))}</p>`, true);
  if (deployed !== undefined) addDeploy(deployed);
  if (invalidations !== undefined && invalidations.length > 0) {
    summary.addTable([
      ['Distribution', 'Invalidations', 'Paths', 'Status'].map((data) => ({ data, header: true })),
      ...invalidations.map((i) => [i.distributionId, i.invalidationIds.join(', ') || '-', String(i.paths.length), i.status]),
    ]);
    const first = invalidations.flatMap((i) => i.paths.slice(0, FIRST_KEYS).map((path) => `${i.distributionId} ${path}`));
    summary.addDetails('Invalidation paths (first of each distribution)', `<pre>${escapeHtml(first.join('\n'))}</pre>`);
  }
  await summary.write();
}

function addDeploy(result: DeployResult): void {
  const dry = result.dryRun;
  core.summary.addTable([
    [dry ? 'Would upload' : 'Uploaded', 'Unchanged', dry ? 'Would delete' : 'Deleted', 'Bytes uploaded', 'Time'].map((data) => ({
      data,
      header: true,
    })),
    [
      String(dry ? result.plan.uploads.length : result.uploaded.length),
      String(result.plan.skips.length),
      String(dry ? result.plan.deletes.length : result.deleted.length),
      formatBytes(result.bytesUploaded),
      `${(result.durationMs / 1000).toFixed(1)} s`,
    ],
  ]);
  const reasons = countReasons(result.plan);
  if (reasons.size > 0) {
    core.summary.addTable([
      [{ data: 'Why uploaded', header: true }, { data: 'Files', header: true }],
      ...[...reasons].map(([reason, count]) => [reason, String(count)]),
    ]);
  }
  const keys = changedKeys(result);
  if (keys.length > 0) {
    core.summary.addDetails(
      `Changed keys (${Math.min(keys.length, FIRST_KEYS)} of ${keys.length})`,
      `<pre>${escapeHtml(keys.slice(0, FIRST_KEYS).join('\n'))}</pre>`,
    );
  }
  if (dry) core.summary.addDetails('Full plan', `<pre>${escapeHtml(planLines(result.plan).join('\n'))}</pre>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
