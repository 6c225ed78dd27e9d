/**
 * The results through @actions/core: the outputs and the job summary. What they say is made in
 * core/outcome.ts and core/wording-html.ts; this file only writes it where the runner looks.
 */
import * as core from '@actions/core';
import {
  type DistributionInvalidation,
  invalidationOutputs,
  type Outputs,
  type SiteResult,
  siteOutputs,
} from '../core/outcome.js';
import { type ReleaseOutcome, releaseOutputs } from '../core/release-wording.js';
import { jobSummary } from '../core/wording-html.js';

export function setSiteOutputs(result: SiteResult): void {
  setOutputs(siteOutputs(result));
}

export function setReleaseOutputs(outcome: ReleaseOutcome): void {
  setOutputs(releaseOutputs(outcome));
}

export function setInvalidationOutputs(invalidations: readonly DistributionInvalidation[]): void {
  setOutputs(invalidationOutputs(invalidations));
}

/** Numbers and strings as they are, lists and maps as JSON. */
function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    setOutput(name, typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value));
  }
}

/** Without GITHUB_OUTPUT, @actions/core would fall back to the deprecated ::set-output command. */
export function setOutput(name: string, value: string | number): void {
  if (process.env['GITHUB_OUTPUT']) core.setOutput(name, value);
  else core.debug(`GITHUB_OUTPUT is not set: output ${name} not written.`);
}

/** The job summary; skipped (with a debug line) where the runner offers none, as outside Actions. */
export async function writeSummary(
  dryRun: boolean,
  deployed: SiteResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
  refusal?: string,
  release?: ReleaseOutcome,
): Promise<void> {
  const elements = jobSummary(dryRun, deployed, invalidations, refusal, release);
  if (elements.length === 0) return;
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return;
  }
  await appendSummary(elements);
}

/** Each element on a line of its own, as the summary API's add… calls end them. */
export async function appendSummary(elements: readonly string[]): Promise<void> {
  for (const element of elements) core.summary.addRaw(element, true);
  await core.summary.write();
}
