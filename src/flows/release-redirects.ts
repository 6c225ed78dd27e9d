/**
 * The redirects file in release mode: its rules planned as keys of the release (core/release-redirects.ts)
 * before anything is written, and put into the store after the release's manifest, before the switch: keys
 * of a release that is not live yet are never read, so no visitor meets a redirect to a page not yet live.
 */

import { skippedRedirectsNotice } from '../core/redirect-objects.js';
import type { RedirectRule } from '../core/redirects.js';
import { releaseKeysKey } from '../core/release-layout.js';
import { releaseRedirectKeys, updateBatches } from '../core/release-redirects.js';
import { RECORD_HEADERS } from '../core/types.js';
import type { KeyValueStore, Log, ObjectStore } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import { named, type RedirectsSource } from './redirects.js';

const MAX_ATTEMPTS = 5;

/** The keys to put; a rule the store cannot hold is a PlanError naming the file and the line. */
export function planReleaseRedirects(
  rules: readonly RedirectRule[],
  files: readonly { readonly rel: string }[],
  redirects: RedirectsSource,
  release: { readonly name: string; readonly id: string },
  log: Log,
): ReadonlyMap<string, string> {
  const site = { ...release, files: new Set(files.map((file) => file.rel)) };
  const planned = named(redirects, () => releaseRedirectKeys(rules, site));
  if (planned.skipped.length > 0) log.info(skippedRedirectsNotice(planned.skipped));
  return planned.puts;
}

/**
 * The release's keys (its layers' and its redirects') put into the store, their list kept in the release's folder
 * first (prune reads it to delete them with the release).
 */
export async function writeReleaseKeys(
  kvs: KeyValueStore,
  release: { readonly prefix: string; readonly id: string },
  keys: ReadonlyMap<string, string>,
  deps: { readonly store: ObjectStore; readonly log: Log },
  /** What the keys are, for messages: 'redirect', 'layer', 'layer and redirect'. */
  what: string,
  /** Written after every other key (a layered release's base key): its presence says they all are in. */
  last?: string,
): Promise<void> {
  if (keys.size === 0) return;
  const list = Buffer.from(`${JSON.stringify([...keys.keys()])}\n`);
  await deps.store.putObject(releaseKeysKey(release.prefix, release.id), list, RECORD_HEADERS);
  const first = new Map([...keys].filter(([key]) => key !== last));
  const final = last === undefined ? undefined : keys.get(last);
  try {
    if (first.size > 0) await writeKeys(kvs, { puts: first }, deps.log);
    if (last !== undefined && final !== undefined) await writeKeys(kvs, { puts: new Map([[last, final]]) }, deps.log);
  } catch (error) {
    throw new Error(
      `release ${release.id} is uploaded but not live: its ${what} keys could not all be written to ${kvs.name} ` +
        `(${errorMessage(error)}). The site is unchanged; re-run the deploy (the keys written are deleted when the release is pruned).`,
    );
  }
  deps.log.info(`${keys.size} ${what} key(s) of release ${release.id} are in the store (not live before the switch).`);
}

/** The keys of a pruned release deleted from the store, from the list its folder keeps. */
export async function deleteReleaseKeys(
  kvs: KeyValueStore,
  release: { readonly prefix: string; readonly id: string },
  deps: { readonly store: ObjectStore; readonly log: Log },
): Promise<void> {
  const body = await deps.store.getObject(releaseKeysKey(release.prefix, release.id));
  if (body === undefined) return;
  const keys: unknown = JSON.parse(body.toString('utf8'));
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) {
    throw new Error(`${releaseKeysKey(release.prefix, release.id)} is not a list of keys`);
  }
  await writeKeys(kvs, { deletes: keys }, deps.log);
}

/**
 * Puts and deletes in UpdateKeys batches, each written against the version the last one returned. A
 * conflict (another site in the same store wrote meanwhile) re-reads the version and writes the batch
 * again: these keys are the release's own, so writing them twice is harmless.
 */
export async function writeKeys(
  kvs: KeyValueStore,
  change: { readonly puts?: ReadonlyMap<string, string>; readonly deletes?: readonly string[] },
  log: Log,
): Promise<void> {
  let version = await kvs.version();
  for (const batch of updateBatches(change)) {
    for (let attempt = 1; ; attempt++) {
      try {
        version = await kvs.update(version, batch);
        break;
      } catch (error) {
        if (!kvs.isConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
        log.info(`The store changed since its version was read (attempt ${attempt}): writing the batch again.`);
        version = await kvs.version();
      }
    }
  }
}
