import type { Change } from '../../src/core/outcome.js';
import { changedPageLinks, pageLink } from '../../src/core/page-urls.js';
import { commentBody, commentMarker, linksHtml } from '../../src/core/wording-html.js';

const site = { siteUrl: 'https://preview.example.com/pr-42/', indexDocument: 'index.html' };

describe('pageLink maps a page the way invalidation maps its key', () => {
  test.each([
    ['index.html', 'https://preview.example.com/pr-42/', '/'],
    ['docs/index.html', 'https://preview.example.com/pr-42/docs/', 'docs/'],
    [
      'docs/getting started.html',
      'https://preview.example.com/pr-42/docs/getting%20started.html',
      'docs/getting started.html',
    ],
    ['café/menü.html', 'https://preview.example.com/pr-42/caf%C3%A9/men%C3%BC.html', 'café/menü.html'],
    ['q?.html', 'https://preview.example.com/pr-42/q%3F.html', 'q?.html'],
    ['a#b.html', 'https://preview.example.com/pr-42/a%23b.html', 'a#b.html'],
    ['404.html', 'https://preview.example.com/pr-42/404.html', '404.html'],
    [
      'not-index.html.bak/index.htmlx',
      'https://preview.example.com/pr-42/not-index.html.bak/index.htmlx',
      'not-index.html.bak/index.htmlx',
    ],
  ])('%s → %s', (rel, url, label) => {
    expect(pageLink(rel, site)).toEqual({ url, label });
  });

  test('without an index document every page is linked by its file name', () => {
    expect(pageLink('docs/index.html', { ...site, indexDocument: '' }).url).toBe(
      'https://preview.example.com/pr-42/docs/index.html',
    );
  });
});

describe('changedPageLinks', () => {
  const change = (key: string, action: Change['action'], page: boolean): Change => ({
    key,
    action,
    page,
    reason: action === 'deleted' ? 'removed locally' : 'new',
  });

  test('uploaded pages under the prefix, in key order; assets and deleted pages are not linked', () => {
    const changes = [
      change('pr-42/assets/app.css', 'uploaded', false),
      change('pr-42/docs/index.html', 'uploaded', true),
      change('pr-42/index.html', 'uploaded', true),
      change('pr-42/old.html', 'deleted', true),
    ];
    expect(changedPageLinks(changes, { ...site, prefix: 'pr-42/' }).map((link) => link.url)).toEqual([
      'https://preview.example.com/pr-42/docs/',
      'https://preview.example.com/pr-42/',
    ]);
  });
});

describe('the preview HTML', () => {
  const links = Array.from({ length: 30 }, (_, i) => pageLink(`p${String(i).padStart(2, '0')}.html`, site));

  test('shows 25 links and says how many more', () => {
    const html = linksHtml(links);
    expect(html.match(/<li>/g)).toHaveLength(25);
    expect(html).toContain('… and 5 more (the page-urls output holds them all).');
    expect(linksHtml([])).toBe('<p>No page changed.</p>');
  });

  test('file names are escaped, never markup', () => {
    const html = linksHtml([{ url: 'https://x/%3Cb%3E.html', label: '<b>"x"\n.html' }]);
    expect(html).toContain('&#60;b&#62;&#34;x&#34;\\u000a.html');
    expect(html).not.toContain('<b>');
  });

  test('the comment starts with its marker, one per deploy target, and cannot be closed early by a prefix', () => {
    const body = commentBody({
      target: 's3://site/pr-42/',
      siteUrl: site.siteUrl,
      links: links.slice(0, 2),
      commit: '0123456789abcdef0123',
    });
    expect(body.startsWith(commentMarker('s3://site/pr-42/'))).toBe(true);
    expect(body).toContain('<a href="https://preview.example.com/pr-42/">https://preview.example.com/pr-42/</a>');
    expect(body).toContain('2 page(s) changed by the last deploy at 0123456789ab:');
    expect(commentMarker('s3://site/pr-42/')).not.toBe(commentMarker('s3://site/pr-43/'));
    expect(commentMarker('s3://site/a-->b/')).toMatch(/^<!-- [^>]*-->$/);
  });
});
