/**
 * What the plan needs, gathered so the server and the disk work at the same time: the manifest GET
 * and the listing go out first (startRemoteReads, which the run starts before the CloudFront targets
 * are resolved), and the files are hashed with SHA-256 while the walk goes on. MD5s come last, only
 * for the files that need one.
 */
import { keyFor, listSplitPoints } from '../core/keys.js';
import { type DeployOrigin, decodeManifestFile, type Manifest, manifestKey } from '../core/manifest.js';
import { md5sNeeded, md5sNeededAnyway, withMd5 } from '../core/plan.js';
import type { RemoteObject, ScannedFile, SiteFile } from '../core/types.js';
import type { LocalSource, ObjectStore } from '../ports.js';

/**
 * The reads a deploy starts with, before anything local: the manifest GET and the listing. The
 * first page does not wait for the manifest; the rest follow its cut points (page after page for a
 * usual site, ranges in parallel past SEQUENTIAL_LIST_MAX_KEYS).
 */
export interface RemoteReads {
  readonly manifest: Promise<Manifest>;
  /** Every object under the prefix, the manifest included (when it is kept there). */
  readonly remote: Promise<RemoteObject[]>;
  /** The manifest's ETag (the deploy writes its own only over that one) and the build it records. */
  readonly live: Promise<LiveManifest>;
}

export interface LiveManifest {
  /** Undefined: there is no manifest yet. */
  readonly etag?: string | undefined;
  readonly origin?: DeployOrigin | undefined;
}

/** statePrefix: where the manifest is kept; the site's prefix unless state-prefix says otherwise. */
export function startRemoteReads(store: ObjectStore, prefix: string, statePrefix = prefix): RemoteReads {
  const read = handledLater(store.readObject(manifestKey(statePrefix)));
  const decoded = read.then((found) => ({ etag: found?.etag, ...decodeManifestFile(found?.body) }));
  const manifest = handledLater(decoded.then((file) => file.manifest));
  const live = handledLater(decoded.then(({ etag, origin }) => ({ etag, origin })));
  // The listing may fail before it needs the cut points: their failure is the manifest's, reported once.
  const splitAfter = handledLater(manifest.then((recorded) => listSplitPoints(expectedKeys(recorded, prefix))));
  const remote = handledLater(store.list(prefix, splitAfter));
  return { manifest, remote, live };
}

/**
 * A promise awaited later, maybe after something else failed, or never when an earlier step failed:
 * until then its failure is not an unhandled rejection (which would end the process with a stack
 * trace instead of the run's one error line). Whoever awaits it still gets the failure.
 */
function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Whether the manifest records a file the walk no longer has (not one delete-grace already keeps): more such
 * entries than walked files that have one. Counted, not matched through a set of every walked path, since it
 * runs on each no-op, beside the listing (the walk's paths are distinct).
 */
function recordsRemovedFile(manifest: Manifest, scanned: readonly ScannedFile[]): boolean {
  let recorded = 0;
  for (const entry of manifest.values()) if (entry.removedSince === undefined) recorded++;
  let walked = 0;
  for (const file of scanned) {
    const entry = manifest.get(file.rel);
    if (entry !== undefined && entry.removedSince === undefined) walked++;
  }
  return recorded > walked;
}

/** The keys the last deploy recorded: where to cut a large listing. */
function expectedKeys(manifest: Manifest, prefix: string): string[] {
  return [...manifest.keys()].map((rel) => keyFor(prefix, rel));
}

export interface PlanInputs {
  readonly files: SiteFile[];
  readonly remote: RemoteObject[];
  readonly manifest: Manifest;
}

export interface GatherOptions {
  readonly sourceDir: string;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly prefix: string;
  /** Files the manifest has and the walk does not are deleted (for onChangeSeen). */
  readonly deleteRemoved?: boolean;
}

export async function gatherPlanInputs(
  options: GatherOptions,
  deps: {
    readonly source: LocalSource;
    readonly remoteReads: RemoteReads;
    /** Told once the manifest and the walk show a changed, new or removed file, before the listing is in. */
    readonly onChangeSeen?: (() => void) | undefined;
  },
): Promise<PlanInputs> {
  const { source } = deps;
  const { prefix } = options;
  const { manifest: manifestP, remote: remoteP } = deps.remoteReads;
  try {
    // Without a manifest every file will need its MD5 (uploaded, or compared with a foreign ETag):
    // better in the same read as its SHA-256 than in a second pass.
    const md5Too = handledLater(manifestP.then((manifest) => manifest.size === 0));
    // The walk is synchronous: one turn of the event loop first lets the GET reach the wire.
    await new Promise((resolve) => setImmediate(resolve));
    const scanned = await source.scan(
      options.sourceDir,
      { include: options.include, exclude: options.exclude },
      md5Too,
    );
    // The changed files' MD5s are read while the listing's last pages are still on their way.
    const recorded = await manifestP;
    const early = md5sNeededAnyway(scanned, recorded);
    const earlyMd5s = handledLater(source.md5(early));
    if (early.length > 0 || (options.deleteRemoved === true && recordsRemovedFile(recorded, scanned)))
      deps.onChangeSeen?.();
    const [manifest, remote] = await Promise.all([manifestP, remoteP]);
    const known = { remote, manifest, prefix };
    const md5Of = new Map<ScannedFile, string>();
    const note = (list: readonly ScannedFile[], digests: readonly string[]): void => {
      for (const [i, file] of list.entries()) md5Of.set(file, digests[i]!);
    };
    note(early, await earlyMd5s);
    const needed = md5sNeeded(scanned, known);
    const rest = needed.filter((file) => !md5Of.has(file));
    if (rest.length > 0) note(rest, await source.md5(rest));
    const files = withMd5(
      scanned,
      known,
      needed.map((file) => md5Of.get(file)!),
    );
    return { files, remote, manifest };
  } finally {
    source.close();
  }
}
