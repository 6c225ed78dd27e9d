/** CloudFront's rules for invalidation paths and tags, as the stand-in enforces them. */

/** CloudFront's documented maximum length of one invalidation path. */
export const MAX_PATH_LENGTH = 4000;

/** A '#tag' item takes '*' literally: tags have no wildcards. */
export function isWildcard(path: string): boolean {
  return !path.startsWith('#') && path.endsWith('*');
}

/** Why CloudFront refuses a '#tag' item: a tag is 1-256 visible ASCII characters (33-126) but commas. */
function invalidTagReason(item: string): string | undefined {
  const tag = item.slice(1);
  if (tag === '' || tag.length > 256) return 'must name a tag of 1 to 256 characters after "#"';
  return /[^\x21-\x7e]|,/.test(tag)
    ? 'holds a tag with a character other than visible ASCII (33-126) or a comma'
    : undefined;
}

/** RFC 1738 'unsafe' characters CloudFront wants percent-encoded ('~' is left alone, as encoders do). */
const UNSAFE = /[<>"#{}|\\^[\]`]/;

/**
 * Why CloudFront would refuse this invalidation path, or undefined if it is fine: it starts with
 * '/', has '*' only at the end, and carries no raw space, control, non-ASCII or unsafe character
 * and no '%' that is not a %XX escape. A '#tag' item (invalidation by cache tag) is checked as a tag.
 */
export function invalidPathReason(path: string): string | undefined {
  if (path.startsWith('#')) return invalidTagReason(path);
  if (!path.startsWith('/')) return 'must start with "/"';
  if (path.length > MAX_PATH_LENGTH) return `is longer than ${MAX_PATH_LENGTH} characters`;
  const star = path.indexOf('*');
  if (star !== -1 && star !== path.length - 1) return 'may contain "*" only as its last character';
  if (/[^\x21-\x7e]/.test(path)) return 'contains a space, control or non-ASCII character that is not percent-encoded';
  if (UNSAFE.test(path)) return 'contains an unsafe character that is not percent-encoded';
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) return 'contains a "%" that is not a %XX escape';
  return undefined;
}

export function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, i) => value === sortedB[i]);
}
