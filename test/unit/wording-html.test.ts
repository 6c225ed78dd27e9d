/** How results read as HTML: the job summary's elements, the preview and the pull request comment, each compared whole. */
import type { DistributionInvalidation, SiteResult } from '../../src/core/outcome.js';
import type { PageLink } from '../../src/core/page-urls.js';
import { commentBody, escapeHtml, jobSummary, linksHtml, previewSummary } from '../../src/core/wording-html.js';
import { del, HTML, invalidation, MIXED, plan, result, upload } from '../support/result-fixtures.js';

test.each([
  ['plain', 'plain'],
  ['a & b', 'a &#38; b'],
  ['<b>"x"</b>', '&#60;b&#62;&#34;x&#34;&#60;/b&#62;'],
  ["it's", 'it&#39;s'],
])('escapeHtml(%j) is %j', (text, html) => {
  expect(escapeHtml(text)).toBe(html);
});

const OWED = new Map([
  ['E1', ['www/index.html', 'www/x.html']],
  ['E2', ['www/app.css']],
]);
const INVALIDATIONS = [
  invalidation('E1', ['/index.html', '/x.html'], ['I1'], 'Completed'),
  invalidation('E2', [], [], 'None'),
];
const INVALIDATION_ELEMENTS = [
  '<table><tr><th>Distribution</th><th>Invalidations</th><th>Paths</th><th>Status</th></tr>' +
    '<tr><td>E1</td><td>I1</td><td>2</td><td>Completed</td></tr><tr><td>E2</td><td>-</td><td>0</td><td>None</td></tr></table>',
  '<details><summary>Invalidation paths of E1 (2)</summary><pre>/index.html\n/x.html</pre></details>',
];
const MANY_DELETES = plan({
  deletes: Array.from({ length: 52 }, (_, i) => del(`www/f${String(i).padStart(2, '0')}.css`)),
});

test.each<[string, boolean, SiteResult | undefined, DistributionInvalidation[] | undefined, string[]]>([
  ['nothing run: no summary', false, undefined, undefined, []],
  [
    'a deploy: counts, reasons, pages first, what it kept, the earlier debt, then the invalidations',
    false,
    result(MIXED, 'done', OWED),
    INVALIDATIONS,
    [
      '<h2>S3 CloudFront deploy</h2>',
      '<p>Deployed s3://site/www/: 2 uploaded (1.3 KiB), 1 unchanged, 1 deleted, 4 kept in 0.4 s. ' +
        'E1: 2 path(s) in I1: Completed. E2: nothing to invalidate.</p>',
      '<table><tr><th>Uploaded</th><th>Unchanged</th><th>Deleted</th><th>Bytes uploaded</th><th>Time</th></tr>' +
        '<tr><td>2</td><td>1</td><td>1</td><td>1.3 KiB</td><td>0.4 s</td></tr></table>',
      '<table><tr><th>Why uploaded</th><th>Files</th></tr>' +
        '<tr><td>content changed</td><td>1</td></tr><tr><td>new</td><td>1</td></tr></table>',
      '<details><summary>Changed pages (1)</summary><pre>uploaded  www/index.html  (new)</pre></details>',
      '<details><summary>Other changed files (2)</summary>' +
        '<pre>uploaded  www/app.css  (content changed)\ndeleted  www/old.js  (removed locally)</pre></details>',
      '<details><summary>Kept, not deleted (4)</summary><pre>' +
        'kept    www/chunk.js  (removed, kept until 2026-11-23 11:00 UTC)\n' +
        'kept    www/robots.txt  (preserved)\n' +
        'kept    www/pr-1/  (2 object(s): belongs to the deploy under www/pr-1/)</pre></details>',
      '<details><summary>Changed by an earlier run, still owed an invalidation by E1 (1)</summary>' +
        '<pre>www/x.html</pre></details>',
      ...INVALIDATION_ELEMENTS,
    ],
  ],
  [
    'a dry run: would-be counts, keys escaped and made safe, and the full plan',
    true,
    result(
      plan({ uploads: [upload('www/a&b.html', 2048, 'new', HTML), upload('www/x\n::warning::y.css', 1, 'new')] }),
      'dry run',
    ),
    undefined,
    [
      '<h2>S3 CloudFront deploy (dry run)</h2>',
      '<p>Dry run, nothing written. s3://site/www/ would get: 2 uploaded (2.0 KiB), 0 unchanged, 0 deleted (planned in 0.4 s).</p>',
      '<table><tr><th>Would upload</th><th>Unchanged</th><th>Would delete</th><th>Bytes to upload</th><th>Time</th></tr>' +
        '<tr><td>2</td><td>0</td><td>0</td><td>2.0 KiB</td><td>0.4 s</td></tr></table>',
      '<table><tr><th>Why uploaded</th><th>Files</th></tr><tr><td>new</td><td>2</td></tr></table>',
      '<details><summary>Changed pages (1)</summary><pre>would be uploaded  www/a&#38;b.html  (new)</pre></details>',
      '<details><summary>Other changed files (1)</summary>' +
        '<pre>would be uploaded  www/x\\n::warning::y.css  (new)</pre></details>',
      '<details><summary>Full plan</summary><pre>' +
        'upload  www/a&#38;b.html  (new; text/html; charset=utf-8; no-cache)\n' +
        'upload  www/x\\n::warning::y.css  (new; text/css; charset=utf-8)</pre></details>',
    ],
  ],
  [
    'a long list: the first 50 lines and where the rest are',
    false,
    result(MANY_DELETES),
    undefined,
    [
      '<h2>S3 CloudFront deploy</h2>',
      '<p>Deployed s3://site/www/: 0 uploaded (0 B), 0 unchanged, 52 deleted in 0.4 s.</p>',
      '<table><tr><th>Uploaded</th><th>Unchanged</th><th>Deleted</th><th>Bytes uploaded</th><th>Time</th></tr>' +
        '<tr><td>0</td><td>0</td><td>52</td><td>0 B</td><td>0.4 s</td></tr></table>',
      '<details><summary>Other changed files (52)</summary><pre>' +
        Array.from(
          { length: 50 },
          (_, i) => `deleted  www/f${String(i).padStart(2, '0')}.css  (removed locally)\n`,
        ).join('') +
        '… and 2 more in the changed-keys output</pre></details>',
    ],
  ],
  [
    'invalidations alone',
    false,
    undefined,
    INVALIDATIONS,
    [
      '<h2>S3 CloudFront deploy</h2>',
      '<p>E1: 2 path(s) in I1: Completed. E2: nothing to invalidate.</p>',
      ...INVALIDATION_ELEMENTS,
    ],
  ],
])('jobSummary: %s', (_, dryRun, deployed, invalidations, elements) => {
  expect(jobSummary(dryRun, deployed, invalidations)).toEqual(elements);
});

