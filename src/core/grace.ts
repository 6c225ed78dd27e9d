/**
 * Skew protection (`delete-grace`). A browser tab opened before a deploy still runs the old HTML,
 * which lazily loads old hashed chunks; deleting them at once breaks that tab (ChunkLoadError, 404).
 * So a non-HTML file that left the site is kept until it has been gone for the grace, counted from
 * the first deploy that saw it gone (recorded in its manifest entry as removedSince). A removed page
 * goes at once: no open tab needs to load it again, and it should stop being served.
 */
import { contentTypeFor } from './headers.js';
import type { ManifestEntry } from './manifest.js';
import type { RemoteObject } from './types.js';

const MINUTE_MS = 60_000;
const UNIT_MS = { m: MINUTE_MS, h: 60 * MINUTE_MS, d: 24 * 60 * MINUTE_MS } as const;

/** '0', '30m', '12h', '7d' → milliseconds; undefined when text is none of those. */
export function parseGrace(text: string): number | undefined {
  if (text === '0') return 0;
  const match = /^(\d{1,6})([mhd])$/.exec(text);
  if (match === null) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

export type GraceDecision =
  | { readonly delete: true; readonly reason: 'removed locally' | 'grace ended' }
  | { readonly delete: false; readonly removedSince: string; readonly keptUntil: string };

/**
 * What happens now to a removed object. entry: its manifest entry, whose removedSince says since
 * when the site has been without it (none: this deploy is the first to see it gone).
 */
export function graceDecision(
  key: string,
  entry: ManifestEntry | undefined,
  now: number,
  graceMs: number,
): GraceDecision {
  if (graceMs <= 0 || isPage(key)) return { delete: true, reason: 'removed locally' };
  const recorded = entry?.removedSince === undefined ? Number.NaN : Date.parse(entry.removedSince);
  // A recorded time in the future (a clock that was ahead) counts from now: never longer than the grace.
  const since = Number.isNaN(recorded) || recorded > now ? now : recorded;
  if (now - since >= graceMs) return { delete: true, reason: 'grace ended' };
  return {
    delete: false,
    removedSince: new Date(since).toISOString(),
    keptUntil: new Date(since + graceMs).toISOString(),
  };
}

function isPage(key: string): boolean {
  return contentTypeFor(key).startsWith('text/html');
}

/**
 * The manifest entry of a kept object, now saying since when it is gone. An object without an entry
 * (put there by something else) gets one from the listing: its ETag as MD5 when single-part, headers
 * unknown (''), so if the file comes back it is uploaded rather than trusted.
 */
export function removedEntry(
  previous: ManifestEntry | undefined,
  remote: RemoteObject,
  removedSince: string,
): ManifestEntry {
  const base = previous ?? {
    etag: remote.etag,
    size: remote.size,
    md5: remote.etag.includes('-') ? '' : remote.etag,
    headers: '',
  };
  return { ...base, removedSince };
}

/** '2026-11-30 11:00 UTC': when a kept object goes, for people. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
