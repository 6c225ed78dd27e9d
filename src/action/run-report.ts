/**
 * What the run tells the shell as it goes: each result becomes the step's outputs at once, and the
 * job summary and closing line are made from whatever was reported, also after a failure.
 */
import type { DistributionInvalidation, SiteResult } from '../core/outcome.js';
import { type ReleaseOutcome, releaseLine } from '../core/release-wording.js';
import { closingLine } from '../core/wording.js';
import type { RunReport } from '../flows/run.js';
import { setInvalidationOutputs, setReleaseOutputs, setSiteOutputs, writeSummary } from './report.js';

export interface ActionReport extends RunReport {
  /** Writes the job summary once; later calls wait for the same write. */
  summary(): Promise<void>;
  closingLine(): string;
}

export function actionReport(dryRun: boolean): ActionReport {
  let site: SiteResult | undefined;
  let invalidations: readonly DistributionInvalidation[] | undefined;
  let refusal: string | undefined;
  let release: ReleaseOutcome | undefined;
  let written: Promise<void> | undefined;
  return {
    site(result) {
      site = result;
      setSiteOutputs(result);
    },
    invalidations(list) {
      invalidations = list;
      setInvalidationOutputs(list);
    },
    release(outcome) {
      release = outcome;
      setReleaseOutputs(outcome);
    },
    refused(reason) {
      refusal = reason;
    },
    summary() {
      written ??= writeSummary(dryRun, site, invalidations, refusal, release);
      return written;
    },
    closingLine: () => (release === undefined ? closingLine(dryRun, site, invalidations) : releaseLine(release)),
  };
}
