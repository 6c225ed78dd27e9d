/**
 * The immutability guard. A key served with Cache-Control "immutable" whose content changes under the
 * same name is a silent outage: browsers keep their copy for up to its max-age without asking again.
 *
 * What is known of the stored object's Cache-Control: the listing does not say, but a manifest entry
 * that is still trusted (its ETag and size equal the listing's) records a digest of every header the
 * object was uploaded with. When that digest equals the digest of the headers about to be sent, the
 * stored object has the same Cache-Control as the new one; if that holds "immutable", the change is a
 * known outage ('known': refused unless allowed). When the digest differs, or no entry is trusted
 * (another tool wrote the object), the stored Cache-Control is unknown. If the new one is immutable,
 * the old one may have been too ('possible'): said as a warning, never refused, since the likeliest
 * reason for a differing digest is that the rule itself was just changed, which is the fix.
 * A new key, or the same content re-uploaded (headers changed or unknown), is no content change.
 */
import { headersDigest } from './headers.js';
import type { Manifest } from './manifest.js';
import { byKey, type UploadStep } from './plan.js';
import type { RemoteObject } from './types.js';

export interface ImmutableChange {
  readonly key: string;
  readonly certainty: 'known' | 'possible';
}

/** How many keys the error names. */
const NAMED_KEYS = 10;

export function isImmutable(cacheControl: string | undefined): boolean {
  return (cacheControl ?? '').split(',').some((directive) => directive.trim().toLowerCase() === 'immutable');
}

export function immutableChanges(
  uploads: readonly UploadStep[],
  remote: readonly RemoteObject[],
  manifest: Manifest,
): ImmutableChange[] {
  const changes: ImmutableChange[] = [];
  for (const step of uploads) {
    if (step.reason !== 'content changed' || !isImmutable(step.headers.cacheControl)) continue;
    const stored = byKey(remote).get(step.key);
    const entry = manifest.get(step.file.rel);
    const trusted =
      stored !== undefined && entry !== undefined && entry.etag === stored.etag && entry.size === stored.size;
    const sameHeaders = trusted && entry.headers === headersDigest(step.headers);
    changes.push({ key: step.key, certainty: sameHeaders ? 'known' : 'possible' });
  }
  return changes;
}

const FIX = 'give the file a content-hashed name (app.3f9c2b.js), or change its cache rule so it is not immutable';

export function immutableError(keys: readonly string[]): string {
  const named = keys.slice(0, NAMED_KEYS).join(', ');
  const more = keys.length > NAMED_KEYS ? `, and ${keys.length - NAMED_KEYS} more` : '';
  return (
    `${keys.length} file(s) served with Cache-Control "immutable" changed content under the same name: ` +
    `browsers that cached them would keep the old copy for up to their max-age (often a year). Nothing was written. ` +
    `To fix it, ${FIX}; or set allow-immutable-changes: true to deploy anyway. ${named}${more}`
  );
}

export function immutableWarning(change: ImmutableChange): string {
  return change.certainty === 'known'
    ? `${change.key}: served with Cache-Control "immutable", its content changed under the same name; browsers that cached it keep the old copy until its max-age runs out. Next time, ${FIX}.`
    : `${change.key}: its content changed and it is served with Cache-Control "immutable"; whether the stored copy was immutable too is unknown (it was not recorded with these headers), so browsers may keep the old copy. To be safe, ${FIX}.`;
}
