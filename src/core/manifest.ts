/**
 * The deploy manifest: one small JSON object under the prefix recording, per key, the content MD5
 * and the headers digest it was uploaded with. The listing gives ETag and size for free, but not the
 * headers, and a multipart ETag is not an MD5; the manifest fills both gaps without a HEAD per
 * object. An entry is trusted only while the listing's ETag and size still equal the recorded ones,
 * so an object changed by anyone else is simply judged afresh.
 */
export const MANIFEST_NAME = '.s3-cloudfront-deploy.json';
const VERSION = 1;

export interface ManifestEntry {
  readonly etag: string;
  readonly size: number;
  readonly md5: string;
  readonly headers: string;
}

/** Entries keyed by path relative to the prefix. */
export type Manifest = ReadonlyMap<string, ManifestEntry>;

export function encodeManifest(manifest: Manifest): Buffer {
  const objects: Record<string, ManifestEntry> = {};
  for (const rel of [...manifest.keys()].sort()) {
    const entry = manifest.get(rel)!;
    objects[rel] = { etag: entry.etag, size: entry.size, md5: entry.md5, headers: entry.headers };
  }
  return Buffer.from(JSON.stringify({ version: VERSION, generator: 's3-cloudfront-deploy', objects }));
}

/** A missing, foreign or corrupt manifest is an empty one: every object is then judged afresh. */
export function decodeManifest(body: Buffer | undefined): Manifest {
  const manifest = new Map<string, ManifestEntry>();
  if (body === undefined) return manifest;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return manifest;
  }
  if (!isRecord(parsed) || parsed['version'] !== VERSION || !isRecord(parsed['objects'])) return manifest;
  for (const [rel, value] of Object.entries(parsed['objects'])) {
    if (isEntry(value)) manifest.set(rel, value);
  }
  return manifest;
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
    typeof value['headers'] === 'string'
  );
}

export function sameManifest(a: Manifest, b: Manifest): boolean {
  return encodeManifest(a).equals(encodeManifest(b));
}
