/**
 * A release deploy's plan phase, before anything is written: the live release (and its base, when it is layered)
 * read beside the scan of the site, the id checked to be new, and the plan made: layered when the edge serves
 * layered releases (the gate) and the change is small (core/release-layers.ts), full otherwise, the log saying why.
 */
import { literalGlob } from '../core/globs.js';
import { headersFor } from '../core/headers.js';
import { decodeManifest, decodeReleaseBase } from '../core/manifest.js';
import { PlanError, refuseInvalidKeys } from '../core/plan.js';
import type { LayerGate } from '../core/release-layers.js';
import { pointerKeys, releaseManifestKey } from '../core/release-layout.js';
import { type LiveRelease, planRelease, type ReleasePlan } from '../core/release-plan.js';
import { readRedirectRules } from './redirects.js';
import type { ReleaseDeployOptions, ReleaseDeps } from './release.js';
import { planReleaseRedirects } from './release-redirects.js';
import type { ReleaseRequest } from './run.js';

export interface PlannedRelease {
  readonly plan: ReleasePlan;
  readonly liveId: string | undefined;
  /** The redirect keys to put (redirects-file), if any. */
  readonly redirectKeys: ReadonlyMap<string, string> | undefined;
}

export async function planDeploy(
  options: ReleaseDeployOptions,
  deps: ReleaseDeps,
  started: number,
): Promise<PlannedRelease> {
  const { store, kvs, source, log } = deps;
  const { release, redirects } = options;
  const newManifestKey = releaseManifestKey(release.prefix, release.id);
  const rules = redirects && (await readRedirectRules(source, options.sourceDir, redirects));
  const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
  // Hashing starts at once; the store's answer only decides, on its way, whether MD5s come in the same read.
  const live = kvs.get(pointerKeys(release.name).live);
  const liveBody = live.then((id) =>
    id === undefined ? undefined : store.getObject(releaseManifestKey(release.prefix, id)),
  );
  const [liveId, taken, body, files, gate, base] = await Promise.all([
    live,
    store.readObject(newManifestKey),
    liveBody,
    // Without a live release every file is uploaded: its MD5 is best read with its SHA-256.
    source.scan(
      options.sourceDir,
      { ...options, exclude },
      live.then((id) => id === undefined),
    ),
    live.then((id) => (id === undefined ? undefined : deps.layerGate?.())),
    liveBody.then(async (found) => {
      const id = decodeReleaseBase(found);
      return id === undefined ? undefined : { id, body: await store.getObject(releaseManifestKey(release.prefix, id)) };
    }),
  ]);
  if (taken !== undefined) throw reusedId(release, liveId);
  if (liveId !== undefined && body === undefined) {
    log.warning(
      `The live release ${liveId} has no manifest at ${releaseManifestKey(release.prefix, liveId)}: every file is uploaded.`,
    );
  }
  const current: LiveRelease | undefined =
    liveId === undefined
      ? undefined
      : {
          id: liveId,
          manifest: decodeManifest(body),
          ...(base?.body !== undefined && { base: { id: base.id, manifest: decodeManifest(base.body) } }),
        };
  const layered = layersAllowed(gate, base, release.prefix);
  const plan = planRelease({
    files,
    prefix: release.prefix,
    id: release.id,
    live: current,
    headersFor: (rel) => headersFor(rel, options.headerRules),
    graceMs: options.deleteGraceMs ?? 0,
    now: started,
    layers: layered === true ? { name: release.name } : undefined,
  });
  refuseInvalidKeys(
    [...plan.uploads, ...plan.copies].map((step) => step.key),
    'nothing was written',
  );
  if (plan.layers !== undefined) {
    log.info(
      `Release ${release.id}, layered on ${plan.layers.base}: ${plan.uploads.length} file(s) to upload, ` +
        `${plan.copies.length} to copy (headers changed), ${plan.layers.pathKeys} path key(s); ` +
        `the rest is served from the folders the keys name.`,
    );
  } else {
    const carried = plan.copies.filter((copy) => copy.removedSince !== undefined).length;
    const why = plan.fullBecause ?? (typeof layered === 'string' ? layered : undefined);
    if (why !== undefined) log.info(`A full release: ${why}.`);
    log.info(
      `Release ${release.id}: ${plan.uploads.length} file(s) to upload, ${plan.copies.length - carried} to copy from ` +
        `release ${liveId ?? '(none)'}, ${carried} removed file(s) kept by delete-grace.`,
    );
  }
  const redirectKeys = rules && redirects && planReleaseRedirects(rules, files, redirects, release, log);
  return { plan, liveId, redirectKeys };
}

/** true, or why the release is full (undefined: nothing to say, e.g. the first release). */
function layersAllowed(
  gate: LayerGate | undefined,
  base: { readonly id: string; readonly body: Buffer | undefined } | undefined,
  prefix: string,
): true | string | undefined {
  if (gate === undefined) return undefined;
  if (!gate.layers) return gate.why;
  if (base !== undefined && base.body === undefined) {
    return `the live release's base ${base.id} has no manifest at ${releaseManifestKey(prefix, base.id)}`;
  }
  return true;
}

function reusedId(release: ReleaseRequest, liveId: string | undefined): PlanError {
  return new PlanError(
    `release-id ${release.id} is taken: ${releaseManifestKey(release.prefix, release.id)} exists in s3://${release.bucket}. ` +
      `A release is never overwritten; nothing was written (release ${liveId ?? '(none)'} stays live). Give a new release-id.`,
  );
}
