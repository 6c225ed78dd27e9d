/** Multi-line `GLOB: VALUE` inputs (cache-control): parsed and compiled once, matched first-wins. */
import { compileGlob, type Glob, GlobError, type GlobInput } from './globs.js';

export interface GlobRule extends Glob {
  readonly value: string;
  /** 1-based line of the input it came from, for messages. */
  readonly line: number;
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

/**
 * A comment line of any multi-line input: '#' alone or followed by whitespace ('# note'), as in YAML
 * and _redirects. '#html' is not one: it is an item (a cache tag in invalidation-paths).
 */
export function isComment(line: string): boolean {
  return /^#(\s|$)/.test(line);
}

/** Parses one rule per line; blank lines and comments (isComment) are ignored. */
export function parseGlobRules(
  text: string,
  input: 'cache-control' | 'headers' | 'cache-tags' = 'cache-control',
): GlobRule[] {
  const rules: GlobRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || isComment(line)) return;
    const colon = line.indexOf(':');
    const glob = colon < 0 ? '' : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (glob === '' || value === '') {
      throw new RuleSyntaxError(index + 1, `("${line}"): expected "GLOB: VALUE", for example "**/*.html: no-cache"`);
    }
    rules.push({ ...compileLineGlob(glob, input, index + 1), value, line: index + 1 });
  });
  return rules;
}

/** compileGlob for a glob on a line of a multi-line input: a refused one is a RuleSyntaxError naming the line. */
export function compileLineGlob(glob: string, input: GlobInput, line: number): Glob {
  try {
    return compileGlob(glob, input);
  } catch (error) {
    if (error instanceof GlobError) throw new RuleSyntaxError(line, error.message);
    throw error;
  }
}

/** The value of the first rule whose glob matches rel (dotfiles included), or undefined. */
export function firstMatch(rules: readonly GlobRule[], rel: string): string | undefined {
  return rules.find((rule) => rule.matches(rel))?.value;
}
