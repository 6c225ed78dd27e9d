/**
 * Layered releases: a release whose folder holds only the objects it wrote, served on top of a base (a full
 * release) by keys in the release store, read by edge/viewer-request.js. Pure: no I/O.
 * - `<name>:b:<id>` → the base.
 * - `<name>:f:<id>:/<rel>` → the folder (a release id) of every path not served from the base: the release itself
 *   for what it wrote (changed, new, or same content with other headers: copied in with them), an earlier layered
 *   release for what that one wrote and is unchanged since (cumulative: no copy), and the release itself for a path
 *   the base has but the site no longer has (its folder lacks it: the origin answers as a full release would).
 * A path removed but still inside delete-grace keeps being served from where it was.
 */
import { headersDigest } from './headers.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import { KVS_KEY_MAX_CHARS } from './release-redirects.js';
import type { ObjectHeaders, ScannedFile } from './types.js';

/** The line edge/viewer-request.js carries from the version on that serves layered releases. */
export const LAYERED_RELEASES_MARKER = '// s3-cloudfront-deploy: layered-releases';

/**
 * At most this many path keys a layered release. The store holds 5 MB in all, shared by every kept release's keys
 * and the redirect keys: a key of ~100 bytes times 1,000 is 100 KB a release, so even 20 kept releases stay far
 * under it, and the switch's UpdateKeys stay few (50 changes each).
 */
export const MAX_LAYER_KEYS = 1000;
/** ...and at most this share of the site's files: beyond it a full copy costs little more than the keys. */
export const MAX_LAYER_SHARE = 0.2;

/** Whether a viewer-request function's code serves layered releases (an older one would 404 every base path). */
export function servesLayers(code: string): boolean {
  return code.split('\n').some((line) => line.trim() === LAYERED_RELEASES_MARKER);
}

/** Whether the edge may be given a layered release, and if not, why (for the log). */
export type LayerGate = { readonly layers: true } | { readonly layers: false; readonly why: string };

export function baseKey(name: string, id: string): string {
  return `${name}:b:${id}`;
}

/** The path as the function looks it up: the decoded object path, '/' + the file's path in the site. */
export function folderKey(name: string, id: string, rel: string): string {
  return `${name}:f:${id}:/${rel}`;
}

/** The release live now, with its base when it is layered. */
export interface LayerSource {
  readonly id: string;
  readonly manifest: Manifest;
  /** Set when the live release is layered: its base's id and manifest. */
  readonly base?: { readonly id: string; readonly manifest: Manifest } | undefined;
}

export interface LayerCopy {
  readonly rel: string;
  /** The folder whose object has the same content. */
  readonly from: string;
  readonly headers: ObjectHeaders;
  readonly entry: ManifestEntry;
}

export interface LayerUpload {
  readonly file: ScannedFile;
  readonly headers: ObjectHeaders;
  readonly reason: 'new' | 'content changed';
}

export interface LayerPlan {
  readonly base: string;
  readonly uploads: readonly LayerUpload[];
  /** Same content with other headers: copied into the release's folder with the new ones. */
  readonly copies: readonly LayerCopy[];
  /** Every store key of the layers: the base key, and one per path not served from the base. */
  readonly keys: ReadonlyMap<string, string>;
  /** `<name>:b:<id>`, among keys. */
  readonly baseKey: string;
  /** How many path keys (the base key not counted). */
  readonly pathKeys: number;
  /** Entries the release serves from another folder, for its manifest (folder set). */
  readonly served: ReadonlyMap<string, ManifestEntry>;
}

export type LayerDecision =
  | { readonly layered: true; readonly plan: LayerPlan }
  | { readonly layered: false; readonly why: string };

export interface LayerInput {
  readonly name: string;
  readonly id: string;
  readonly files: readonly ScannedFile[];
  readonly live: LayerSource;
  readonly headersFor: (rel: string) => ObjectHeaders;
  /** What delete-grace decides for a removed path and its entry. */
  readonly removed: (rel: string, entry: ManifestEntry) => { readonly removedSince?: string | undefined };
}

