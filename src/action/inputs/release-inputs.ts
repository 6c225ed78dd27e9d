/**
 * Release mode (release-store, release-name, release-id, keep-releases, rollback): the site goes up as
 * a complete release beside the others and one KeyValueStore key switches it live (flows/release.ts).
 */
import { normalizePrefix } from '../../core/keys.js';
import { defaultReleaseId, releaseIdProblem } from '../../core/release-layout.js';
import { parseStoreArn } from '../../core/store-arn.js';
import type { ReleaseRequest } from '../../flows/run.js';
import { optional } from '../../util/optional.js';
import { DEFAULTS } from './defaults.js';
import { attributed, type Env, InputError, int, nonEmpty, type ReadInput, text } from './read.js';
import type { SiteInputs } from './site-inputs.js';

/** Undefined without release-store; then the release inputs must be left out too. */
export function readReleaseConfig(read: ReadInput, env: Env, site: SiteInputs | undefined): ReleaseRequest | undefined {
  const storeArn = text(read, 'release-store');
  const name = text(read, 'release-name', DEFAULTS.releaseName);
  const id = text(read, 'release-id');
  const keepText = text(read, 'keep-releases');
  const rollback = text(read, 'rollback');
  if (storeArn === '') {
    // keep-releases and release-name have defaults the runner always passes: only these two tell intent.
    const given = [
      ['release-id', id],
      ['rollback', rollback],
    ].find(([, value]) => value !== '');
    if (given !== undefined) throw new InputError(given[0]!, 'applies to release mode only: set release-store too');
    return undefined;
  }
  attributed('release-store', () => parseStoreArn(storeArn));
  if (site === undefined) throw new InputError('bucket', 'required with release-store: the bucket the releases go to');
  if (site.remove) {
    throw new InputError(
      'remove',
      'is not supported with release-store: a release site is taken down by deleting its releases/ folder and the ' +
        'store keys by hand (see the README, Atomic releases)',
    );
  }
  checkReleaseName(name);
  if (rollback !== '' && site.sourceDir !== '') {
    throw new InputError('rollback', 'switches back to a release already uploaded, so it takes no source-dir');
  }
  if (rollback !== '' && id !== '') {
    throw new InputError(
      'rollback',
      'switches to an existing release; release-id names a new one: give one or the other',
    );
  }
  checkId('rollback', rollback === 'previous' ? '' : rollback);
  checkId('release-id', id);
  return {
    storeArn,
    name,
    bucket: site.bucket,
    prefix: attributed('prefix', () => normalizePrefix(site.prefix)),
    id:
      id ||
      defaultReleaseId({
        sha: nonEmpty(env['GITHUB_SHA']),
        runNumber: nonEmpty(env['GITHUB_RUN_NUMBER']),
        runAttempt: nonEmpty(env['GITHUB_RUN_ATTEMPT']),
        now: Date.now(),
      }),
    keep: int(() => keepText, 'keep-releases', DEFAULTS.keepReleases, { min: 0, max: 10_000 }),
    ...optional('rollback', rollback || undefined),
  };
}

/** The release-name input (the site's keys in the store are `<name>:live` and `<name>:previous`), checked. */
export function readReleaseName(read: ReadInput): string {
  return checkReleaseName(text(read, 'release-name', DEFAULTS.releaseName));
}

function checkReleaseName(name: string): string {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    throw new InputError(
      'release-name',
      `"${name}": 1 to 64 letters, digits, "-", "_" and "." (the site's key in the store)`,
    );
  }
  return name;
}

function checkId(input: string, id: string): void {
  const problem = id === '' ? undefined : releaseIdProblem(id);
  if (problem !== undefined) throw new InputError(input, `"${id}" is not a release id: ${problem}`);
}
