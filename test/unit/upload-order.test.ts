import { createHash } from 'node:crypto';
import { parseHeaderRules } from '../../src/core/header-rules.js';
import { type HeaderRules, headersDigest, headersFor } from '../../src/core/headers.js';
import { immutableChanges, immutableError, immutableWarning, isImmutable } from '../../src/core/immutable-guard.js';
import type { Manifest } from '../../src/core/manifest.js';
import { type PlanInput, planDeploy } from '../../src/core/plan.js';
import { parseGlobRules } from '../../src/core/rules.js';
import type { RemoteObject, SiteFile } from '../../src/core/types.js';
import { parseLastGlobs } from '../../src/core/upload-phases.js';

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
const file = (rel: string, content: string): SiteFile => ({
  rel,
  absPath: `/site/${rel}`,
  size: Buffer.byteLength(content),
  md5: md5(content),
  sha256: createHash('sha256').update(content).digest('hex'),
});
const stored = (key: string, content: string): RemoteObject => ({
  key,
  etag: md5(content),
  size: Buffer.byteLength(content),
});
const IMMUTABLE = 'assets/**: public, max-age=31536000, immutable\n**/*.html: no-cache';
const rulesOf = (cacheControl: string, metadata: Record<string, string> = {}): HeaderRules => ({
  cacheControl: parseGlobRules(cacheControl),
  metadata,
});
const entry = (rel: string, content: string, rules: HeaderRules) => ({
  etag: md5(content),
  size: Buffer.byteLength(content),
  md5: md5(content),
  headers: headersDigest(headersFor(rel, rules)),
});
const plan = (input: Partial<PlanInput> & { rules?: HeaderRules }) =>
  planDeploy({
    files: [],
    remote: [],
    manifest: new Map(),
    prefix: '',
    deleteRemoved: false,
    headersFor: (rel) => headersFor(rel, input.rules ?? rulesOf(IMMUTABLE)),
    ...input,
  });

describe('upload phases: assets, HTML, then upload-last in the order of its globs', () => {
  const files = [
    file('index.html', '<h1>home</h1>'),
    file('docs/index.html', '<h1>docs</h1>'),
    file('sw.js', 'self.addEventListener("fetch", () => {})'),
    file('search-index.json', '{"pages":["/","/docs/"]}'),
    file('sitemap.xml', '<urlset/>'),
    file('assets/app.js', 'console.log(1)'),
    file('assets/big.css', 'body { margin: 0 }'),
    file('404.html', '<h1>404</h1>'),
  ];

  test('without upload-last: assets (largest first), then pages', () => {
    const result = plan({ files });
    expect(result.phases.map((phase) => [phase.name, phase.steps.map((step) => step.key)])).toEqual([
      ['assets', ['sw.js', 'search-index.json', 'assets/big.css', 'assets/app.js', 'sitemap.xml']],
      ['pages', ['docs/index.html', 'index.html', '404.html']],
    ]);
  });

  test('upload-last globs come after every page, one phase per glob, in the order given', () => {
    const uploadLast = parseLastGlobs('sw.js\n# the sitemap names pages\nsitemap.xml\n**/search-index.json\n404.html');
    const result = plan({ files, uploadLast });
    expect(result.phases.map((phase) => (phase.name === 'last' ? `last ${phase.glob}` : phase.name))).toEqual([
      'assets',
      'pages',
      'last sw.js',
      'last sitemap.xml',
      'last **/search-index.json',
      'last 404.html',
    ]);
    expect(result.uploads.map((step) => step.key)).toEqual([
      'assets/big.css',
      'assets/app.js',
      'docs/index.html',
      'index.html',
      'sw.js',
      'sitemap.xml',
      'search-index.json',
      '404.html',
    ]);
  });

  test('a file matching two globs goes with the first; a glob matching nothing changed leaves no empty phase', () => {
    const result = plan({
      files: [file('a.json', '1'), file('b.json', '2')],
      uploadLast: parseLastGlobs('nothing-here.txt\nb.json\n*.json'),
    });
    expect(
      result.phases.map((phase) => [phase.name === 'last' ? phase.glob : phase.name, phase.steps.map((s) => s.key)]),
    ).toEqual([
      ['b.json', ['b.json']],
      ['*.json', ['a.json']],
    ]);
  });

  test('an extensionless file typed text/html by a header rule is a page', () => {
    const rules = { ...rulesOf(''), headers: parseHeaderRules('about: Content-Type: text/html; charset=utf-8') };
    const result = plan({ files: [file('about', '<h1>'), file('x.js', '1')], rules });
    expect(result.phases.map((phase) => [phase.name, phase.steps.map((s) => s.key)])).toEqual([
      ['assets', ['x.js']],
      ['pages', ['about']],
    ]);
  });

  test.each(['/sw.js', '../sw.js'])('refuses %j', (glob) => {
    expect(() => parseLastGlobs(`ok.js\n${glob}`)).toThrow(/line 2: the glob .* must be relative to source-dir/);
  });
});

