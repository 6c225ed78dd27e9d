/** Multi-line `GLOB: VALUE` inputs (cache-control): parsed and compiled once, matched first-wins. */
import { Minimatch } from 'minimatch';

export interface GlobRule {
  readonly glob: string;
  readonly value: string;
  /** 1-based line of the input it came from, for messages. */
  readonly line: number;
  /** Compiled once: matching runs for every file of the site. */
  readonly matches: (rel: string) => boolean;
}

/** A line that is not a rule; the caller names the input. */
export class RuleSyntaxError extends Error {
  override name = 'RuleSyntaxError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** Parses one rule per line; blank lines and lines starting with '#' are ignored. */
export function parseGlobRules(text: string): GlobRule[] {
  const rules: GlobRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const glob = colon < 0 ? '' : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (glob === '' || value === '') {
      throw new RuleSyntaxError(index + 1, `("${line}"): expected "GLOB: VALUE", for example "**/*.html: no-cache"`);
    }
    if (glob.startsWith('/') || glob.split('/').includes('..')) {
      throw new RuleSyntaxError(index + 1, `the glob "${glob}" must be relative to source-dir`);
    }
    const matcher = new Minimatch(glob, { dot: true });
    rules.push({ glob, value, line: index + 1, matches: (rel) => matcher.match(rel) });
  });
  return rules;
}

/** The value of the first rule whose glob matches rel (dotfiles included), or undefined. */
export function firstMatch(rules: readonly GlobRule[], rel: string): string | undefined {
  return rules.find((rule) => rule.matches(rel))?.value;
}
