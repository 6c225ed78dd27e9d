/**
 * The reads a deploy starts with, before anything local: the manifest GET and the listing. The
 * first page does not wait for the manifest; the rest follow its cut points (page after page for a
 * usual site, ranges in parallel past SEQUENTIAL_LIST_MAX_KEYS). main.ts starts them as soon as the
 * store exists, so they are on their way while the CloudFront targets are resolved;
 * gatherPlanInputs awaits them.
 */
import { keyFor, listSplitPoints } from './core/keys.js';
import { decodeManifest, type Manifest, manifestKey } from './core/manifest.js';
import type { RemoteObject } from './core/types.js';
import type { ObjectStore } from './ports.js';

export interface RemoteReads {
  readonly manifest: Promise<Manifest>;
  /** Every object under the prefix, the manifest included. */
  readonly remote: Promise<RemoteObject[]>;
}

export function startRemoteReads(store: ObjectStore, prefix: string): RemoteReads {
  const manifest = store.getObject(manifestKey(prefix)).then(decodeManifest);
  const remote = store.list(
    prefix,
    manifest.then((recorded) => listSplitPoints(expectedKeys(recorded, prefix))),
  );
  // Awaited later, maybe after something else failed: until then a failure is not unhandled.
  manifest.catch(() => undefined);
  remote.catch(() => undefined);
  return { manifest, remote };
}

/** The keys the last deploy recorded: where to cut a large listing. */
function expectedKeys(manifest: Manifest, prefix: string): string[] {
  return [...manifest.keys()].map((rel) => keyFor(prefix, rel));
}
