import { lines } from '../../src/action/inputs/read.js';
import { parseCacheTagRules, tagMetadataName, tagProblem, tagsFor } from '../../src/core/cache-tags.js';
import { headersDigest, headersFor } from '../../src/core/headers.js';
import { isComment, RuleSyntaxError } from '../../src/core/rules.js';
import { parseLastGlobs } from '../../src/core/upload-phases.js';

describe('cache-tags rules', () => {
  test('every matching rule adds its tags, duplicates (case-insensitive) once, in rule order', () => {
    const rules = parseCacheTagRules('**/*.html: html, page\n# a comment\n\ndocs/**: docs, HTML');
    expect(tagsFor('docs/a.html', rules)).toEqual(['html', 'page', 'docs']);
    expect(tagsFor('index.html', rules)).toEqual(['html', 'page']);
    expect(tagsFor('img/a.png', rules)).toEqual([]);
  });

  test.each([
    ['**/*.html: my tag', 1, '"my tag" holds " " (U+0020)'],
    ['a/**: ok\n**/*.html: caf\u00e9', 2, '"caf\u00e9" holds "\u00e9" (U+00E9)'],
    ['**/*.html: a,,b', 1, 'a tag is empty'],
    [`x/**: ${'t'.repeat(257)}`, 1, 'is 257 characters, at most 256'],
    ['**/*.html', 1, 'expected "GLOB: VALUE"'],
    [`**: ${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}`, 1, 'has 51 tags; CloudFront keeps at most 50'],
  ])('%j is refused naming line %i', (text, line, reason) => {
    let error: unknown;
    try {
      parseCacheTagRules(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSyntaxError);
    expect((error as RuleSyntaxError).line).toBe(line);
    expect((error as Error).message).toContain(reason);
  });

  test('tags are visible ASCII 33-126 without commas, 1 to 256 characters', () => {
    expect(tagProblem('product:electronics')).toBeUndefined();
    expect(tagProblem('!~')).toBeUndefined();
    expect(tagProblem('t'.repeat(256))).toBeUndefined();
    expect(tagProblem('a,b')).toContain('without commas');
    expect(tagProblem('tab\there')).toContain('U+0009');
  });

  test('more than 50 tags on one file from several rules is an error naming the file', () => {
    const half = (from: number) => Array.from({ length: 30 }, (_, i) => `t${from + i}`).join(',');
    const rules = parseCacheTagRules(`**: ${half(0)}\n**/*.html: ${half(100)}`);
    expect(() => tagsFor('a.html', rules)).toThrow('a.html gets 60 tags');
  });

  test('the header must be an x-amz-meta- header for S3 to send it', () => {
    expect(tagMetadataName('x-amz-meta-cache-tag', 'x')).toBe('cache-tag');
    expect(tagMetadataName('X-Amz-Meta-Tags', 'x')).toBe('tags');
    expect(() => tagMetadataName('Cache-Tag', 'cache-tag-header')).toThrow(
      'Input "cache-tags": cache-tag-header names the cache tag header "Cache-Tag", which S3 cannot send',
    );
  });
});

describe('tags in the headers', () => {
  const cacheTags = parseCacheTagRules('**/*.html: html');
  const base = { cacheControl: [], metadata: { owner: 'web' } };

  test('stored as metadata under each name, recorded in cacheTags, part of the digest', () => {
    const tagged = headersFor('a.html', { ...base, cacheTags, cacheTagNames: ['cache-tag'] });
    expect(tagged.metadata).toEqual({ owner: 'web', 'cache-tag': 'html' });
    expect(tagged.cacheTags).toEqual(['html']);
    const untagged = headersFor('a.html', base);
    expect(headersDigest(tagged)).not.toBe(headersDigest(untagged));
    // A file no rule tags keeps the digest it had before the rule: it is not re-uploaded.
    const css = headersFor('a.css', { ...base, cacheTags, cacheTagNames: ['cache-tag'] });
    expect(headersDigest(css)).toBe(headersDigest(headersFor('a.css', base)));
    expect(css.cacheTags).toBeUndefined();
  });

  test('more than S3 2 KB of metadata is an error naming the file', () => {
    const long = parseCacheTagRules(`**: ${Array.from({ length: 10 }, (_, i) => `${i}${'t'.repeat(250)}`).join(',')}`);
    expect(() => headersFor('a.html', { ...base, cacheTags: long, cacheTagNames: ['cache-tag'] })).toThrow(
      /a\.html's tags make \d+ bytes of metadata; S3 allows 2048/,
    );
  });
});

describe('comments in multi-line inputs', () => {
  test('"#" alone or followed by whitespace is a comment; "#html" is an item', () => {
    expect(['#', '# note', '#\tnote'].map(isComment)).toEqual([true, true, true]);
    expect(['#html', '#product:tv', '/a#b'].map(isComment)).toEqual([false, false, false]);
    const read = () => '# purge\n#html\n\n/index.html\n#';
    expect(lines(read, 'invalidation-paths')).toEqual(['#html', '/index.html']);
    expect(parseLastGlobs('# last\nsw.js').map((g) => g.glob)).toEqual(['sw.js']);
  });
});