describe('the immutability guard', () => {
  const rules = rulesOf(IMMUTABLE);
  const guard = (input: Partial<PlanInput> & { rules?: HeaderRules }) => {
    const result = plan(input);
    return immutableChanges(result.uploads, input.remote ?? [], input.manifest ?? new Map());
  };
  const oldApp = 'console.log("v1")';
  const newApp = 'console.log("v2")';
  const deployed: Manifest = new Map([['assets/app.js', entry('assets/app.js', oldApp, rules)]]);

  test('an immutable key recorded with these same headers and changed in place is a known outage', () => {
    expect(
      guard({ files: [file('assets/app.js', newApp)], remote: [stored('assets/app.js', oldApp)], manifest: deployed }),
    ).toEqual([{ key: 'assets/app.js', certainty: 'known' }]);
  });

  test.each<[string, Partial<PlanInput> & { rules?: HeaderRules }]>([
    ['a first deploy', { files: [file('assets/app.js', newApp)] }],
    [
      'the same content',
      { files: [file('assets/app.js', oldApp)], remote: [stored('assets/app.js', oldApp)], manifest: deployed },
    ],
    [
      'same content, headers unknown (no manifest)',
      { files: [file('assets/app.js', oldApp)], remote: [stored('assets/app.js', oldApp)] },
    ],
    [
      'a changed page (no-cache)',
      {
        files: [file('index.html', '<p>2')],
        remote: [stored('index.html', '<p>1')],
        manifest: new Map([['index.html', entry('index.html', '<p>1', rules)]]),
      },
    ],
    [
      'the rule was changed away from immutable (the fix)',
      {
        files: [file('assets/app.js', newApp)],
        remote: [stored('assets/app.js', oldApp)],
        manifest: deployed,
        rules: rulesOf('assets/**: no-cache'),
      },
    ],
  ])('%s is no immutable change', (_name, input) => {
    expect(guard(input)).toEqual([]);
  });

  test.each<[string, Partial<PlanInput> & { rules?: HeaderRules }]>([
    [
      'no manifest entry: another tool wrote it',
      { files: [file('assets/app.js', newApp)], remote: [stored('assets/app.js', oldApp)] },
    ],
    [
      'recorded with other headers: its Cache-Control is unknown',
      {
        files: [file('assets/app.js', newApp)],
        remote: [stored('assets/app.js', oldApp)],
        manifest: deployed,
        rules: rulesOf(IMMUTABLE, { owner: 'web' }),
      },
    ],
    [
      'an entry no longer trusted (the object changed since)',
      {
        files: [file('assets/app.js', newApp)],
        remote: [stored('assets/app.js', 'console.log("v0")')],
        manifest: deployed,
      },
    ],
  ])('%s: a possible one, only warned about', (_name, input) => {
    expect(guard(input)).toEqual([{ key: 'assets/app.js', certainty: 'possible' }]);
  });

  test.each([
    ['public, max-age=31536000, immutable', true],
    ['Immutable', true],
    ['max-age=60,immutable', true],
    ['no-cache', false],
    ['x-immutable-ish', false],
    [undefined, false],
  ])('isImmutable(%j) is %s', (value, expected) => {
    expect(isImmutable(value)).toBe(expected);
  });

  test('the error names up to 10 keys and the fix', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `assets/f${i}.js`);
    const message = immutableError(keys);
    expect(message).toMatch(/^12 file\(s\) served with Cache-Control "immutable" changed content under the same name/);
    expect(message).toContain('Nothing was written');
    expect(message).toContain('content-hashed name');
    expect(message).toContain('change its cache rule');
    expect(message).toContain('allow-immutable-changes: true');
    expect(message).toContain('assets/f9.js, and 2 more');
    expect(message).not.toContain('assets/f10.js');
    expect(immutableWarning({ key: 'a.js', certainty: 'known' })).toMatch(
      /^a\.js: served with Cache-Control "immutable"/,
    );
    expect(immutableWarning({ key: 'a.js', certainty: 'possible' })).toMatch(/unknown/);
  });
});
