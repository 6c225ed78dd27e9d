/**
 * The redirects file of a deploy (redirects-file): read from source-dir and parsed before anything is
 * listed as a file or written; without a release store its exact rules become S3 website redirect
 * objects, planned with the site's files (see core/redirect-objects.ts).
 */

import { PlanError } from '../core/plan.js';
import {
  type RedirectObject,
  skippedRedirectsNotice,
  websiteRedirects,
  websiteRedirectsWarning,
} from '../core/redirect-objects.js';
import { parseRedirects, type RedirectRule } from '../core/redirects.js';
import { RuleSyntaxError } from '../core/rules.js';
import type { SiteFile } from '../core/types.js';
import type { LocalSource, Log } from '../ports.js';

export interface RedirectsSource {
  /** Relative to source-dir, '/'-separated; the file itself is not published. */
  readonly file: string;
  /** How a '/dir/' source is keyed: 'dir/' + indexDocument. */
  readonly indexDocument: string;
}

/** The rules; a bad line is a PlanError naming the file and the line, before anything is written. */
export async function readRedirectRules(
  source: LocalSource,
  sourceDir: string,
  redirects: RedirectsSource,
): Promise<RedirectRule[]> {
  const text = await source.readText(sourceDir, redirects.file);
  return named(redirects, () => parseRedirects(text));
}

/**
 * The site's files and the redirect objects to plan with them: files a forced rule replaces are
 * left out. Says once that such redirects need a website endpoint, and which rules the site's files win over.
 */
export function withWebsiteRedirects(
  rules: readonly RedirectRule[],
  files: readonly SiteFile[],
  redirects: RedirectsSource,
  log: Log,
): { files: SiteFile[]; redirects: readonly RedirectObject[] } {
  const site = { files: new Set(files.map((file) => file.rel)), indexDocument: redirects.indexDocument };
  const planned = named(redirects, () => websiteRedirects(rules, site));
  if (planned.skipped.length > 0) log.info(skippedRedirectsNotice(planned.skipped));
  if (planned.objects.length > 0) log.warning(websiteRedirectsWarning(planned.objects.length));
  return { files: files.filter((file) => !planned.replaced.has(file.rel)), redirects: planned.objects };
}

/** work's RuleSyntaxError as a PlanError naming the redirects file. */
export function named<T>(redirects: RedirectsSource, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    throw new PlanError(`redirects-file ${redirects.file}: ${error.message}; nothing was written`);
  }
}
