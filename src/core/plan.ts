/**
 * The deploy plan: what happens to every key and why. A value, so dry run, logs, the job summary
 * and the tests all read the same thing.
 */
import { removedEntry } from './grace.js';
import { headersDigest } from './headers.js';
import { invalidKeys, keyFor, relFor } from './keys.js';
import type { Manifest, ManifestEntry } from './manifest.js';
import type { RedirectObject } from './redirect-objects.js';
import {
  type DeleteStep,
  isOwnRecord,
  type KeptStep,
  NO_REMOVAL_RULES,
  planRemoval,
  type RemovalRules,
} from './removal.js';
import type { ObjectHeaders, RemoteObject, ScannedFile, SiteFile } from './types.js';
import { type LastGlob, type UploadPhase, uploadPhases } from './upload-phases.js';

export type UploadReason = 'new' | 'content changed' | 'headers changed' | 'headers unknown';

export interface UploadStep {
  readonly key: string;
  readonly file: SiteFile;
  readonly headers: ObjectHeaders;
  readonly reason: UploadReason;
  /** A redirect object (redirects-file): its body is empty, not read from disk. */
  readonly redirect?: RedirectObject;
}

export interface SkipStep {
  readonly key: string;
  readonly file: SiteFile;
  readonly headers: ObjectHeaders;
  readonly remote: RemoteObject;
}

export type { DeleteStep, KeptStep } from './removal.js';

export interface Plan {
  /** Everything but HTML first, then HTML, so no page goes live before its assets; then upload-last. */
  readonly uploads: readonly UploadStep[];
  /** The same uploads in the phases they go up in, one after the other (see upload-phases.ts). */
  readonly phases: readonly UploadPhase<UploadStep>[];
  readonly skips: readonly SkipStep[];
  /** Deleted last, and only after every upload succeeded. */
  readonly deletes: readonly DeleteStep[];
  /** Removed from the site but left in place: delete-grace, preserve, another deploy's site. */
  readonly kept: readonly KeptStep[];
}

export interface PlanInput {
  readonly files: readonly SiteFile[];
  readonly remote: readonly RemoteObject[];
  readonly manifest: Manifest;
  /** Normalized: '' or ending in '/'. */
  readonly prefix: string;
  readonly headersFor: (rel: string) => ObjectHeaders;
  readonly deleteRemoved: boolean;
  /** The upload-last globs, in their order. */
  readonly uploadLast?: readonly LastGlob[];
  /** preserve, delete-grace and the deploy's time; none by default. */
  readonly removal?: RemovalRules;
  /** Zero-byte objects planned like files: a changed target is a changed header, a removed rule a removed key. */
  readonly redirects?: readonly RedirectObject[];
}

export class PlanError extends Error {
  override name = 'PlanError';
}

export function planDeploy(input: PlanInput): Plan {
  const remoteByKey = byKey(input.remote);
  const uploads: UploadStep[] = [];
  const skips: SkipStep[] = [];
  const localKeys = new Set<string>();

  for (const { file, headers, redirect } of plannedSources(input)) {
    refuseOwnRecordName(file.rel);
    const key = keyFor(input.prefix, file.rel);
    if (localKeys.has(key)) throw new PlanError(`${file.rel} is both a file of the site and a redirect`);
    const remote = remoteByKey.get(key);
    // The listed key where there is one: the same string the listing holds anyway, not a copy.
    localKeys.add(remote?.key ?? key);
    const reason = judge(file, headers, remote, input.manifest.get(file.rel));
    if (reason !== undefined) uploads.push({ key, file, headers, reason, ...(redirect && { redirect }) });
    // The listed key, equal to key: the skip is kept for the whole run, and so needs no string of its own.
    else if (remote !== undefined) skips.push({ key: remote.key, file, headers, remote });
  }

  const { deletes, kept } = input.deleteRemoved
    ? planRemoval({
        remote: input.remote,
        prefix: input.prefix,
        manifest: input.manifest,
        siteKeys: localKeys,
        rules: input.removal ?? NO_REMOVAL_RULES,
      })
    : { deletes: [], kept: [] };

  const phases = uploadPhases(uploads, input.uploadLast ?? []);
  return { uploads: phases.flatMap((phase) => phase.steps), phases, skips, deletes, kept };
}

/** The files, then the redirects, one at a time: not an array of 100,000 pairs at scale. */
function* plannedSources(input: PlanInput): Generator<PlannedSource> {
  for (const file of input.files) yield { file, headers: input.headersFor(file.rel) };
  for (const redirect of input.redirects ?? []) yield redirectSource(redirect, input.headersFor(redirect.rel));
}

interface PlannedSource {
  readonly file: SiteFile;
  readonly headers: ObjectHeaders;
  readonly redirect?: RedirectObject;
}

