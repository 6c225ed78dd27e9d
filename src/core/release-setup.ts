/**
 * Whether a distribution is set up for releases from a given store: its default cache behaviour runs
 * a viewer-request function, and that function is associated with the store (it reads `<name>:live`
 * there). Read-only; the release flow asks before its first write, setup-releases before its own.
 */

/** The viewer-request function of a distribution's default cache behaviour, as CloudFront describes it. */
export interface ViewerRequestFunction {
  readonly arn: string;
  /** The function's name (the last part of its ARN). */
  readonly name: string;
  /** The KeyValueStores associated with its LIVE stage (at most one). */
  readonly keyValueStoreArns: readonly string[];
}

export type ReleaseSetupVerdict =
  | { readonly kind: 'ready'; readonly function: ViewerRequestFunction }
  | { readonly kind: 'missing'; readonly message: string }
  | { readonly kind: 'other-function'; readonly function: ViewerRequestFunction; readonly message: string };

/** What sets a distribution up, for messages: the command of this package's CLI. */
export function setupCommand(distributionId: string, storeArn?: string): string {
  const store = storeArn === undefined ? '' : ` --release-store ${storeArn}`;
  return `npx s3-cloudfront-deploy setup-releases --distribution-id ${distributionId}${store}`;
}

/**
 * found: the default cache behaviour's viewer-request function (undefined: none associated).
 * Ready only when that function is associated with storeArn.
 */
export function checkReleaseSetup(
  distributionId: string,
  storeArn: string,
  found: ViewerRequestFunction | undefined,
): ReleaseSetupVerdict {
  const setup =
    `Set it up once with \`${setupCommand(distributionId, storeArn)}\` ` +
    '(or the CloudFormation template or Terraform snippet of the README, Atomic releases).';
  if (found === undefined) {
    return {
      kind: 'missing',
      message:
        `distribution ${distributionId} is not set up for releases: its default cache behaviour has no viewer-request ` +
        `function association, so nothing would read ${storeArn}. ${setup}`,
    };
  }
  if (found.keyValueStoreArns.includes(storeArn)) return { kind: 'ready', function: found };
  const stores = found.keyValueStoreArns.length === 0 ? 'no KeyValueStore' : found.keyValueStoreArns.join(', ');
  return {
    kind: 'other-function',
    function: found,
    message:
      `distribution ${distributionId} runs another viewer-request function, ${found.name}, associated with ${stores}, ` +
      `not with ${storeArn}: a release would switch a pointer nothing reads. Check release-store, or replace that ` +
      `function's association with the release function (${setup.slice(0, 1).toLowerCase()}${setup.slice(1)})`,
  };
}

/** Thrown by the release flow when the check is not 'ready'; nothing was written. */
export class ReleaseSetupError extends Error {
  override name = 'ReleaseSetupError';
}

/** The check as the release flow wants it: returns the function when ready, throws ReleaseSetupError otherwise. */
export function requireReleaseSetup(
  distributionId: string,
  storeArn: string,
  found: ViewerRequestFunction | undefined,
): ViewerRequestFunction {
  const verdict = checkReleaseSetup(distributionId, storeArn, found);
  if (verdict.kind !== 'ready') throw new ReleaseSetupError(verdict.message);
  return verdict.function;
}
