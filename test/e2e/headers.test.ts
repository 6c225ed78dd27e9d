/**
 * headers, the immutability guard and upload-last, through the built action against s3rver and moto,
 * the bucket read back with boto3 (and, for the order, the requests seen by a pass-through proxy).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { copySite, removeSites } from '../support/site.js';
import { startTapProxy } from '../support/tap-proxy.js';

const BUCKET = 'e2e-headers';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
const CACHE_RULES = '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable\n';
const HEADER_RULES = [
  'LICENSE: Content-Type: text/plain; charset=utf-8',
  '.well-known/apple-app-site-association: Content-Type: application/json',
  '**/*.wasm: Content-Type: application/wasm',
  'downloads/**: Content-Disposition: attachment',
  'downloads/**: x-amz-meta-owner: docs',
  'de/**: Content-Language: de',
  '**/*.js.gz: Content-Encoding: gzip',
  '**/*.js.gz: Content-Type: text/javascript; charset=utf-8',
  'old.html: x-amz-website-redirect-location: /docs/',
  'old.html: Expires: Wed, 21 Oct 2026 07:28:00 GMT',
  'sw.js: Cache-Control: no-store',
].join('\n');

interface Server {
  endpoint: string;
  stop(): Promise<void>;
}

const servers: [string, () => Promise<Server>][] = [
  ['s3rver', () => startS3rver({ buckets: [BUCKET] })],
  ['moto_server', () => startMoto({ buckets: [BUCKET] })],
];

async function addFiles(site: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(join(site, rel, '..'), { recursive: true });
    await writeFile(join(site, rel), content);
  }
}

