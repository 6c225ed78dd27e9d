/**
 * What a release deploy or rollback did, as one value, and how it reads: the outputs, the log's
 * closing line and the job summary, which names the release live and the exact rollback step.
 */
import { formatSeconds } from './wording.js';

export interface ReleaseOutcome {
  readonly flow: 'deploy' | 'rollback';
  readonly dryRun: boolean;
  /** The release now live (would be, in a dry run). */
  readonly releaseId: string;
  /** The release it replaced; undefined for the first, or when nothing was switched. */
  readonly previousReleaseId?: string;
  readonly uploaded: number;
  readonly copied: number;
  /** A layered release: its base and how many path keys it wrote; absent: a full release (or a rollback). */
  readonly layered?: { readonly base: string; readonly paths: number };
  readonly bytesUploaded: number;
  /** Releases deleted by the prune after the switch. */
  readonly pruned: readonly string[];
  readonly durationMs: number;
  /** Where, for the rollback step: the store, the site's name in it, the bucket and the prefix ('' or 'www/'). */
  readonly where: {
    readonly storeArn: string;
    readonly name: string;
    readonly bucket: string;
    readonly prefix: string;
  };
}

export function releaseOutputs(outcome: ReleaseOutcome): Record<string, string> {
  return { 'release-id': outcome.releaseId, 'previous-release-id': outcome.previousReleaseId ?? '' };
}

export function releaseLine(outcome: ReleaseOutcome): string {
  const was = outcome.previousReleaseId === undefined ? '' : ` (was ${outcome.previousReleaseId})`;
  const took = formatSeconds(outcome.durationMs);
  if (outcome.flow === 'rollback') {
    if (outcome.dryRun) return `Dry run: the rollback would make release ${outcome.releaseId} live${was}.`;
    return `Rolled back: release ${outcome.releaseId} is live${was}, in ${took}.`;
  }
  if (outcome.dryRun) {
    return `Dry run: release ${outcome.releaseId} would go live${was}: ${outcome.uploaded} file(s) to upload, ${outcome.copied} to copy inside the bucket.`;
  }
  const kind =
    outcome.layered === undefined ? 'full' : `layered on ${outcome.layered.base} (${outcome.layered.paths} paths)`;
  const counts = `${outcome.uploaded} file(s) uploaded, ${outcome.copied} copied inside the bucket, ${kind}`;
  const pruned = outcome.pruned.length === 0 ? '' : `; pruned ${outcome.pruned.join(', ')}`;
  return `Release ${outcome.releaseId} is live${was}: ${counts}${pruned}, in ${took}.`;
}

/** The step's `with:` lines that switch the site back to release `to`. */
function rollbackStep(outcome: ReleaseOutcome, to: string): string[] {
  const { storeArn, name, bucket, prefix } = outcome.where;
  return [
    'with:',
    `  bucket: ${bucket}`,
    ...(prefix === '' ? [] : [`  prefix: ${prefix.replace(/\/$/, '')}`]),
    `  release-store: ${storeArn}`,
    ...(name === 'site' ? [] : [`  release-name: ${name}`]),
    `  rollback: ${to}`,
  ];
}

/** The job summary's lines (plain text; the shell escapes them). */
export function releaseSummaryLines(outcome: ReleaseOutcome): { readonly line: string; readonly step?: string[] } {
  const back = outcome.previousReleaseId;
  if (outcome.dryRun || back === undefined) return { line: releaseLine(outcome) };
  return { line: `${releaseLine(outcome)} To switch back to ${back}:`, step: rollbackStep(outcome, back) };
}
