/**
 * The preview as HTML: the list of changed-page links (job summary and pull request comment), and the
 * comment's whole body, which starts with a hidden marker so the next deploy finds and updates it.
 */
import { LINKS_SHOWN, type PageLink } from './page-urls.js';

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

/** A file name may hold control characters: shown escaped, never as raw line breaks. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
