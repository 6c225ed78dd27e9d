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
import { isRecord, type ManifestJson, parseManifestJson } from './manifest-json.js';

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
  const deploy = origin !== undefined && Object.keys(origin).length > 0 ? { deploy: origin } : {};
  const released = releasedAt === undefined ? {} : { releasedAt };
  const layered = base === undefined ? {} : { base, layerPaths: layerPaths ?? 0 };
  const head = JSON.stringify({
    version: VERSION,
    generator: 's3-cloudfront-deploy',
    ...deploy,
    ...released,
    ...layered,
    objects: {},
  });
  // Written entry by entry into the bytes: at 100,000 entries, one JSON.stringify of the whole
  // object held an object per entry, a 22 MB string and its 22 MB of bytes at once.
  const out = new ChunkWriter();
  out.write(head.slice(0, -2)); // all but the objects' closing } and the document's
  let separator = '';
  for (const rel of [...manifest.keys()].sort()) {
    const { etag, size, md5, sha256, headers, removedSince, tags, folder } = manifest.get(rel)!;
    const entry = sha256 === undefined ? { etag, size, md5, headers } : { etag, size, md5, sha256, headers };
    const written = {
      ...entry,
      ...(removedSince !== undefined && { removedSince }),
      ...(tags !== undefined && tags.length > 0 && { tags }),
      ...(folder !== undefined && { folder }),
    };
    out.write(`${separator}${JSON.stringify(rel)}:${JSON.stringify(written)}`);
    separator = ',';
  }
  out.write('}}');
  return out.bytes();
}

/** UTF-8 bytes written a piece at a time into 1 MB chunks, joined once at the end. */
class ChunkWriter {
  private static readonly CHUNK = 1 << 20;
  private readonly full: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(ChunkWriter.CHUNK);
  private used = 0;
  private total = 0;

  write(text: string): void {
    const length = Buffer.byteLength(text);
    if (this.used + length > this.chunk.length) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(ChunkWriter.CHUNK, length));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used);
    this.total += length;
  }

  bytes(): Buffer {
    return Buffer.concat([...this.full, this.chunk.subarray(0, this.used)], this.total);
  }
}

/** The manifest's JSON, or undefined for a missing or corrupt body: parsed once, read by the decoders below. */
function parseManifest(body: Buffer | undefined): ManifestJson | undefined {
  return body === undefined ? undefined : parseManifestJson(body);
}

/** A release manifest's releasedAt (ms), or undefined when body has none (or is not a manifest). */
export function decodeReleasedAt(body: Buffer | undefined): number | undefined {
  const value = parseManifest(body)?.document['releasedAt'];
  return typeof value === 'string' && isTime(value) ? Date.parse(value) : undefined;
}

/** A release manifest's base (a layered release), or undefined for a full release (or no manifest). */
export function decodeReleaseBase(body: Buffer | undefined): string | undefined {
  return baseOf(parseManifest(body)?.document);
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
  const document = parsed?.document;
  const value = document?.['releasedAt'];
  const releasedAt = typeof value === 'string' && isTime(value) ? Date.parse(value) : undefined;
  const base = baseOf(document);
  if (base === undefined) return { releasedAt };
  const folders = new Set<string>([base]);
  for (const entry of manifestOf(parsed)?.values() ?? []) if (entry.folder !== undefined) folders.add(entry.folder);
  const paths = typeof document?.['layerPaths'] === 'number' ? document['layerPaths'] : 0;
  return { releasedAt, layered: { base, paths, folders: [...folders] } };
}

/** A missing, foreign or corrupt manifest is an empty one: every object is then judged afresh. */
export function decodeManifest(body: Buffer | undefined): Manifest {
  return manifestOf(parseManifest(body)) ?? new Map();
}

/** The origin a manifest records; undefined for one written before it was recorded (or none). */
export function decodeOrigin(body: Buffer | undefined): DeployOrigin | undefined {
  return originOf(parseManifest(body)?.document);
}

/** Both, from one parse: the body can be tens of MB at 100,000 files. */
export function decodeManifestFile(body: Buffer | undefined): { manifest: Manifest; origin?: DeployOrigin } {
  const parsed = parseManifest(body);
  const manifest = manifestOf(parsed);
  if (manifest === undefined) return { manifest: new Map() }; // not JSON after all: no origin either
  const origin = originOf(parsed?.document);
  return { manifest, ...(origin !== undefined && { origin }) };
}

/** Undefined when the body turned out not to be JSON. */
function manifestOf(parsed: ManifestJson | undefined): Manifest | undefined {
  const manifest = new Map<string, ManifestEntry>();
  if (parsed === undefined || parsed.document['version'] !== VERSION) return manifest;
  const digests = new Map<string, string>();
  try {
    for (const objects of parsed.objectGroups) {
      for (const rel in objects) {
        const value = objects[rel];
        if (isEntry(value)) manifest.set(rel, compactEntry(value, digests));
      }
    }
  } catch {
    return undefined;
  }
  return manifest;
}

/**
 * The entry with its repeated strings shared: JSON.parse makes a string of its own for every value,
 * yet a site has a few headers digests, and a single-part ETag is the MD5 again (about 100 bytes an
 * entry, 10 MB at 100,000 entries). Only the known fields are kept, as encodeManifest writes them.
 */
function compactEntry(entry: ManifestEntry, digests: Map<string, string>): ManifestEntry {
  let headers = digests.get(entry.headers);
  if (headers === undefined) {
    headers = entry.headers;
    if (digests.size < 1000) digests.set(headers, headers);
  }
  const { size, md5, sha256, removedSince, tags, folder } = entry;
  const etag = entry.etag === md5 ? md5 : entry.etag;
  const compact = sha256 === undefined ? { etag, size, md5, headers } : { etag, size, md5, sha256, headers };
  if (removedSince === undefined && tags === undefined && folder === undefined) return compact;
  return {
    ...compact,
    ...(removedSince !== undefined && { removedSince }),
    ...(tags !== undefined && { tags }),
    ...(folder !== undefined && { folder }),
  };
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
