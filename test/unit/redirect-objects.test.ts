import { headersDigest, headersFor } from '../../src/core/headers.js';
import { siteResult } from '../../src/core/outcome.js';
import { nextManifest, type PlanInput, planDeploy } from '../../src/core/plan.js';
import { skippedRedirectsNotice, websiteRedirects } from '../../src/core/redirect-objects.js';
import { parseRedirects } from '../../src/core/redirects.js';
import { file, rules, stored } from '../support/plan-fixtures.js';

const site = (files: string[], indexDocument = 'index.html') => ({ files: new Set(files), indexDocument });
const objects = (text: string, files: string[] = [], indexDocument?: string) =>
  websiteRedirects(parseRedirects(text), site(files, indexDocument));

describe('websiteRedirects keys each exact rule as pages are keyed', () => {
  test.each([
    ['/old/ /new/', 'old/index.html'],
    ['/old /new/', 'old'],
    ['/old.html /new.html', 'old.html'],
    ['/ https://example.com/', 'index.html'],
    ['/caf%C3%A9/ /coffee/', 'café/index.html'],
  ])('%s → %s', (text, rel) => {
    const [object] = objects(text).objects;
    expect(object).toEqual({ rel, location: text.split(' ')[1], line: 1 });
  });

  test('"/dir/" with another index document', () => {
    expect(objects('/d/ /e/', [], 'default.htm').objects[0]?.rel).toBe('d/default.htm');
  });

  test('a rule the site serves is skipped, the file winning; with ! it replaces the file at its key', () => {
    const files = ['about/index.html', 'team', 'docs/index.html'];
    const result = objects('/about/ /us/\n/team /people/\n/docs /manual/\n/docs/ /manual/ 301!', files);
    expect(result.skipped.map(({ rule, file }) => [rule.line, file])).toEqual([
      [1, 'about/index.html'],
      [2, 'team'],
      [3, 'docs/index.html'],
    ]);
    expect(result.objects).toEqual([{ rel: 'docs/index.html', location: '/manual/', line: 4 }]);
    expect([...result.replaced]).toEqual(['docs/index.html']);
    expect(skippedRedirectsNotice(result.skipped)).toBe(
      "redirects-file: 3 rule(s) skipped, the site's file wins: line 1 (/about/: the site has about/index.html); " +
        'line 2 (/team: the site has team); line 3 (/docs: the site has docs/index.html). ' +
        'Add ! after the status (301!) to replace the file with the redirect.',
    );
  });

  test.each([
    ['/blog/* /news/:splat', 'line 1: "/blog/*" is a splat: S3 website redirects can only redirect exact paths'],
    ['/a /b 302', 'line 1: status 302: S3 website redirects always answer 301'],
    ['/a/ /b 301\n/a/index.html /c', 'line 2: "/a/index.html" is the key a/index.html, as on line 1'],
    [`/a /${'x'.repeat(2048)}`, 'line 1: target is 2049 bytes long; S3 allows 2048'],
  ])('%s is refused naming the line', (text, message) => {
    expect(() => objects(text)).toThrow(message);
  });

  test('a "/dir/" source without an index document is refused', () => {
    expect(() => objects('/a/ /b/', [], '')).toThrow('line 1: "/a/" ends in /: keying it needs index-document');
  });
});

describe('planDeploy plans redirect objects like files', () => {
  const headers = (rel: string) => headersFor(rel, rules);
  const redirect = { rel: 'old/index.html', location: '/new/', line: 1 };
  const EMPTY_MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const input = (overrides: Partial<PlanInput>): PlanInput => ({
    files: [file('new/index.html', '<h1>')],
    remote: [],
    manifest: new Map(),
    prefix: 'www/',
    headersFor: headers,
    deleteRemoved: true,
    redirects: [redirect],
    ...overrides,
  });
  const recorded = (location: string) =>
    new Map([
      [
        'old/index.html',
        {
          etag: EMPTY_MD5,
          size: 0,
          md5: EMPTY_MD5,
          sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          headers: headersDigest({ ...headers('old/index.html'), websiteRedirectLocation: location }),
        },
      ],
    ]);

  test('a new redirect is an empty upload carrying its target, recorded in the manifest', () => {
    const plan = planDeploy(input({}));
    const step = plan.uploads.find((s) => s.key === 'www/old/index.html');
    expect(step).toMatchObject({ reason: 'new', redirect, file: { size: 0, md5: EMPTY_MD5 } });
    expect(step?.headers).toMatchObject({ websiteRedirectLocation: '/new/', cacheControl: 'no-cache' });
    const uploaded = new Map(plan.uploads.map((s) => [s.key, s.file.md5]));
    const run = { plan, previous: new Map(), remote: [], prefix: 'www/', uploaded, deleted: new Set<string>() };
    expect(nextManifest(run).get('old/index.html')).toEqual(recorded('/new/').get('old/index.html'));
  });

  test('a redirect changes its key (to invalidate) but is no page to review', () => {
    const context = { target: 's3://b/www/', localCount: 1, remoteCount: 0, durationMs: 0 };
    const { changes, changedKeys } = siteResult(planDeploy(input({})), 'dry run', context);
    expect(changedKeys).toEqual(['www/new/index.html', 'www/old/index.html']);
    expect(changes.map((change) => [change.key, change.page])).toEqual([
      ['www/new/index.html', true],
      ['www/old/index.html', false],
    ]);
  });

  test('an unchanged redirect is skipped; a changed target is uploaded again', () => {
    const remote = [stored('www/old/index.html', '')];
    expect(planDeploy(input({ remote, manifest: recorded('/new/') })).skips.map((s) => s.key)).toEqual([
      'www/old/index.html',
    ]);
    const changed = planDeploy(input({ remote, manifest: recorded('/elsewhere/') }));
    expect(changed.uploads.map((s) => [s.key, s.reason])).toEqual([
      ['www/new/index.html', 'new'],
      ['www/old/index.html', 'headers changed'],
    ]);
  });

  test('a removed rule deletes its object, as a removed file is', () => {
    const remote = [stored('www/old/index.html', '')];
    const plan = planDeploy(input({ remote, manifest: recorded('/new/'), redirects: [] }));
    expect(plan.deletes.map((s) => s.key)).toEqual(['www/old/index.html']);
  });

  test('a redirect at a key the site has a file for is refused', () => {
    expect(() => planDeploy(input({ files: [file('old/index.html', '<h1>')] }))).toThrow(
      'old/index.html is both a file of the site and a redirect',
    );
  });
});
