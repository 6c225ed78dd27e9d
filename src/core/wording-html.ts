/**
 * How results read as HTML: the job summary and the pull request comment. Pure: the summary comes as
 * the elements @actions/core's summary API would build (the shell writes each followed by the runner's
 * line end), so the tests compare the HTML whole. Every text that may come from a file name, a key or
 * an input is escaped here, and nowhere else.
 */
import type { Change, DistributionInvalidation, SiteResult } from './outcome.js';
import type { PageLink } from './page-urls.js';
import { type ReleaseOutcome, releaseSummaryLines } from './release-wording.js';
import { closingLine, formatBytes, formatSeconds, keptLines, planLines, safeLine, tagChoiceLine } from './wording.js';

/** Lines of a list shown in the job summary; the outputs always hold every entry. */
const SHOWN = 50;

/** How many links the job summary and the pull request comment show; the page-urls output holds all. */
export const LINKS_SHOWN = 25;

/**
 * The job summary's elements, in order; none when there is nothing to report. refusal: why the plan
 * was refused before anything was written, and the fix, as the error line says it.
 */
export function jobSummary(
  dryRun: boolean,
  deployed: SiteResult | undefined,
  invalidations: readonly DistributionInvalidation[] | undefined,
  refusal?: string,
  release?: ReleaseOutcome,
): string[] {
  const title = heading(dryRun ? 'S3 CloudFront deploy (dry run)' : 'S3 CloudFront deploy', 2);
  if (refusal !== undefined) return [title, `<p><strong>Refused:</strong> ${escapeHtml(safeLine(refusal))}</p>`];
  if (release !== undefined) {
    const { line, step } = releaseSummaryLines(release);
    return [
      title,
      `<p>${escapeHtml(safeLine(line))}</p>`,
      ...(step === undefined ? [] : [pre(step)]),
      ...(invalidations !== undefined && invalidations.length > 0 ? invalidationElements(invalidations) : []),
    ];
  }
  if (deployed === undefined && invalidations === undefined) return [];
  return [
    title,
    `<p>${escapeHtml(closingLine(dryRun, deployed, invalidations))}</p>`,
    ...(deployed === undefined ? [] : deployElements(deployed)),
    ...(invalidations !== undefined && invalidations.length > 0 ? invalidationElements(invalidations) : []),
  ];
}

function deployElements({ summary, changes, plan, owed, changedKeys }: SiteResult): string[] {
  const dry = summary.dryRun;
  const elements = [
    table(
      [
        dry ? 'Would upload' : 'Uploaded',
        'Unchanged',
        dry ? 'Would delete' : 'Deleted',
        dry ? 'Bytes to upload' : 'Bytes uploaded',
        'Time',
      ],
      [
        [
          String(summary.uploaded),
          String(summary.skipped),
          String(summary.deleted),
          formatBytes(summary.bytesUploaded),
          formatSeconds(summary.durationMs),
        ],
      ],
    ),
  ];
  if (summary.reasons.size > 0) {
    elements.push(
      table(
        ['Why uploaded', 'Files'],
        [...summary.reasons].map(([reason, count]) => [reason, String(count)]),
      ),
    );
  }
  const pages = changes.filter((change) => change.page);
  const others = changes.filter((change) => !change.page);
  if (pages.length > 0) elements.push(details(`Changed pages (${pages.length})`, pre(changeLines(pages, dry))));
  if (others.length > 0)
    elements.push(details(`Other changed files (${others.length})`, pre(changeLines(others, dry))));
  if (plan.kept.length > 0) {
    const kept = keptLines(plan.kept, dry ? 'keep' : 'kept').map((entry) => entry.line);
    elements.push(details(`Kept, not deleted (${plan.kept.length})`, pre(shown(kept, 'in the plan of a dry run'))));
  }
  const changed = new Set(changedKeys);
  for (const [distributionId, keys] of owed) {
    const earlier = keys.filter((key) => !changed.has(key));
    if (earlier.length === 0) continue;
    const title = `Changed by an earlier run, still owed an invalidation by ${distributionId} (${earlier.length})`;
    elements.push(details(title, pre(shown(earlier, 'in the log'))));
  }
  if (dry) elements.push(details('Full plan', pre(shown(planLines(plan), 'in the plan printed to the log'))));
  return elements;
}

