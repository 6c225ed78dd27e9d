/** The keys a release's redirect rules take in the release store, and the UpdateKeys batches that write them. */

import { parseRedirects } from '../../src/core/redirects.js';
import { KVS_CHANGES_PER_UPDATE, releaseRedirectKeys, updateBatches } from '../../src/core/release-redirects.js';

const keysOf = (text: string, files: string[] = []) =>
  releaseRedirectKeys(parseRedirects(text), { name: 'site', id: 'r7', files: new Set(files) });

describe('releaseRedirectKeys', () => {
  test('exact rules key the decoded path under the release; splats are grouped by folder, longest first', () => {
    const { puts, skipped } = keysOf(
      ['/old/ /new/', '/caf%C3%A9 /cafe 302', '/blog/* /news/:splat', '/blog/2019/* /a/:splat 308', '/blog/x* /x'].join(
        '\n',
      ),
    );
    expect(Object.fromEntries(puts)).toEqual({
      'site:r:r7:/old/': '301 /new/',
      'site:r:r7:/café': '302 /cafe',
      'site:s:r7': '3',
      'site:s:r7:/blog/': 'x\t301\t/x\n\t301\t/news/:splat',
      'site:s:r7:/blog/2019/': '\t308\t/a/:splat',
    });
    expect(skipped).toEqual([]);
  });

  test('an exact rule whose source the release serves is skipped unless forced', () => {
    const files = ['old/index.html', 'guide.html', 'about/index.html'];
    const { puts, skipped } = keysOf('/old/ /new/\n/guide.html /g\n/about /a 301!', files);
    expect([...puts.keys()]).toEqual(['site:r:r7:/about']);
    expect(skipped.map(({ rule, file }) => [rule.line, file])).toEqual([
      [1, 'old/index.html'],
      [2, 'guide.html'],
    ]);
  });

  test('a splat over files of the release needs !', () => {
    expect(() => keysOf('# moved\n/blog/* /news/:splat', ['blog/a.html'])).toThrow(
      /^line 2: splat "\/blog\/\*" covers files of the site \(blog\/a\.html\)/,
    );
    expect([...keysOf('/blog/* /news/:splat 301!', ['blog/a.html']).puts.keys()]).toEqual([
      'site:s:r7:/blog/',
      'site:s:r7',
    ]);
    expect(keysOf('/docs* /manual/:splat').puts.get('site:s:r7')).toBe('1');
  });

  test('keys and values beyond the store limits name the line', () => {
    expect(() => keysOf(`/ok /a\n/${'a'.repeat(520)} /b`)).toThrow(
      /^line 2: .*store key is 531 characters; the store allows 512/,
    );
    expect(() => keysOf(`/x https://example.com/${'b'.repeat(1100)}`)).toThrow(/^line 1: .*allows 1024/);
    const many = Array.from({ length: 60 }, (_, i) => `/f/p${i}* /to/${'c'.repeat(10)}/:splat`).join('\n');
    expect(() => keysOf(many)).toThrow(/^line 60: the splats in \/f\/: the stored value is \d+ characters/);
  });
});

describe('updateBatches', () => {
  test(`at most ${KVS_CHANGES_PER_UPDATE} changes a batch, puts then deletes, every change once`, () => {
    const puts = new Map(Array.from({ length: 120 }, (_, i) => [`k${String(i).padStart(3, '0')}`, `v${i}`]));
    const deletes = Array.from({ length: 15 }, (_, i) => `d${i}`);
    const batches = updateBatches({ puts, deletes });
    expect(batches.map((b) => [Object.keys(b.puts ?? {}).length, b.deletes?.length ?? 0])).toEqual([
      [50, 0],
      [50, 0],
      [20, 15],
    ]);
    expect(Object.assign({}, ...batches.map((b) => b.puts))).toEqual(Object.fromEntries(puts));
    expect(updateBatches({})).toEqual([]);
  });
});
