/**
 * The shipped viewer-request function (edge/viewer-request.js) as it is uploaded for one site: its two
 * constants, RELEASE_NAME and RELEASE_PREFIX, filled in; everything else byte for byte.
 */

/** CloudFront's limit on a function's code. */
export const MAX_FUNCTION_BYTES = 10 * 1024;
export const FUNCTION_RUNTIME = 'cloudfront-js-2.0';

/** The names setup-releases gives what it creates for a distribution (both [A-Za-z0-9_-], at most 64). */
export function releaseResourceNames(distributionId: string): { readonly function: string; readonly store: string } {
  const name = `s3cd-releases-${distributionId}`;
  return { function: name, store: name };
}

/** The site's prefix as the function's RELEASE_PREFIX holds it: without its slashes at the ends. */
export function releaseFunctionPrefix(prefix: string): string {
  return prefix.replace(/^\/+|\/+$/g, '');
}

/**
 * source with `const RELEASE_NAME = …;` and `const RELEASE_PREFIX = …;` set. prefix is the site's
 * prefix in the bucket ('' or e.g. 'docs/v2/'), written without its slashes at the ends, as the
 * function joins it.
 */
export function releaseFunctionCode(source: string, releaseName: string, prefix: string): string {
  const folder = releaseFunctionPrefix(prefix);
  let code = source;
  for (const [constant, value] of [
    ['RELEASE_NAME', releaseName],
    ['RELEASE_PREFIX', folder],
  ] as const) {
    const line = new RegExp(`^const ${constant} = .*;$`, 'm');
    if (!line.test(code))
      throw new Error(`the viewer-request function has no line "const ${constant} = …;" to fill in`);
    code = code.replace(line, () => `const ${constant} = ${JSON.stringify(value)};`);
  }
  const size = Buffer.byteLength(code, 'utf8');
  if (size > MAX_FUNCTION_BYTES) {
    throw new Error(`the viewer-request function is ${size} bytes, over CloudFront's limit of ${MAX_FUNCTION_BYTES}`);
  }
  return code;
}