test('jobSummary of a refused deploy: what stopped it and the fix, escaped', () => {
  const reason =
    'this deploy would delete 4 objects under s3://b/<x>/, more than max-deletes (0). Nothing was changed.';
  expect(jobSummary(true, undefined, undefined, reason)).toEqual([
    '<h2>S3 CloudFront deploy (dry run)</h2>',
    '<p><strong>Refused:</strong> this deploy would delete 4 objects under s3://b/&#60;x&#62;/, more than max-deletes (0). Nothing was changed.</p>',
  ]);
});

const SITE = 'https://preview.example.com/pr-42/';
const DOCS: PageLink = { url: `${SITE}docs/`, label: 'docs/' };

test.each<[string, readonly PageLink[], boolean, string[]]>([
  [
    'the changed pages',
    [DOCS],
    false,
    [
      '<h3>Preview</h3>',
      `<p><a href="${SITE}">${SITE}</a></p>`,
      '<p>Changed pages (1):</p>',
      `<ul>\n<li><a href="${SITE}docs/">docs/</a></li>\n</ul>`,
    ],
  ],
  [
    'a dry run that changes no page',
    [],
    true,
    [
      '<h3>Preview</h3>',
      `<p><a href="${SITE}">${SITE}</a></p>`,
      '<p>Pages that would change (0):</p>',
      '<p>No page changed.</p>',
    ],
  ],
])('previewSummary: %s', (_, links, dryRun, elements) => {
  expect(previewSummary(SITE, links, dryRun)).toEqual(elements);
});

test.each<[string, Parameters<typeof commentBody>[0], string]>([
  [
    'with the commit',
    { target: 's3://site/pr-42/', siteUrl: SITE, links: [DOCS], commit: '0123456789abcdef0123' },
    '<!-- s3-cloudfront-deploy preview s3://site/pr-42/ -->\n' +
      `<strong>Preview</strong>: <a href="${SITE}">${SITE}</a>\n` +
      '\n' +
      '<p>1 page(s) changed by the last deploy at 0123456789ab:</p>\n' +
      `<ul>\n<li><a href="${SITE}docs/">docs/</a></li>\n</ul>`,
  ],
  [
    'without a commit or a changed page, the site escaped',
    { target: 's3://site/', siteUrl: 'https://x/?a=1&b=2', links: [] },
    '<!-- s3-cloudfront-deploy preview s3://site/ -->\n' +
      '<strong>Preview</strong>: <a href="https://x/?a=1&#38;b=2">https://x/?a=1&#38;b=2</a>\n' +
      '\n' +
      '<p>0 page(s) changed by the last deploy:</p>\n' +
      '<p>No page changed.</p>',
  ],
])('commentBody %s', (_, content, body) => {
  expect(commentBody(content)).toBe(body);
});

test('linksHtml shows so many links, then how many more', () => {
  const links = ['a', 'b', 'c'].map((name) => ({ url: `${SITE}${name}.html`, label: `${name}.html` }));
  expect(linksHtml(links, 2)).toBe(
    `<ul>\n<li><a href="${SITE}a.html">a.html</a></li>\n<li><a href="${SITE}b.html">b.html</a></li>\n</ul>` +
      '<p>… and 1 more (the page-urls output holds them all).</p>',
  );
});

test('the job summary says which cache tag stands for which changed keys, before the paths', () => {
  const tagged = {
    ...invalidation('E1', ['/app.js', '#html'], ['I1'], 'Completed'),
    tags: [{ tag: 'html', changedKeys: 1200, unchanged: 3 }],
  };
  expect(jobSummary(false, undefined, [tagged]).slice(-2)).toEqual([
    '<p>E1: cache tags stand for 1200 changed key(s) instead of paths: #html (1200 changed, 3 unchanged purged too).</p>',
    '<details><summary>Invalidation paths of E1 (2)</summary><pre>/app.js\n#html</pre></details>',
  ]);
});
