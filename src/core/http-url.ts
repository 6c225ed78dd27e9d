/** The one check of a URL given by a person (an endpoint variable, site-url): http or https, no query, no fragment. */

/** Throws the reason value is not such a URL; the caller names where it came from. */
export function parseHttpUrl(value: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`"${value}" is not a URL (expected e.g. ${example})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`"${value}" must be an http:// or https:// URL`);
  }
  if (url.search !== '' || url.hash !== '') throw new Error(`"${value}" must not have a query or fragment`);
  return url;
}
