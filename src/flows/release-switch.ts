/**
 * Switching which release is live: one UpdateKeys written against the store's version (If-Match),
 * setting `<name>:live` to the new release and `<name>:previous` to the one it replaces, and read
 * back. A release that went live meanwhile (another deploy, a rollback) is never overwritten: the
 * switch stops as superseded. A conflict from an unrelated key (another site in the same store) is
 * retried against the new version.
 */
import { pointerKeys } from '../core/release-layout.js';
import type { KeyValueStore, Log } from '../ports.js';

const MAX_ATTEMPTS = 5;

/** The switch did not happen because another release went live after this run read the pointer. */
export class SupersededError extends Error {
  override name = 'SupersededError';
}

export interface SwitchRequest {
  /** The site's name in the store. */
  readonly name: string;
  /** The release to make live. */
  readonly to: string;
  /** The release this run found live (undefined: none yet); the switch happens only if it still is. */
  readonly from: string | undefined;
  /** For the superseded message: 'release r2 is uploaded but not live' or 'the rollback to r1 did not happen'. */
  readonly notDone: string;
}

/** Makes request.to live; resolves once the store reads it back as live. */
export async function switchLive(kvs: KeyValueStore, request: SwitchRequest, log: Log): Promise<void> {
  const keys = pointerKeys(request.name);
  const puts = { [keys.live]: request.to, ...(request.from !== undefined && { [keys.previous]: request.from }) };
  let switched = false;
  for (let attempt = 1; !switched; attempt++) {
    const version = await kvs.version();
    const live = await kvs.get(keys.live);
    // Our own earlier attempt may have landed with its answer lost: then it is done.
    if (attempt > 1 && live === request.to) break;
    if (live !== request.from) {
      throw new SupersededError(
        `${request.notDone}: release ${live ?? '(none)'} went live meanwhile (another deploy or a rollback), ` +
          `after this run found ${request.from ?? 'no release'} live. The store was left as it is.`,
      );
    }
    try {
      await kvs.update(version, { puts });
      switched = true;
    } catch (error) {
      if (!kvs.isConflict(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`${request.notDone}: the store ${kvs.name} changed under every one of ${attempt} attempts`);
      }
      log.info(`The store changed since its version was read (attempt ${attempt}): reading ${keys.live} again.`);
    }
  }
  const now = await kvs.get(keys.live);
  if (now !== request.to) {
    throw new Error(
      `${request.notDone}: the store ${kvs.name} accepted the switch, but ${keys.live} reads back as ${now ?? '(none)'}`,
    );
  }
}
