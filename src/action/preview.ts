/** After a deploy with site-url: the page-urls output, the links in the job summary, and the pull request comment. */
import type { SiteResult } from '../core/outcome.js';
import { changedPageLinks } from '../core/page-urls.js';
import { commentBody, commentMarker, previewSummary } from '../core/wording-html.js';
import type { Log } from '../ports.js';
import type { PreviewConfig } from './inputs/preview-inputs.js';
import type { Env } from './inputs/read.js';
import { pullRequestOf, upsertComment } from './pull-request.js';
import { appendSummary, setOutput } from './report.js';

export interface PreviewContext {
  readonly prefix: string;
  /** s3://bucket/prefix: names the comment, so two sites keep one comment each. */
  readonly target: string;
  readonly dryRun: boolean;
}

/**
 * The run's last step (flows/run.ts), for a deploy to prefix: first the job summary (summaryFirst),
 * so the preview's links come below it, then the links and the comment.
 */
export function previewStep(
  preview: PreviewConfig,
  prefix: string,
  { summaryFirst, log }: { readonly summaryFirst: () => Promise<void>; readonly log: Log },
): (result: SiteResult) => Promise<void> {
  return async (result) => {
    await summaryFirst();
    const { target, dryRun } = result.summary;
    await publishPreview(preview, result, { prefix, target, dryRun }, log, process.env);
  };
}

export async function publishPreview(
  preview: PreviewConfig,
  deployed: SiteResult,
  context: PreviewContext,
  log: Log,
  env: Env,
): Promise<void> {
  const links = changedPageLinks(deployed.changes, {
    siteUrl: preview.siteUrl,
    prefix: context.prefix,
    indexDocument: preview.indexDocument,
  });
  setOutput('page-urls', JSON.stringify(links.map((link) => link.url)));
  log.info(`Preview: ${preview.siteUrl} (${links.length} changed page(s))`);
  if (process.env['GITHUB_STEP_SUMMARY']) await appendSummary(previewSummary(preview.siteUrl, links, context.dryRun));
  if (preview.githubToken === undefined) return;
  const pr = await pullRequestOf(env);
  if (pr === undefined) {
    log.info(`Not a pull request run (event ${env['GITHUB_EVENT_NAME'] ?? 'unknown'}): no preview comment.`);
    return;
  }
  if (context.dryRun) {
    log.info(`Dry run: no preview comment on pull request #${pr.number}.`);
    return;
  }
  const body = commentBody({
    target: context.target,
    siteUrl: preview.siteUrl,
    links,
    ...(pr.headSha !== undefined && { commit: pr.headSha }),
  });
  await upsertComment(preview.githubToken, pr, commentMarker(context.target), body, log);
}
