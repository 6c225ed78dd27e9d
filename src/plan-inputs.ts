/**
 * What the plan needs, gathered so the server and the disk work at the same time: the manifest GET
 * and the listing (remote-reads.ts) go out before the walk, unless the caller started them earlier,
 * and the files are hashed with SHA-256 while the walk goes on. MD5s come last, only for the files
 * that need one.
 */
import type { Manifest } from './core/manifest.js';
import { resolveMd5 } from './core/plan.js';
import type { RemoteObject, SiteFile } from './core/types.js';
import type { LocalSource, ObjectStore } from './ports.js';
import { type RemoteReads, startRemoteReads } from './remote-reads.js';

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
}

export async function gatherPlanInputs(
  options: GatherOptions,
  deps: { readonly store: ObjectStore; readonly source: LocalSource; readonly remoteReads?: RemoteReads | undefined },
): Promise<PlanInputs> {
  const { source } = deps;
  const { prefix } = options;
  const { manifest: manifestP, remote: remoteP } = deps.remoteReads ?? startRemoteReads(deps.store, prefix);
  try {
    // Without a manifest every file will need its MD5 (uploaded, or compared with a foreign ETag):
    // better in the same read as its SHA-256 than in a second pass.
    const md5Too = manifestP.then((manifest) => manifest.size === 0);
    // The walk is synchronous: one turn of the event loop first lets the GET reach the wire.
    await new Promise((resolve) => setImmediate(resolve));
    const scanned = await source.scan(
      options.sourceDir,
      { include: options.include, exclude: options.exclude },
      md5Too,
    );
    const [manifest, remote] = await Promise.all([manifestP, remoteP]);
    const files = await resolveMd5(scanned, { remote, manifest, prefix }, (unknown) => source.md5(unknown));
    return { files, remote, manifest };
  } finally {
    source.close();
  }
}
