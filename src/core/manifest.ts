/**
 * The deploy manifest: one small JSON object under the prefix recording, per key, the content MD5,
 * the content SHA-256 and the headers digest it was uploaded with. The listing gives ETag and size
 * for free, but not the headers, and a multipart ETag is not an MD5; the manifest fills both gaps
 * without a HEAD per object. An entry is trusted only while the listing's ETag and size still equal
 * the recorded ones, so an object changed by anyone else is simply judged afresh.
 *
 * sha256 came later: entries written before it lack it, and are still read (and their files
 * compared by MD5, once). The version stays 1 because the field is only added: an older release
 * reading this manifest ignores it and keeps trusting the rest.
 *
 * removedSince came later (delete-grace): it is only added too, so older manifests read as before.
 * tags came later (cache-tags): the cache tags the object was uploaded with, so an invalidation knows
 * which cached objects a `#tag` reaches; an entry without them reaches none.
 * deploy came later (the never-older rule): the commit, its time and the run that wrote the manifest.
 * folder and base came later (layered releases): a layered release's manifest names its base release, and each
 * entry served from another release's folder names that folder; every older reader ignores both.
 */
import { keyFor } from './keys.js';

export const MANIFEST_NAME = '.s3-cloudfront-deploy.json';

export function manifestKey(prefix: string): string {
  return keyFor(prefix, MANIFEST_NAME);
}
const VERSION = 1;

export interface ManifestEntry {
  readonly etag: string;
  readonly size: number;
  readonly md5: string;
  /** Absent in entries written before it was recorded. */
  readonly sha256?: string;
  readonly headers: string;
  /** ISO time from which the site no longer had this key, while delete-grace keeps its object. */
  readonly removedSince?: string;
  /** The cache tags the object was uploaded with; absent when none. */
  readonly tags?: readonly string[];
  /** A layered release's entry served from another release's folder (its id); absent: the release's own. */
  readonly folder?: string;
}

/** Entries keyed by path relative to the prefix. */
export type Manifest = ReadonlyMap<string, ManifestEntry>;

/** Which build the manifest describes: what the never-older rule compares (core/deploy-order.ts). */
export interface DeployOrigin {
  readonly commit?: string;
  /** ISO time of the commit. */
  readonly committedAt?: string;
  readonly runId?: string;
  readonly runUrl?: string;
}

/**
 * What a manifest says besides its objects, as fields every older reader ignores: the build it
 * describes (deploy), and for a release's manifest when the release was complete (releasedAt, for the prune).
 */
export interface ManifestRecord {
  readonly origin?: DeployOrigin | undefined;
  readonly releasedAt?: string | undefined;
  /** A layered release's base: the full release that serves every path its keys do not name. */
  readonly base?: string | undefined;
  /** A layered release's path keys, for the listing. */
  readonly layerPaths?: number | undefined;
}

export function encodeManifest(manifest: Manifest, record: ManifestRecord = {}): Buffer {
  const { origin, releasedAt, base, layerPaths } = record;
  const objects: Record<string, ManifestEntry> = {};
  for (const rel of [...manifest.keys()].sort()) {
    const { etag, size, md5, sha256, headers, removedSince, tags, folder } = manifest.get(rel)!;
    const entry = sha256 === undefined ? { etag, size, md5, headers } : { etag, size, md5, sha256, headers };
    objects[rel] = {
      ...entry,
      ...(removedSince !== undefined && { removedSince }),
      ...(tags !== undefined && tags.length > 0 && { tags }),
      ...(folder !== undefined && { folder }),
    };
  }
  const deploy = origin !== undefined && Object.keys(origin).length > 0 ? { deploy: origin } : {};
  const released = releasedAt === undefined ? {} : { releasedAt };
  const layered = base === undefined ? {} : { base, layerPaths: layerPaths ?? 0 };
  return Buffer.from(
    JSON.stringify({
      version: VERSION,
      generator: 's3-cloudfront-deploy',
      ...deploy,
      ...released,
      ...layered,
      objects,
    }),
  );
}

