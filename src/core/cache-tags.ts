/**
 * Cache tags (the `cache-tags` input): `GLOB: tag[, tag…]` rules, every matching rule adding its tags.
 * CloudFront reads a distribution's tags from the origin response header its CacheTagConfig names; an
 * S3 origin sends object metadata as `x-amz-meta-<name>`, so the tags are stored as that metadata.
 *
 * CloudFront's rules (Developer Guide, "Invalidating content by cache tags" and "What you need to
 * know when invalidating tags"): a tag is ASCII 33–126 without commas, at most 256 characters, and
 * case-insensitive; at most 50 tags per object are kept; a `#tag` item counts (and is billed) as one
 * invalidation path and purges every cached variant of every object carrying the tag.
 * S3 allows 2 KB of user metadata per object (names and values), which binds before 50 × 256 does.
 */
import { type GlobRule, parseGlobRules, RuleSyntaxError } from './rules.js';

export const MAX_TAG_LENGTH = 256;
export const MAX_TAGS_PER_OBJECT = 50;
/** S3's limit on an object's user-defined metadata, names and values, in bytes. */
export const MAX_METADATA_BYTES = 2048;
const METADATA_PREFIX = 'x-amz-meta-';

export interface CacheTagRule extends GlobRule {
  readonly tags: readonly string[];
}

/** Why CloudFront would refuse tag, or undefined. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag is empty';
  if (tag.length > MAX_TAG_LENGTH)
    return `"${tag.slice(0, 40)}…" is ${tag.length} characters, at most ${MAX_TAG_LENGTH}`;
  const bad = [...tag].find((c) => c < '!' || c > '~' || c === ',');
  if (bad !== undefined) {
    const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return `"${tag}" holds "${bad}" (U+${code}): a tag is visible ASCII (33-126) without commas`;
  }
  return undefined;
}

/** The rules; a RuleSyntaxError names the line of a bad glob or tag. */
export function parseCacheTagRules(text: string): CacheTagRule[] {
  return parseGlobRules(text, 'cache-tags').map((rule) => {
    const tags = uniqueTags(rule.value.split(',').map((tag) => tag.trim()));
    for (const tag of tags) {
      const problem = tagProblem(tag);
      if (problem !== undefined) throw new RuleSyntaxError(rule.line, problem);
    }
    if (tags.length > MAX_TAGS_PER_OBJECT) {
      throw new RuleSyntaxError(
        rule.line,
        `has ${tags.length} tags; CloudFront keeps at most ${MAX_TAGS_PER_OBJECT} per object`,
      );
    }
    return { ...rule, tags };
  });
}

/** Tags compare case-insensitively: the first spelling is kept. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}

/** The tags of every rule matching rel, in rule order; an Error names the file past CloudFront's count. */
export function tagsFor(rel: string, rules: readonly CacheTagRule[]): string[] {
  const tags = uniqueTags(rules.filter((rule) => rule.matches(rel)).flatMap((rule) => rule.tags));
  if (tags.length > MAX_TAGS_PER_OBJECT) {
    throw new Error(
      `Input "cache-tags": ${rel} gets ${tags.length} tags from the rules; CloudFront keeps at most ${MAX_TAGS_PER_OBJECT} per object.`,
    );
  }
  return tags;
}

/**
 * The metadata name (without x-amz-meta-) under which S3 sends a response header: CloudFront's
 * HeaderName must be an x-amz-meta- header for an S3 origin to send it.
 */
export function tagMetadataName(headerName: string, source: string): string {
  const lower = headerName.trim().toLowerCase();
  const name = lower.startsWith(METADATA_PREFIX) ? lower.slice(METADATA_PREFIX.length) : '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(
      `Input "cache-tags": ${source} names the cache tag header "${headerName}", which S3 cannot send; ` +
        'use an x-amz-meta- header such as x-amz-meta-cache-tag.',
    );
  }
  return name;
}

/** The bytes of user metadata S3 counts for these entries (name and value, UTF-8). */
export function metadataBytes(metadata: Readonly<Record<string, string>>): number {
  return Object.entries(metadata).reduce((sum, [n, v]) => sum + Buffer.byteLength(n) + Buffer.byteLength(v), 0);
}
