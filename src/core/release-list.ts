/**
 * The releases of a site as the `releases` command shows them: grouped from the listing of
 * `<prefix>releases/`, dated by their manifests, newest first, live and previous marked; and in words.
 */
import type { ReleaseRecord } from './manifest.js';
import { releaseIdOf, releaseManifestKey } from './release-layout.js';
import type { RemoteObject } from './types.js';
import { formatBytes } from './wording.js';

/** One release folder as the listing shows it. */
export interface ReleaseFolder {
  readonly id: string;
  /** Every key inside it, its manifest included. */
  readonly keys: readonly string[];
  /** Files of the site (the manifest not counted) and their bytes. */
  readonly files: number;
  readonly bytes: number;
  /** A release without its manifest is incomplete: a failed deploy, or one still uploading. */
  readonly hasManifest: boolean;
}

export function releaseFolders(prefix: string, objects: readonly RemoteObject[]): ReleaseFolder[] {
  const folders = new Map<string, { keys: string[]; files: number; bytes: number; hasManifest: boolean }>();
  for (const object of objects) {
    const id = releaseIdOf(prefix, object.key);
    if (id === undefined) continue;
    const folder = folders.get(id) ?? { keys: [], files: 0, bytes: 0, hasManifest: false };
    folder.keys.push(object.key);
    if (object.key === releaseManifestKey(prefix, id)) folder.hasManifest = true;
    else {
      folder.files++;
      folder.bytes += object.size;
    }
    folders.set(id, folder);
  }
  return [...folders].map(([id, folder]) => ({ id, ...folder }));
}

export interface ListedRelease {
  readonly id: string;
  /** ISO time its manifest was written; undefined without a manifest, or with one that has no time. */
  readonly releasedAt?: string;
  /** It has its manifest: a release without one is a failed deploy, or one still uploading. */
  readonly complete: boolean;
  readonly files: number;
  readonly bytes: number;
  readonly live: boolean;
  readonly previous: boolean;
  /** A layered release: its base and its path keys; absent: a full release. */
  readonly layered?: { readonly base: string; readonly paths: number };
}

export interface ReleaseListing {
  readonly live?: string;
  readonly previous?: string;
  /** Newest first; those without a time last, by id. */
  readonly releases: readonly ListedRelease[];
}

export function releaseListing(
  folders: readonly (ReleaseFolder & ReleaseRecord)[],
  pointers: { readonly live: string | undefined; readonly previous: string | undefined },
): ReleaseListing {
  const releases = [...folders]
    .sort(
      (a, b) =>
        (b.releasedAt ?? Number.NEGATIVE_INFINITY) - (a.releasedAt ?? Number.NEGATIVE_INFINITY) ||
        (a.id < b.id ? 1 : -1),
    )
    .map(({ id, releasedAt, hasManifest, files, bytes, layered }) => ({
      id,
      ...(releasedAt !== undefined && { releasedAt: new Date(releasedAt).toISOString() }),
      complete: hasManifest,
      files,
      bytes,
      live: id === pointers.live,
      previous: id === pointers.previous,
      ...(layered !== undefined && { layered: { base: layered.base, paths: layered.paths } }),
    }));
  return {
    ...(pointers.live !== undefined && { live: pointers.live }),
    ...(pointers.previous !== undefined && { previous: pointers.previous }),
    releases,
  };
}

/** The lines a person reads: one per release, then what is live when that release is not listed. */
export function releaseListLines(listing: ReleaseListing, where: string): string[] {
  if (listing.releases.length === 0) return [`No releases in ${where}.`];
  const lines = [`${listing.releases.length} release(s) in ${where}, newest first:`];
  const width = Math.max(...listing.releases.map((release) => release.id.length));
  for (const release of listing.releases) {
    const mark = release.live ? 'live' : release.previous ? 'previous' : '';
    const when =
      release.releasedAt?.replace(/\.\d+Z$/, 'Z') ?? (release.complete ? 'time unknown' : 'incomplete (no manifest)');
    const size = `${release.files} file(s), ${formatBytes(release.bytes)}`;
    const kind = !release.complete
      ? ''
      : release.layered === undefined
        ? ', full'
        : `, layered on ${release.layered.base} (${release.layered.paths} paths)`;
    lines.push(`  ${release.id.padEnd(width)}  ${mark.padEnd(8)}  ${when.padEnd(20)}  ${size}${kind}`.trimEnd());
  }
  const listed = (id: string | undefined) => id === undefined || listing.releases.some((release) => release.id === id);
  if (!listed(listing.live)) lines.push(`The store says ${listing.live} is live, but it is not in the bucket.`);
  if (listing.live === undefined) lines.push('The store names no live release.');
  return lines;
}
