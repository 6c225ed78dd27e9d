/**
 * Redirect rules stored in the bucket itself (no release store): each exact rule becomes a zero-byte
 * object at its source key with x-amz-website-redirect-location, which only an S3 *website* endpoint
 * answers, and always with a 301. Pure: no I/O.
 *
 * The key is the source path below the prefix, keyed as pages are: '/old/' → 'old/index.html' (the
 * index document, as invalidation maps 'old/index.html' back to '/old/' and '/old'), '/old' → 'old',
 * '/old.html' → 'old.html'. A rule whose source the site already serves ('old/index.html' for
 * '/old/'; 'old' or 'old/index.html' for '/old') is skipped, the file winning, unless it is forced
 * ('!'): then the redirect object takes the key, and a file at that very key is not uploaded.
 */
import type { RedirectRule } from './redirects.js';
import { throwFirst } from './redirects.js';
import { RuleSyntaxError } from './rules.js';

/** S3 limits x-amz-website-redirect-location to 2 KB. */
const MAX_LOCATION_BYTES = 2048;

export interface RedirectObject {
  /** The key below the prefix. */
  readonly rel: string;
  readonly location: string;
  /** The rule's line in the redirects file. */
  readonly line: number;
}

export interface SkippedRedirect {
  readonly rule: RedirectRule;
  /** The site's file that serves the rule's source. */
  readonly file: string;
}

export interface WebsiteRedirects {
  readonly objects: readonly RedirectObject[];
  /** Rules without '!' whose source the site serves: not written. */
  readonly skipped: readonly SkippedRedirect[];
  /** Files of the site a forced rule replaces: not uploaded. */
  readonly replaced: ReadonlySet<string>;
}

/** The objects for rules; a splat, a status other than 301 or two rules on one key is a RuleSyntaxError naming the line. */
export function websiteRedirects(
  rules: readonly RedirectRule[],
  site: { readonly files: ReadonlySet<string>; readonly indexDocument: string },
): WebsiteRedirects {
  const problems: RuleSyntaxError[] = [];
  const objects: RedirectObject[] = [];
  const skipped: SkippedRedirect[] = [];
  const replaced = new Set<string>();
  const lineOf = new Map<string, number>();
  for (const rule of rules) {
    const problem = websiteProblem(rule, site.indexDocument);
    if (problem !== undefined) {
      problems.push(new RuleSyntaxError(rule.line, problem));
      continue;
    }
    const rel = keyOf(rule.path, site.indexDocument);
    const earlier = lineOf.get(rel);
    if (earlier !== undefined) {
      problems.push(new RuleSyntaxError(rule.line, `"${rule.from}" is the key ${rel}, as on line ${earlier}`));
      continue;
    }
    lineOf.set(rel, rule.line);
    const served = servingFiles(rule.path, rel, site.indexDocument).find((file) => site.files.has(file));
    if (served !== undefined && !rule.force) {
      skipped.push({ rule, file: served });
      continue;
    }
    if (site.files.has(rel)) replaced.add(rel);
    objects.push({ rel, location: rule.to, line: rule.line });
  }
  throwFirst(problems);
  return { objects, skipped, replaced };
}

function websiteProblem(rule: RedirectRule, indexDocument: string): string | undefined {
  if (rule.splat) {
    return `"${rule.from}" is a splat: S3 website redirects can only redirect exact paths (splats need release-store)`;
  }
  if (rule.status !== 301) {
    return `status ${rule.status}: S3 website redirects always answer 301; write 301 (or no status) to accept that`;
  }
  if (rule.path.endsWith('/') && indexDocument === '') {
    return `"${rule.from}" ends in /: keying it needs index-document`;
  }
  if (Buffer.byteLength(rule.to) > MAX_LOCATION_BYTES) {
    return `target is ${Buffer.byteLength(rule.to)} bytes long; S3 allows ${MAX_LOCATION_BYTES}`;
  }
  return undefined;
}

function keyOf(path: string, indexDocument: string): string {
  const rel = path.slice(1);
  return rel === '' || rel.endsWith('/') ? rel + indexDocument : rel;
}

/** The keys a website endpoint answers the source from: the key itself, and for '/old' also 'old/index.html'. */
function servingFiles(path: string, rel: string, indexDocument: string): string[] {
  const isDirectory = path.endsWith('/');
  return isDirectory || indexDocument === '' ? [rel] : [rel, `${rel}/${indexDocument}`];
}

/** Said once per deploy that writes redirect objects. */
export function websiteRedirectsWarning(count: number): string {
  return (
    `redirects-file: ${count} redirect(s) are zero-byte objects with x-amz-website-redirect-location. ` +
    'Only an S3 website endpoint answers them (with a 301); behind a REST or OAC origin they download as empty files.'
  );
}

/** The rules skipped because the site has a file at their source, the first few named. */
export function skippedRedirectsNotice(skipped: readonly SkippedRedirect[]): string {
  const named = skipped
    .slice(0, 5)
    .map(({ rule, file }) => `line ${rule.line} (${rule.from}: the site has ${file})`)
    .join('; ');
  const more = skipped.length > 5 ? `; and ${skipped.length - 5} more` : '';
  return (
    `redirects-file: ${skipped.length} rule(s) skipped, the site's file wins: ${named}${more}. ` +
    'Add ! after the status (301!) to replace the file with the redirect.'
  );
}