/** The manifest's JSON object, or undefined for a missing or corrupt body: parsed once, read by the decoders below. */
function parseManifest(body: Buffer | undefined): Record<string, unknown> | undefined {
  if (body === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A release manifest's releasedAt (ms), or undefined when body has none (or is not a manifest). */
export function decodeReleasedAt(body: Buffer | undefined): number | undefined {
  const value = parseManifest(body)?.['releasedAt'];
  return typeof value === 'string' && isTime(value) ? Date.parse(value) : undefined;
}

/** A release manifest's base (a layered release), or undefined for a full release (or no manifest). */
export function decodeReleaseBase(body: Buffer | undefined): string | undefined {
  return baseOf(parseManifest(body));
}

function baseOf(parsed: Record<string, unknown> | undefined): string | undefined {
  const value = parsed?.['base'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What a release's manifest tells the listing and the prune, from one parse. */
export interface ReleaseRecord {
  /** ms; undefined: no manifest, or one without the time. */
  readonly releasedAt: number | undefined;
  /** A layered release: its base, its path keys, and every other release's folder it serves from. */
  readonly layered?: { readonly base: string; readonly paths: number; readonly folders: readonly string[] };
}

export function decodeReleaseRecord(body: Buffer | undefined): ReleaseRecord {
  const parsed = parseManifest(body);
  const value = parsed?.['releasedAt'];
  const releasedAt = typeof value === 'string' && isTime(value) ? Date.parse(value) : undefined;
  const base = baseOf(parsed);
  if (base === undefined) return { releasedAt };
  const folders = new Set<string>([base]);
  for (const entry of manifestOf(parsed).values()) if (entry.folder !== undefined) folders.add(entry.folder);
  const paths = typeof parsed?.['layerPaths'] === 'number' ? parsed['layerPaths'] : 0;
  return { releasedAt, layered: { base, paths, folders: [...folders] } };
}

/** A missing, foreign or corrupt manifest is an empty one: every object is then judged afresh. */
export function decodeManifest(body: Buffer | undefined): Manifest {
  return manifestOf(parseManifest(body));
}

/** The origin a manifest records; undefined for one written before it was recorded (or none). */
export function decodeOrigin(body: Buffer | undefined): DeployOrigin | undefined {
  return originOf(parseManifest(body));
}

/** Both, from one parse: the body can be tens of MB at 100,000 files. */
export function decodeManifestFile(body: Buffer | undefined): { manifest: Manifest; origin?: DeployOrigin } {
  const parsed = parseManifest(body);
  const origin = originOf(parsed);
  return { manifest: manifestOf(parsed), ...(origin !== undefined && { origin }) };
}

function manifestOf(parsed: Record<string, unknown> | undefined): Manifest {
  const manifest = new Map<string, ManifestEntry>();
  if (parsed === undefined || parsed['version'] !== VERSION || !isRecord(parsed['objects'])) return manifest;
  for (const [rel, value] of Object.entries(parsed['objects'])) {
    if (isEntry(value)) manifest.set(rel, value);
  }
  return manifest;
}

function originOf(parsed: Record<string, unknown> | undefined): DeployOrigin | undefined {
  const deploy = parsed?.['deploy'];
  if (!isRecord(deploy)) return undefined;
  const origin: Record<string, string> = {};
  for (const name of ['commit', 'committedAt', 'runId', 'runUrl'] as const) {
    if (typeof deploy[name] === 'string') origin[name] = deploy[name];
  }
  if (origin['committedAt'] !== undefined && !isTime(origin['committedAt'])) delete origin['committedAt'];
  return origin;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is ManifestEntry {
  return (
    isRecord(value) &&
    typeof value['etag'] === 'string' &&
    typeof value['size'] === 'number' &&
    typeof value['md5'] === 'string' &&
    (value['sha256'] === undefined || typeof value['sha256'] === 'string') &&
    typeof value['headers'] === 'string' &&
    (value['removedSince'] === undefined || isTime(value['removedSince'])) &&
    (value['tags'] === undefined || isStrings(value['tags'])) &&
    (value['folder'] === undefined || (typeof value['folder'] === 'string' && value['folder'] !== ''))
  );
}

function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Whether both would encode the same, compared entry by entry rather than by encoding both. */
export function sameManifest(a: Manifest, b: Manifest): boolean {
  if (a.size !== b.size) return false;
  for (const [rel, x] of a) {
    const y = b.get(rel);
    if (y === undefined || !sameEntry(x, y)) return false;
  }
  return true;
}

export function sameEntry(x: ManifestEntry, y: ManifestEntry): boolean {
  return (
    x === y ||
    (x.etag === y.etag &&
      x.size === y.size &&
      x.md5 === y.md5 &&
      x.sha256 === y.sha256 &&
      x.headers === y.headers &&
      x.removedSince === y.removedSince &&
      x.folder === y.folder &&
      (x.tags ?? []).join(',') === (y.tags ?? []).join(','))
  );
}