describe.each(servers)('headers, guard and order with dist/index.js on %s', (_name, start) => {
  let server: Server;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.stop();
    await removeSites();
  });

  const deploy = (inputs: Record<string, string>, endpoint = server.endpoint): Promise<ActionRun> =>
    runAction({ bucket: BUCKET, ...inputs }, { env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: endpoint } });
  const state = (prefix: string) => bucketState(server.endpoint, BUCKET, prefix);

  test('every allowed header is stored as the rules say; a changed rule re-uploads exactly the files it affects', async () => {
    const site = await copySite();
    await addFiles(site, {
      LICENSE: 'MIT',
      '.well-known/apple-app-site-association': '{"applinks":{}}',
      'pkg/app.wasm': Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
      'downloads/report.pdf': '%PDF-1.4',
      'de/index.html': '<h1>Hallo</h1>',
      'assets/app.js.gz': Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      'old.html': '<p>moved</p>',
      'sw.js': 'self.addEventListener("fetch", () => {})',
    });
    const inputs = {
      'source-dir': site,
      prefix: 'h',
      'cache-control': CACHE_RULES,
      headers: HEADER_RULES,
      include: '**\n.well-known/**',
    };
    const first = await deploy(inputs);
    expect(first.code).toBe(0);
    const stored = await state('h/');
    expect(stored['h/LICENSE']).toMatchObject({ contentType: 'text/plain; charset=utf-8', cacheControl: null });
    expect(stored['h/.well-known/apple-app-site-association']).toMatchObject({ contentType: 'application/json' });
    expect(stored['h/pkg/app.wasm']).toMatchObject({ contentType: 'application/wasm' });
    expect(stored['h/downloads/report.pdf']).toMatchObject({
      contentType: 'application/pdf',
      contentDisposition: 'attachment',
      metadata: { owner: 'docs' },
    });
    expect(stored['h/de/index.html']).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      contentLanguage: 'de',
      cacheControl: 'no-cache',
    });
    expect(stored['h/assets/app.js.gz']).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      contentEncoding: 'gzip',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(stored['h/old.html']).toMatchObject({
      websiteRedirectLocation: '/docs/',
      expires: 'Wed, 21 Oct 2026 07:28:00 GMT',
    });
    expect(stored['h/sw.js']).toMatchObject({
      cacheControl: 'no-store',
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(stored['h/index.html']).toMatchObject({
      contentDisposition: null,
      contentLanguage: null,
      contentEncoding: null,
      expires: null,
    });

    const changed = await deploy({
      ...inputs,
      headers: HEADER_RULES.replace('Content-Language: de', 'Content-Language: de-CH'),
    });
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.outputs['changed-keys'] ?? '')).toEqual(['h/de/index.html']);
    expect(changed.stdout).toContain('headers changed');
    expect((await state('h/'))['h/de/index.html']?.contentLanguage).toBe('de-CH');

    // mime-types already types .wasm as application/wasm: that rule changes nothing, so dropping it re-uploads nothing.
    const dropped = await deploy({ ...inputs, headers: '' });
    expect(JSON.parse(dropped.outputs['changed-keys'] ?? '').sort()).toEqual(
      [
        'h/.well-known/apple-app-site-association',
        'h/LICENSE',
        'h/assets/app.js.gz',
        'h/de/index.html',
        'h/downloads/report.pdf',
        'h/old.html',
        'h/sw.js',
      ].sort(),
    );
  });

  test('a header outside the allowed list stops the step before anything runs, naming the line', async () => {
    const run = await deploy({
      'source-dir': await copySite(),
      prefix: 'refused',
      headers: '**/*.wasm: Content-Type: application/wasm\n**: Set-Cookie: a=b',
    });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/::error::Input "headers": line 2: "Set-Cookie" is not a header this input can set/);
    expect(await state('refused/')).toEqual({});
  });

  test('an immutable asset edited in place fails the deploy with nothing written; allow-immutable-changes deploys it with a warning', async () => {
    const site = await copySite();
    const inputs = { 'source-dir': site, prefix: 'imm', 'cache-control': CACHE_RULES };
    expect((await deploy(inputs)).code).toBe(0);
    const before = await state('imm/');

    await writeFile(join(site, 'assets/app.css'), 'body { color: rebeccapurple }');
    await writeFile(join(site, 'index.html'), '<h1>edited</h1>');
    const refused = await deploy(inputs);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(
      /::error::1 file\(s\) served with Cache-Control "immutable" changed content under the same name: .*Nothing was written\. .*content-hashed name.*change its cache rule.*imm\/assets\/app\.css/,
    );
    expect(refused.summary).toMatch(
      /<strong>Refused:<\/strong> 1 file\(s\) served with Cache-Control &#34;immutable&#34; changed content.*allow-immutable-changes: true to deploy anyway/,
    );
    expect(await state('imm/')).toEqual(before);

    const allowed = await deploy({ ...inputs, 'allow-immutable-changes': 'true' });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(
      /::warning::imm\/assets\/app\.css: served with Cache-Control "immutable", its content changed under the same name/,
    );
    expect(JSON.parse(allowed.outputs['changed-keys'] ?? '')).toEqual(['imm/assets/app.css', 'imm/index.html']);
    expect((await state('imm/'))['imm/assets/app.css']?.size).toBe(Buffer.byteLength('body { color: rebeccapurple }'));
  });

  test('upload-last files go up after every page, one glob after the other', async () => {
    const site = await copySite();
    await addFiles(site, {
      'sw.js': 'self.skipWaiting()',
      'sitemap.xml': '<urlset/>',
      'search/search-index.json': '{}',
    });
    const puts: string[] = [];
    const proxy = await startTapProxy(server.endpoint, (line) => {
      const match = /^PUT \/e2e-headers\/order\/([^?]+)$/.exec(line);
      // The deploy lock is taken before the first upload: not a file of the site.
      if (match?.[1] !== undefined && !match[1].endsWith('.lock')) puts.push(decodeURIComponent(match[1]));
    });
    try {
      const run = await deploy(
        { 'source-dir': site, prefix: 'order', 'upload-last': 'sw.js\nsitemap.xml\n**/search-index.json' },
        proxy.endpoint,
      );
      expect(run.code).toBe(0);
    } finally {
      await proxy.stop();
    }
    const pages = ['404.html', 'café/menü.html', 'docs/getting started.html', 'docs/index.html', 'index.html'];
    const firstPage = puts.findIndex((key) => pages.includes(key));
    const lastPage = Math.max(...pages.map((page) => puts.indexOf(page)));
    expect(puts.slice(0, firstPage).sort()).toEqual(
      ['.well-known/security.txt', 'assets/app.css', 'assets/app.js', 'img/logo.svg'].sort(),
    );
    expect(puts.slice(firstPage, lastPage + 1).sort()).toEqual([...pages].sort());
    expect(puts.slice(lastPage + 1, lastPage + 4)).toEqual(['sw.js', 'sitemap.xml', 'search/search-index.json']);
    expect(Object.keys(await state('order/'))).toEqual(
      expect.arrayContaining(['order/sw.js', 'order/sitemap.xml', 'order/search/search-index.json']),
    );
  });
});
