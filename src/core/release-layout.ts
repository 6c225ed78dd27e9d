/**
 * Where releases live in the bucket and what names them (release mode, issue 19). Every release is a
 * complete copy of the site under `<prefix>releases/<id>/`, with its own manifest there, and the
 * KeyValueStore says which one is live under `<name>:live` (edge/viewer-request.js reads that key).
 */
import { keyFor, relFor } from './keys.js';
import { MANIFEST_NAME } from './manifest.js';

export const RELEASES_FOLDER = 'releases/';
/** The list of a release's store keys (its redirects' and its layers'); named when it held redirect keys only. */
export const RELEASE_KEYS_NAME = '.s3-cloudfront-deploy-redirects.json';
/** The same alphabet edge/viewer-request.js accepts, minus ids of dots only ('.', '..'), which name folders. */
const RELEASE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Why id cannot name a release, or undefined when it can. */
export function releaseIdProblem(id: string): string | undefined {
  if (!RELEASE_ID.test(id)) return 'use 1 to 128 letters, digits, "-", "_" and "."';
  if (/^\.+$/.test(id)) return 'an id of dots only would name a folder, not a release';
  return undefined;
}

/** The release id a run gets by default: the commit and the run, so a re-run is a new release. */
export function defaultReleaseId(env: {
  readonly sha?: string | undefined;
  readonly runNumber?: string | undefined;
  readonly runAttempt?: string | undefined;
  readonly now: number;
}): string {
  const sha = (env.sha ?? '').replace(/[^0-9a-f]/gi, '').slice(0, 7);
  if (sha === '') return `local-${new Date(env.now).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const run = (env.runNumber ?? '').replace(/\D/g, '');
  const attempt = (env.runAttempt ?? '').replace(/\D/g, '') || '1';
  return run === '' ? `${sha}-${attempt}` : `${sha}-${run}.${attempt}`;
}

/** The KeyValueStore keys of a site's pointers. */
export function pointerKeys(name: string): { readonly live: string; readonly previous: string } {
  return { live: `${name}:live`, previous: `${name}:previous` };
}

/** `<prefix>releases/`: every release of the site below it. */
export function releasesPrefix(prefix: string): string {
  return keyFor(prefix, RELEASES_FOLDER);
}

/** `<prefix>releases/<id>/`: the release's own prefix, under which the site's files keep their paths. */
export function releasePrefix(prefix: string, id: string): string {
  return `${releasesPrefix(prefix)}${id}/`;
}

export function releaseManifestKey(prefix: string, id: string): string {
  return keyFor(releasePrefix(prefix, id), MANIFEST_NAME);
}

/** The list of the release's keys in the store (JSON), for prune to delete them with the release. */
export function releaseKeysKey(prefix: string, id: string): string {
  return keyFor(releasePrefix(prefix, id), RELEASE_KEYS_NAME);
}

/** The release id a listed key belongs to, or undefined when it is not inside a release. */
export function releaseIdOf(prefix: string, key: string): string | undefined {
  const rest = relFor(releasesPrefix(prefix), key);
  const slash = rest?.indexOf('/') ?? -1;
  return rest === undefined || slash <= 0 ? undefined : rest.slice(0, slash);
}
