/**
 * The order uploads go up in, as a value: everything but HTML, then HTML (no page goes live before
 * its assets), then the `upload-last` files, one phase per glob in the order given (a service worker,
 * a sitemap or a search index that names pages must not arrive before them). A phase starts only
 * when every upload of the phases before it succeeded; deletes come after all of them.
 */
import type { Glob } from './globs.js';
import { isHtml } from './headers.js';
import { compareKeys } from './keys.js';
import { compileLineGlob, isComment } from './rules.js';
import type { ObjectHeaders } from './types.js';

export interface LastGlob extends Glob {
  readonly line: number;
}

/** The fields ordering needs, so this file does not depend on the plan. */
export interface Orderable {
  readonly key: string;
  readonly file: { readonly rel: string; readonly size: number };
  readonly headers: ObjectHeaders;
}

export type UploadPhase<T> =
  | { readonly name: 'assets' | 'pages'; readonly steps: readonly T[] }
  | { readonly name: 'last'; readonly glob: string; readonly steps: readonly T[] };

/** One glob per line, relative to source-dir; blank lines and comments (isComment) ignored. */
export function parseLastGlobs(text: string): LastGlob[] {
  const globs: LastGlob[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const glob = raw.trim();
    if (glob === '' || isComment(glob)) return;
    globs.push({ ...compileLineGlob(glob, 'upload-last', index + 1), line: index + 1 });
  });
  return globs;
}

/**
 * The phases, non-empty ones only, in upload order. A file matched by several upload-last globs
 * goes with the first. Within a phase, largest first packs the parallel uploads best.
 */
export function uploadPhases<T extends Orderable>(steps: readonly T[], last: readonly LastGlob[]): UploadPhase<T>[] {
  const assets: T[] = [];
  const pages: T[] = [];
  const lastSteps: T[][] = last.map(() => []);
  for (const step of steps) {
    const index = last.findIndex((glob) => glob.matches(step.file.rel));
    if (index >= 0) lastSteps[index]!.push(step);
    else (isHtml(step.headers) ? pages : assets).push(step);
  }
  const phases: UploadPhase<T>[] = [
    { name: 'assets', steps: assets.sort(largestFirst) },
    { name: 'pages', steps: pages.sort(largestFirst) },
    ...last.map((glob, i) => ({ name: 'last' as const, glob: glob.glob, steps: lastSteps[i]!.sort(largestFirst) })),
  ];
  return phases.filter((phase) => phase.steps.length > 0);
}

function largestFirst(a: Orderable, b: Orderable): number {
  return b.file.size - a.file.size || compareKeys(a.key, b.key);
}