function changeLines(changes: readonly Change[], dry: boolean): string[] {
  const lines = changes.map((c) => `${dry ? `would be ${c.action}` : c.action}  ${c.key}  (${c.reason})`);
  return shown(lines, 'in the changed-keys output');
}

function invalidationElements(invalidations: readonly DistributionInvalidation[]): string[] {
  const elements = [
    table(
      ['Distribution', 'Invalidations', 'Paths', 'Status'],
      invalidations.map((i) => [
        i.distributionId,
        i.invalidationIds.join(', ') || '-',
        String(i.paths.length),
        i.status,
      ]),
    ),
  ];
  for (const i of invalidations) {
    if (i.tags !== undefined && i.tags.length > 0)
      elements.push(`<p>${escapeHtml(tagChoiceLine(i.distributionId, i.tags))}</p>`);
    if (i.paths.length === 0) continue;
    elements.push(
      details(
        `Invalidation paths of ${i.distributionId} (${i.paths.length})`,
        pre(shown([...i.paths], 'in the invalidation-paths output')),
      ),
    );
  }
  return elements;
}

/** The preview's part of the job summary, after the deploy's: the site, then the changed pages as links. */
export function previewSummary(siteUrl: string, links: readonly PageLink[], dryRun: boolean): string[] {
  const title = dryRun ? `Pages that would change (${links.length})` : `Changed pages (${links.length})`;
  return [
    heading('Preview', 3),
    `<p><a href="${escapeHtml(siteUrl)}">${escapeHtml(siteUrl)}</a></p>`,
    `<p>${title}:</p>`,
    linksHtml(links),
  ];
}

/** One comment per deploy target: two sites previewed from one pull request keep one comment each. */
export function commentMarker(target: string): string {
  // encodeURI leaves no '>' (so no '-->'), whatever the prefix holds.
  return `<!-- s3-cloudfront-deploy preview ${encodeURI(target)} -->`;
}

export function linksHtml(links: readonly PageLink[], shown = LINKS_SHOWN): string {
  if (links.length === 0) return '<p>No page changed.</p>';
  const items = links
    .slice(0, shown)
    .map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(printable(link.label))}</a></li>`);
  const more =
    links.length > shown ? `<p>… and ${links.length - shown} more (the page-urls output holds them all).</p>` : '';
  return `<ul>\n${items.join('\n')}\n</ul>${more}`;
}

export interface CommentContent {
  readonly target: string;
  readonly siteUrl: string;
  readonly links: readonly PageLink[];
  /** e.g. the pull request's head commit, when known. */
  readonly commit?: string;
}

/** The pull request comment's whole body; it starts with the marker, so the next deploy finds and updates it. */
export function commentBody(content: CommentContent): string {
  const site = escapeHtml(content.siteUrl);
  const commit = content.commit === undefined ? '' : ` at ${escapeHtml(content.commit.slice(0, 12))}`;
  return [
    commentMarker(content.target),
    `<strong>Preview</strong>: <a href="${site}">${site}</a>`,
    '',
    `<p>${content.links.length} page(s) changed by the last deploy${commit}:</p>`,
    linksHtml(content.links),
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link's label is a file name and may hold control characters: shown escaped, never as raw line
 * breaks. Not safeLine: a label is no log line, and a pull request comment has always shown '\u000a'.
 */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first SHOWN lines, and a last one saying how many more there are and where. */
function shown(lines: readonly string[], where: string): string[] {
  if (lines.length <= SHOWN) return [...lines];
  return [...lines.slice(0, SHOWN), `… and ${lines.length - SHOWN} more ${where}`];
}

function pre(lines: readonly string[]): string {
  return `<pre>${escapeHtml(lines.map(safeLine).join('\n'))}</pre>`;
}

// The elements as @actions/core's summary API writes them (its heading, table and details), unescaped as there.
function heading(text: string, level: 2 | 3): string {
  return `<h${level}>${text}</h${level}>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  return `<table>${row(header, 'th')}${rows.map((cells) => row(cells, 'td')).join('')}</table>`;
}

function details(label: string, content: string): string {
  return `<details><summary>${label}</summary>${content}</details>`;
}
