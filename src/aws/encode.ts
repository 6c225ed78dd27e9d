/** RFC 3986 encoding as S3 and SigV4 expect it: only unreserved characters stay as they are. */

/** encodeURIComponent leaves !'()* alone; RFC 3986 reserves them. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Encodes each '/'-separated segment of an S3 key; the slashes themselves stay. */
export function encodeKeyPath(key: string): string {
  return key.split('/').map(encodeRfc3986).join('/');
}

/** 'a=1&b=x%20y' from entries; an empty value gives 'flag=' (S3 accepts '?delete=' for '?delete'). */
export function encodeQuery(query: Readonly<Record<string, string>>): string {
  return Object.entries(query)
    .map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
    .join('&');
}

/** Undoes S3's encoding-type=url: '+' is a space there, a literal '+' arrives as %2B. */
export function decodeUrlEncodedKey(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}
