/** remove: true, the site under the prefix taken away: what removeSite() needs from the site inputs. */
import { normalizePrefix } from '../../core/keys.js';
import type { RemoveRequest } from '../../flows/run.js';
import { optional } from '../../util/optional.js';
import { readLockTimeoutMs } from './deploy-inputs.js';
import { attributed, InputError, type ReadInput } from './read.js';
import type { SiteInputs } from './site-inputs.js';

/** Undefined unless remove is true. */
export function readRemoveConfig(read: ReadInput, site: SiteInputs): RemoveRequest | undefined {
  if (!site.remove) return undefined;
  if (site.sourceDir !== '') {
    throw new InputError('remove', 'deletes the site under prefix, so it takes no source-dir: give one or the other');
  }
  if (site.deleteGraceMs !== 0) {
    throw new InputError('delete-grace', 'does not apply to remove: true, which deletes the whole site');
  }
  const written = site.prefix;
  if (written === '') {
    throw new InputError(
      'prefix',
      'required with remove: true; to remove everything in the bucket, write prefix: / explicitly',
    );
  }
  const prefix = attributed('prefix', () => normalizePrefix(written));
  if (prefix === '' && written !== '/') {
    throw new InputError('prefix', `"${written}" means the whole bucket; write prefix: / if that is what you mean`);
  }
  const { bucket, preserve, maxDeletes, statePrefix } = site;
  return {
    bucket,
    prefix,
    preserve,
    maxDeletes,
    ...optional('statePrefix', statePrefix),
    lockTimeoutMs: readLockTimeoutMs(read),
  };
}