const EMPTY = {
  size: 0,
  md5: 'd41d8cd98f00b204e9800998ecf8427e',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

/** A redirect as the file it is planned like: empty, its target in the headers (and so in their digest). */
function redirectSource(redirect: RedirectObject, headers: ObjectHeaders): PlannedSource {
  return {
    file: { rel: redirect.rel, absPath: '', ...EMPTY },
    headers: { ...headers, websiteRedirectLocation: redirect.location },
    redirect,
  };
}

/** At any depth: below the prefix, such a name marks another deploy's site (core/ownership.ts). */
export function refuseOwnRecordName(rel: string): void {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (isOwnRecord(name)) {
    throw new PlanError(`${rel} is the name of this action's own record; exclude that file from the deploy`);
  }
}

function judge(
  file: SiteFile,
  headers: ObjectHeaders,
  remote: RemoteObject | undefined,
  entry: ManifestEntry | undefined,
): UploadReason | undefined {
  if (remote === undefined) return 'new';
  if (remote.size !== file.size) return 'content changed';
  if (entry !== undefined && isTrusted(entry, remote)) {
    // An entry from before sha256 was recorded is compared by MD5, once: the new manifest has both.
    const same = entry.sha256 === undefined ? entry.md5 === file.md5 : entry.sha256 === file.sha256;
    if (!same) return 'content changed';
    return entry.headers === headersDigest(headers) ? undefined : 'headers changed';
  }
  // Not ours, or changed since: a single-part ETag is still the MD5, but the headers are unknown.
  const isMultipartEtag = remote.etag.includes('-');
  if (!isMultipartEtag && remote.etag !== file.md5) return 'content changed';
  return 'headers unknown';
}

/** The entry still describes the object listed: nobody else has written it since. */
export function isTrusted(entry: ManifestEntry, remote: RemoteObject): boolean {
  return entry.etag === remote.etag && entry.size === remote.size;
}

/** What the MD5 of a file can be taken from without reading it. */
type Md5Sources = Pick<PlanInput, 'remote' | 'manifest' | 'prefix'>;

/**
 * The files whose MD5 must be computed: those the plan uploads (Content-MD5) or must compare with a
 * foreign ETag or with an entry written before SHA-256 was recorded. Not those whose MD5 the scan
 * computed, nor those the manifest vouches for (a trusted entry whose SHA-256 equals the file's:
 * equal content, equal MD5). A no-op deploy hashes nothing twice.
 */
export function md5sNeeded(files: readonly ScannedFile[], known: Md5Sources): ScannedFile[] {
  const md5s = knownMd5s(files, known);
  return files.filter((_, i) => md5s[i] === undefined);
}

/**
 * The files md5sNeeded will name whatever the listing says: no entry of the manifest can vouch for
 * them (none, or one of another size or SHA-256). Known before the listing is in.
 */
export function md5sNeededAnyway(files: readonly ScannedFile[], manifest: PlanInput['manifest']): ScannedFile[] {
  return files.filter((file) => {
    const entry = file.md5 === undefined ? manifest.get(file.rel) : undefined;
    return file.md5 === undefined && !(entry?.sha256 === file.sha256 && entry.size === file.size);
  });
}

/** Every file with its MD5: the known one, or the next of hashed (the MD5s of md5sNeeded's files, in its order). */
export function withMd5(files: readonly ScannedFile[], known: Md5Sources, hashed: readonly string[]): SiteFile[] {
  const md5s = knownMd5s(files, known);
  let next = 0;
  // Written out, not spread: a spread copy got a hidden class of its own per file in the action
  // (about 200 bytes each, 22 MB of shapes at 100,000 files in a heap snapshot).
  return files.map(({ rel, absPath, size, sha256 }, i) => ({
    rel,
    absPath,
    size,
    sha256,
    md5: md5s[i] ?? hashed[next++]!,
  }));
}

/** md5sNeeded and then withMd5 ask for the same files and sources: answered once. */
function knownMd5s(files: readonly ScannedFile[], known: Md5Sources): (string | undefined)[] {
  const cached = knownMd5sOf.get(files);
  if (cached?.known === known) return cached.md5s;
  const md5s = findKnownMd5s(files, known);
  knownMd5sOf.set(files, { known, md5s });
  return md5s;
}

const knownMd5sOf = new WeakMap<readonly ScannedFile[], { known: Md5Sources; md5s: (string | undefined)[] }>();

function findKnownMd5s(files: readonly ScannedFile[], known: Md5Sources): (string | undefined)[] {
  const remoteByKey = byKey(known.remote);
  return files.map((file) => {
    if (file.md5 !== undefined) return file.md5;
    const remote = remoteByKey.get(keyFor(known.prefix, file.rel));
    const entry = known.manifest.get(file.rel);
    const vouched = remote !== undefined && entry?.sha256 !== undefined && isTrusted(entry, remote);
    return vouched && entry.size === file.size && entry.sha256 === file.sha256 ? entry.md5 : undefined;
  });
}

/**
 * The listing by key, made once per listing: the MD5 checks, the plan and the immutable guard all
 * look keys up in the same one (at 100,000 objects each Map and its key-object pairs were about
 * 9 MB, four times over while the plan was made).
 */
export function byKey(remote: readonly RemoteObject[]): ReadonlyMap<string, RemoteObject> {
  let found = byKeyOf.get(remote);
  if (found === undefined) {
    const map = new Map<string, RemoteObject>();
    for (const object of remote) map.set(object.key, object);
    byKeyOf.set(remote, map);
    found = map;
  }
  return found;
}

const byKeyOf = new WeakMap<readonly RemoteObject[], ReadonlyMap<string, RemoteObject>>();

/** max < 0 means no limit. Checked before anything is written. */
export function checkDeleteLimit(plan: Plan, maxDeletes: number, where: string): void {
  if (maxDeletes >= 0 && plan.deletes.length > maxDeletes) {
    throw new PlanError(
      `this deploy would delete ${plan.deletes.length} objects under ${where}, more than max-deletes (${maxDeletes}). ` +
        `Nothing was changed. If that many deletions are intended, raise max-deletes (or set it to -1 for no limit); ` +
        `otherwise check source-dir, include and exclude.`,
    );
  }
}

/**
 * The manifest after a run: what was skipped or uploaded now, plus earlier entries for objects this
 * run did not touch (a failed upload leaves its old object, and so its old entry, in place).
 */
export interface RunOutcome {
  readonly plan: Plan;
  readonly previous: Manifest;
  readonly remote: readonly RemoteObject[];
  readonly prefix: string;
  /** key → ETag of every upload that succeeded. */
  readonly uploaded: ReadonlyMap<string, string>;
  readonly deleted: ReadonlySet<string>;
}

export function nextManifest(run: RunOutcome): Manifest {
  const next = new Map<string, ManifestEntry>();
  for (const object of run.remote) {
    const rel = relFor(run.prefix, object.key);
    const entry = rel === undefined ? undefined : run.previous.get(rel);
    if (rel !== undefined && entry !== undefined && !run.deleted.has(object.key)) next.set(rel, entry);
  }
  for (const step of run.plan.skips) {
    // A no-op keeps every entry: the one read is kept, and no equal copy is made to compare (100,000 at scale).
    const previous = run.previous.get(step.file.rel);
    const kept = previous !== undefined && describes(previous, step.file, step.headers, step.remote.etag);
    next.set(step.file.rel, kept ? previous : entryFor(step.file, step.headers, step.remote.etag));
  }
  for (const step of run.plan.uploads) {
    const etag = run.uploaded.get(step.key);
    if (etag !== undefined) next.set(step.file.rel, entryFor(step.file, step.headers, etag));
  }
  // delete-grace counts from the first deploy that saw a key gone: that time is kept in its entry.
  for (const step of run.plan.kept) {
    const rel = relFor(run.prefix, step.key);
    if (step.reason.kind !== 'grace' || rel === undefined) continue;
    next.set(rel, removedEntry(run.previous.get(rel), step.remote, step.reason.removedSince));
  }
  return next;
}

/** Whether entry equals entryFor(file, headers, etag), as sameEntry compares. */
function describes(entry: ManifestEntry, file: SiteFile, headers: ObjectHeaders, etag: string): boolean {
  return (
    entry.etag === etag &&
    entry.size === file.size &&
    entry.md5 === file.md5 &&
    entry.sha256 === file.sha256 &&
    entry.headers === headersDigest(headers) &&
    entry.removedSince === undefined &&
    (entry.tags ?? []).join(',') === (headers.cacheTags ?? []).join(',')
  );
}

export function entryFor(file: SiteFile, headers: ObjectHeaders, etag: string): ManifestEntry {
  const entry = { etag, size: file.size, md5: file.md5, sha256: file.sha256, headers: headersDigest(headers) };
  return headers.cacheTags === undefined || headers.cacheTags.length === 0
    ? entry
    : { ...entry, tags: headers.cacheTags };
}

/** Before anything is written: keys S3 would refuse, up to five of them named. nothing: what the message says of the writes. */
export function refuseInvalidKeys(keys: readonly string[], nothing: string): void {
  const problems = invalidKeys(keys);
  if (problems.length > 0) {
    const list = problems
      .slice(0, 5)
      .map((p) => `${p.key.slice(0, 80)}… (${p.reason})`)
      .join('; ');
    throw new PlanError(`${problems.length} file(s) would get a key S3 refuses, ${nothing}: ${list}`);
  }
}
