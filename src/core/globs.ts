/**
 * Every glob input (include, exclude, cache-control, headers, upload-last, preserve) is compiled
 * here, once per pattern, because matching runs for every file or key. A glob must stay inside what
 * it is relative to: no leading '/', no '..' segment. The minimatch options differ per input and are
 * kept as each input has always had them.
 */
import { escape as escapeGlob, Minimatch } from 'minimatch';

export interface Glob {
  /** As compiled, for messages. */
  readonly glob: string;
  readonly matches: (rel: string) => boolean;
  /** False when nothing below the directory dir can match, so a walk need not enter it. */
  readonly mayMatchBelow: (dir: string) => boolean;
}

export interface GlobOptions {
  readonly relativeTo: 'source-dir' | 'the prefix';
  /** Whether `*` and `**` match names starting with a dot. */
  readonly dot: boolean;
  /** Whether a leading '#' is part of a name rather than a comment. */
  readonly nocomment: boolean;
}

export type GlobInput = 'include' | 'exclude' | 'cache-control' | 'headers' | 'cache-tags' | 'upload-last' | 'preserve';

const SITE_RULE: GlobOptions = { relativeTo: 'source-dir', dot: true, nocomment: false };

export const GLOB_OPTIONS: Readonly<Record<GlobInput, GlobOptions>> = {
  // dot: false, so `**` does not reach dotfiles but an explicit `.nojekyll` does.
  include: { relativeTo: 'source-dir', dot: false, nocomment: true },
  exclude: { relativeTo: 'source-dir', dot: true, nocomment: true },
  'cache-control': SITE_RULE,
  headers: SITE_RULE,
  'cache-tags': SITE_RULE,
  'upload-last': SITE_RULE,
  // dot: a preserve glob protects dotfiles too (.well-known/**); nocomment: '#' can start a name.
  preserve: { relativeTo: 'the prefix', dot: true, nocomment: true },
};

/** A glob refused by the relative rule; callers add the input's name or line. */
export class GlobError extends Error {
  override name = 'GlobError';
}

/** A glob matching exactly path, whatever characters it holds. */
export function literalGlob(path: string): string {
  return escapeGlob(path);
}

/** How a pattern breaks the relative rule, or undefined when it keeps it. */
export function notRelative(pattern: string): 'absolute' | 'parent' | undefined {
  if (pattern.startsWith('/')) return 'absolute';
  if (pattern.split('/').includes('..')) return 'parent';
  return undefined;
}

// The inputs relative to source-dir and preserve have always worded the refusal differently.
const REFUSAL: Record<GlobOptions['relativeTo'], (glob: string) => string> = {
  'source-dir': (glob) => `the glob "${glob}" must be relative to source-dir`,
  'the prefix': (glob) => `"${glob}" must be relative to the prefix (no leading "/", no ".." segment)`,
};

export function compileGlob(pattern: string, input: GlobInput): Glob {
  const options = GLOB_OPTIONS[input];
  if (notRelative(pattern) !== undefined) throw new GlobError(REFUSAL[options.relativeTo](pattern));
  const matcher = new Minimatch(pattern, { dot: options.dot, nocomment: options.nocomment });
  return {
    glob: pattern,
    matches: (rel) => matcher.match(rel),
    mayMatchBelow: (dir) => matcher.match(dir, true),
  };
}
