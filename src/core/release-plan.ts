/**
 * The plan of a release deploy: every file of the site lands under the new release's prefix, copied
 * inside the bucket from the live release when the live release's manifest vouches for the same
 * content (its SHA-256 and size), uploaded otherwise. Removed non-HTML files of the live release
 * still inside delete-grace are copied forward, so a page opened on the old release can still load
 * its lazy chunks after the switch. Headers always come from this deploy's rules: a copy replaces them.
 * When the edge serves layered releases and the change is small, the release is layered instead
 * (core/release-layers.ts): only what changed is written, the rest is served from the folders named by keys.
 */
import { graceDecision } from './grace.js';
import { keyFor } from './keys.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import { entryFor, refuseOwnRecordName } from './plan.js';
import { type LayerSource, planLayers, sameContent } from './release-layers.js';
import { releasePrefix } from './release-layout.js';
import type { ObjectHeaders, ScannedFile, SiteFile } from './types.js';

export interface ReleaseUpload {
  readonly key: string;
  /** Its MD5 may still be unknown: the flow hashes the uploads only. */
  readonly file: ScannedFile;
  readonly headers: ObjectHeaders;
  readonly reason: 'new' | 'content changed';
}

export interface ReleaseCopy {
  readonly key: string;
  /** The live release's object, whose content the manifest says equals the file. */
  readonly sourceKey: string;
  readonly rel: string;
  readonly headers: ObjectHeaders;
  /** The live release's entry: size, MD5, SHA-256 of the content. */
  readonly entry: ManifestEntry;
  /** Set for a removed file kept by delete-grace: since when the site is without it. */
  readonly removedSince?: string;
}

export interface ReleasePlan {
  readonly id: string;
  readonly uploads: readonly ReleaseUpload[];
  /** Unchanged files, then removed files copied forward (those with removedSince); layered: headers changed only. */
  readonly copies: readonly ReleaseCopy[];
  /** Set for a layered release: its base, its store keys, and the entries served from other folders. */
  readonly layers?: ReleaseLayers | undefined;
  /** A full release's reason for not being layered, when layers were allowed. */
  readonly fullBecause?: string | undefined;
}

export interface ReleaseLayers {
  readonly base: string;
  /** `<name>:b:<id>` and the path keys, to put before the switch. */
  readonly keys: ReadonlyMap<string, string>;
  /** `<name>:b:<id>`: written last, so a rollback that finds it finds every key of the release. */
  readonly baseKey: string;
  readonly pathKeys: number;
  readonly served: ReadonlyMap<string, ManifestEntry>;
}

export type LiveRelease = LayerSource;

export interface ReleasePlanInput {
  readonly files: readonly ScannedFile[];
  /** Normalized: '' or ending in '/'. */
  readonly prefix: string;
  /** The new release's id. */
  readonly id: string;
  /** The release live now; undefined before the first. */
  readonly live: LiveRelease | undefined;
  readonly headersFor: (rel: string) => ObjectHeaders;
  /** delete-grace (ms) and the deploy's time. */
  readonly graceMs: number;
  readonly now: number;
  /** Set when the edge serves layered releases (the function carries the marker): the site's name in the store. */
  readonly layers?: { readonly name: string } | undefined;
}

export function planRelease(input: ReleasePlanInput): ReleasePlan {
  const { live } = input;
  if (input.layers === undefined || live === undefined) return planFull(input);
  for (const file of input.files) refuseOwnRecordName(file.rel);
  const decision = planLayers({
    name: input.layers.name,
    id: input.id,
    files: input.files,
    live,
    headersFor: input.headersFor,
    removed: (rel, entry) => {
      const decision = graceDecision(rel, entry, input.now, input.graceMs);
      return decision.delete ? {} : { removedSince: decision.removedSince };
    },
  });
  if (!decision.layered) return { ...planFull(input), fullBecause: decision.why };
  const { plan } = decision;
  const target = releasePrefix(input.prefix, input.id);
  return {
    id: input.id,
    uploads: plan.uploads.map((step) => ({ ...step, key: keyFor(target, step.file.rel) })),
    copies: plan.copies.map((copy) => ({
      key: keyFor(target, copy.rel),
      sourceKey: keyFor(releasePrefix(input.prefix, copy.from), copy.rel),
      rel: copy.rel,
      headers: copy.headers,
      entry: copy.entry,
    })),
    layers: { base: plan.base, keys: plan.keys, baseKey: plan.baseKey, pathKeys: plan.pathKeys, served: plan.served },
  };
}

function planFull(input: ReleasePlanInput): ReleasePlan {
  const target = releasePrefix(input.prefix, input.id);
  const liveManifest: Manifest = input.live?.manifest ?? new Map();
  // A layered live release's entries name the folder that serves them.
  const source = (rel: string): string =>
    keyFor(releasePrefix(input.prefix, liveManifest.get(rel)?.folder ?? input.live?.id ?? ''), rel);
  const uploads: ReleaseUpload[] = [];
  const copies: ReleaseCopy[] = [];
  const local = new Set<string>();
  for (const file of input.files) {
    refuseOwnRecordName(file.rel);
    local.add(file.rel);
    const key = keyFor(target, file.rel);
    const headers = input.headersFor(file.rel);
    const entry = liveManifest.get(file.rel);
    if (entry !== undefined && sameContent(entry, file)) {
      copies.push({ key, sourceKey: source(file.rel), rel: file.rel, headers, entry });
    } else {
      uploads.push({ key, file, headers, reason: entry === undefined ? 'new' : 'content changed' });
    }
  }
  for (const [rel, entry] of liveManifest) {
    if (local.has(rel)) continue;
    const decision = graceDecision(rel, entry, input.now, input.graceMs);
    if (decision.delete) continue;
    const headers = input.headersFor(rel);
    const removedSince = decision.removedSince;
    copies.push({ key: keyFor(target, rel), sourceKey: source(rel), rel, headers, entry, removedSince });
  }
  return { id: input.id, uploads, copies };
}

/** The uploads' files whose MD5 (Content-MD5) the scan did not compute. */
export function releaseMd5sNeeded(plan: ReleasePlan): ScannedFile[] {
  return plan.uploads.map((step) => step.file).filter((file) => file.md5 === undefined);
}

/**
 * The new release's manifest: an entry per object written, with the ETag the store answered.
 * uploaded: the uploads with their files' MD5 known; etags: key → ETag of every write.
 */
export function releaseManifest(
  plan: ReleasePlan,
  uploaded: readonly { readonly key: string; readonly file: SiteFile; readonly headers: ObjectHeaders }[],
  etags: ReadonlyMap<string, string>,
): Manifest {
  const manifest = new Map<string, ManifestEntry>();
  const etagOf = (key: string): string => {
    const etag = etags.get(key);
    if (etag === undefined) throw new Error(`no ETag recorded for ${key}: the release is incomplete`);
    return etag;
  };
  for (const copy of plan.copies) {
    const { entry } = copy;
    const file = { rel: copy.rel, absPath: '', size: entry.size, md5: entry.md5, sha256: entry.sha256 ?? '' };
    const written = entryFor(file, copy.headers, etagOf(copy.key));
    manifest.set(copy.rel, copy.removedSince === undefined ? written : { ...written, removedSince: copy.removedSince });
  }
  for (const step of uploaded) manifest.set(step.file.rel, entryFor(step.file, step.headers, etagOf(step.key)));
  for (const [rel, entry] of plan.layers?.served ?? []) manifest.set(rel, entry);
  return manifest;
}
