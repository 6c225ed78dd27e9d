/**
 * The redirects file (redirects-file input): Netlify's and Cloudflare's `_redirects` format, parsed
 * into rules that say nothing yet about where they are served (redirect-objects.ts maps them to S3
 * website redirects; a release store can hold the same rules). Pure: no I/O.
 *
 * One rule a line: `FROM TO [STATUS][!]`, fields separated by whitespace.
 * - FROM: a path starting with '/', exact ('/old/', '/old.html') or ending in a splat '*' that
 *   matches any rest ('/blog/*'); percent-escapes stand for the characters they encode.
 * - TO: a path ('/new/') or an absolute http(s) URL, printable ASCII (it is sent as Location);
 *   ':splat' in it stands for what the splat matched.
 * - STATUS: 301 (the default), 302, 307 or 308; a trailing '!' (301!) forces the rule: it also
 *   applies where the site has a file. Without it the file wins, as on Netlify.
 * Lines starting with '#' are comments; blank lines are ignored. Placeholders (':year'), query
 * matching, conditions and rewrites (200) are not supported: such a line is refused, not ignored.
 */
import { headerValueProblem } from './headers.js';
import { RuleSyntaxError } from './rules.js';

const REDIRECT_STATUSES = [301, 302, 307, 308] as const;
export type RedirectStatus = (typeof REDIRECT_STATUSES)[number];

export interface RedirectRule {
  /** 1-based line of the file, for messages. */
  readonly line: number;
  /** The source as written: '/old/', '/blog/*'. */
  readonly from: string;
  /** The source decoded, without the splat: '/old/', '/blog/'; a splat matches every path it starts. */
  readonly path: string;
  readonly splat: boolean;
  /** The target as written, ':splat' included. */
  readonly to: string;
  readonly status: RedirectStatus;
  /** '!': the rule applies even where the site has a file. */
  readonly force: boolean;
}

const REDIRECT_FORMAT = 'expected "FROM TO [STATUS]", for example "/old/ /new/ 301"';

/** Every rule of the file in its order; the first bad line is a RuleSyntaxError naming it (and how many more there are). */
export function parseRedirects(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  const problems: RuleSyntaxError[] = [];
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      try {
        const rule = parseLine(line, index + 1);
        const earlier = seen.get(rule.from);
        if (earlier !== undefined)
          throw new RuleSyntaxError(index + 1, `"${rule.from}" is already redirected on line ${earlier}`);
        seen.set(rule.from, rule.line);
        rules.push(rule);
      } catch (error) {
        if (!(error instanceof RuleSyntaxError)) throw error;
        problems.push(error);
      }
    });
  throwFirst(problems);
  return rules;
}

/** The first problem, saying which other lines have one too: one error for the whole file. */
export function throwFirst(problems: readonly RuleSyntaxError[]): void {
  const [first, ...more] = problems;
  if (first === undefined) return;
  if (more.length === 0) throw first;
  const lines = more.slice(0, 10).map((problem) => problem.line);
  const etc = more.length > lines.length ? ', …' : '';
  throw new RuleSyntaxError(first.line, `${first.reason} (lines ${lines.join(', ')}${etc} have problems too)`);
}

function parseLine(text: string, line: number): RedirectRule {
  const fail = (reason: string): never => {
    throw new RuleSyntaxError(line, reason);
  };
  const fields = text.split(/\s+/);
  const [from = '', to = '', statusField] = fields;
  if (fields.length < 2) fail(`("${text}"): ${REDIRECT_FORMAT}`);
  if (fields.length > 3) {
    fail(`"${fields[3]}": only FROM TO [STATUS] is supported (no query parameters, conditions or headers)`);
  }
  const { path, splat } = parseSource(from, fail);
  if (!/^(\/|https?:\/\/)/.test(to)) fail(`target "${to}" must start with /, http:// or https://`);
  const problem = headerValueProblem(to);
  if (problem !== undefined) fail(`target "${to}": ${problem}; percent-encode it`);
  if (!splat && to.includes(':splat')) fail(`target "${to}" uses :splat but "${from}" has no trailing *`);
  if (!splat && to === from) fail(`"${from}" redirects to itself`);
  const { status, force } = parseStatus(statusField, fail);
  return { line, from, path, splat, to, status, force };
}

function parseSource(from: string, fail: (reason: string) => never): { path: string; splat: boolean } {
  if (!from.startsWith('/')) fail(`source "${from}" must be a path starting with /`);
  const splat = from.endsWith('*');
  const written = splat ? from.slice(0, -1) : from;
  if (written.includes('*')) fail(`source "${from}": * may only stand last (a splat, as in /blog/*)`);
  if (/[?#]/.test(written)) fail(`source "${from}": query strings and fragments are not matched; give the path only`);
  const segments = written.slice(1).split('/');
  if (segments.some((segment) => segment.startsWith(':'))) {
    fail(`source "${from}": placeholders like :name are not supported; only a trailing * (splat)`);
  }
  let path = '';
  try {
    path = decodeURIComponent(written);
  } catch {
    fail(`source "${from}" holds a malformed %-escape`);
  }
  const inner = path.slice(1).split('/').slice(0, -1);
  if (inner.some((segment) => segment === '' || segment === '.' || segment === '..') || /\/\.{1,2}$/.test(path)) {
    fail(`source "${from}" has an empty, "." or ".." segment`);
  }
  return { path, splat };
}

function parseStatus(
  field: string | undefined,
  fail: (reason: string) => never,
): Pick<RedirectRule, 'status' | 'force'> {
  if (field === undefined) return { status: 301, force: false };
  const match = /^(\d{3})(!?)$/.exec(field);
  if (match === null) fail(`"${field}" is not a status: expected 301, 302, 307 or 308, optionally followed by !`);
  const code = Number(match![1]);
  const status = REDIRECT_STATUSES.find((known) => known === code);
  if (status === undefined) {
    fail(
      code === 200
        ? 'status 200 is a rewrite, not a redirect: not supported'
        : `status ${code} is not a redirect: expected 301, 302, 307 or 308`,
    );
  }
  return { status: status!, force: match![2] === '!' };
}
