/**
 * The pages a deploy changed, as links under the `site-url` input: the address where source-dir's
 * root is served (e.g. https://preview.example.com/pr-42/). A key maps to its URL the way invalidation
 * maps it to a path: the index document stands for its directory (docs/index.html → …/docs/), and the
 * path is percent-encoded exactly as CloudFront expects it.
 */
import { encodeInvalidationPath } from './invalidation-paths.js';
import { relFor } from './keys.js';
import type { Change } from './outcome.js';

export interface PageLink {
  readonly url: string;
  /** The page's path below the site, for people: 'docs/', 'café/menü.html', '/' for the root. */
  readonly label: string;
}

export interface SiteAddress {
  /** Ends in '/'. */
  readonly siteUrl: string;
  /** The deploy's key prefix: '' or ending in '/'. */
  readonly prefix: string;
  /** '' means every page is linked by its file name. */
  readonly indexDocument: string;
}

/** The pages uploaded (or, in a dry run, to be uploaded), in key order. Deleted pages have no page to link. */
export function changedPageLinks(changes: readonly Change[], site: SiteAddress): PageLink[] {
  const links = new Map<string, PageLink>();
  for (const change of changes) {
    if (!change.page || change.action !== 'uploaded') continue;
    const rel = relFor(site.prefix, change.key);
    if (rel === undefined) continue;
    const link = pageLink(rel, site);
    links.set(link.url, link);
  }
  return [...links.values()];
}

export function pageLink(rel: string, site: Pick<SiteAddress, 'siteUrl' | 'indexDocument'>): PageLink {
  const index = site.indexDocument;
  const path = index === '' ? rel : rel === index ? '' : rel.endsWith(`/${index}`) ? rel.slice(0, -index.length) : rel;
  // '?' and '#' would start a query or a fragment: encoded, like the invalidation paths of such keys.
  return { url: site.siteUrl + encodeInvalidationPath(path).replaceAll('?', '%3F'), label: path === '' ? '/' : path };
}