/** The layered plan, or why the release is full instead. */
export function planLayers(input: LayerInput): LayerDecision {
  const { name, id, live } = input;
  const base = live.base?.id ?? live.id;
  const baseManifest = live.base?.manifest ?? live.manifest;
  const folderOf = (entry: ManifestEntry): string => entry.folder ?? live.id;
  const uploads: LayerUpload[] = [];
  const copies: LayerCopy[] = [];
  const paths = new Map<string, string>();
  const served = new Map<string, ManifestEntry>();
  const present = new Set<string>();
  for (const file of input.files) {
    present.add(file.rel);
    const headers = input.headersFor(file.rel);
    const digest = headersDigest(headers);
    const inBase = baseManifest.get(file.rel);
    const inLive = live.manifest.get(file.rel);
    if (inBase !== undefined && sameContent(inBase, file) && inBase.headers === digest) {
      served.set(file.rel, { ...withoutRemoval(inBase), folder: base });
    } else if (inLive !== undefined && sameContent(inLive, file) && inLive.headers === digest) {
      paths.set(file.rel, folderOf(inLive));
      served.set(file.rel, { ...withoutRemoval(inLive), folder: folderOf(inLive) });
    } else {
      paths.set(file.rel, id);
      const same = [inLive, inBase].find((entry) => entry !== undefined && sameContent(entry, file));
      if (same !== undefined) {
        copies.push({ rel: file.rel, from: same === inLive ? folderOf(same) : base, headers, entry: same });
      } else {
        uploads.push({ file, headers, reason: inLive === undefined ? 'new' : 'content changed' });
      }
    }
  }
  for (const [rel, entry] of live.manifest) {
    if (present.has(rel)) continue;
    const { removedSince } = input.removed(rel, entry);
    if (removedSince === undefined) continue;
    present.add(rel);
    served.set(rel, { ...entry, removedSince, folder: folderOf(entry) });
    if (folderOf(entry) !== base) paths.set(rel, folderOf(entry));
  }
  // The base's paths the release no longer has (removed now, or in an earlier layer): its own folder lacks them.
  for (const rel of baseManifest.keys()) if (!present.has(rel)) paths.set(rel, id);

  const limit = Math.min(MAX_LAYER_KEYS, Math.floor(input.files.length * MAX_LAYER_SHARE));
  if (paths.size > limit) {
    return {
      layered: false,
      why:
        `${paths.size} path key(s) would be needed, over the limit of ${limit} ` +
        `(${MAX_LAYER_KEYS}, and ${MAX_LAYER_SHARE * 100}% of the site's ${input.files.length} files)`,
    };
  }
  const keys = new Map<string, string>([[baseKey(name, id), base]]);
  for (const [rel, folder] of paths) {
    const key = folderKey(name, id, rel);
    if (key.length > KVS_KEY_MAX_CHARS) {
      return {
        layered: false,
        why: `the store key of ${rel} would be ${key.length} characters; the store allows ${KVS_KEY_MAX_CHARS}`,
      };
    }
    keys.set(key, folder);
  }
  return {
    layered: true,
    plan: { base, uploads, copies, keys, baseKey: baseKey(name, id), pathKeys: paths.size, served },
  };
}

function withoutRemoval(entry: ManifestEntry): ManifestEntry {
  if (entry.removedSince === undefined) return entry;
  const { removedSince: _, ...rest } = entry;
  return rest;
}

/** Same bytes, as far as the manifest can tell: SHA-256 when recorded (always, for a release), else nothing. */
export function sameContent(entry: ManifestEntry, file: ScannedFile): boolean {
  return entry.sha256 !== undefined && entry.sha256 === file.sha256 && entry.size === file.size;
}
