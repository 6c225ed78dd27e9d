/**
 * The built action (dist/index.js), run as the runner runs it, against real S3-compatible servers
 * on 127.0.0.1. The bucket's state is read back with boto3, not with our own client.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startS3rver } from '../../playground/local-s3.js';
import { type ActionRun, runAction } from '../../playground/run-action.js';
import { bucketState } from '../support/bucket-state.js';
import { startMoto } from '../support/moto.js';
import { NASTY_NAMES } from '../support/nasty-keys.js';
import { copySite, listFiles, removeSites, touchAll } from '../support/site.js';

const BUCKET = 'e2e-site';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };
const CACHE_RULES = '**/*.html: no-cache\nassets/**: public, max-age=31536000, immutable\n';

interface Server {
  endpoint: string;
  stop(): Promise<void>;
}

const servers: [string, () => Promise<Server>][] = [
  ['s3rver', () => startS3rver({ buckets: [BUCKET] })],
  ['moto_server', () => startMoto({ buckets: [BUCKET] })],
];

describe.each(servers)('deploying with dist/index.js to %s', (serverName, start) => {
  let server: Server;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.stop();
    await removeSites();
  });

  const deploy = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({ bucket: BUCKET, ...inputs }, { env: { ...CREDENTIALS, AWS_ENDPOINT_URL_S3: server.endpoint } });
  const state = (prefix: string, acl = false) => bucketState(server.endpoint, BUCKET, prefix, { acl });
  const siteKeys = async (prefix: string) =>
    Object.keys(await state(prefix))
      .filter((key) => !key.endsWith('.s3-cloudfront-deploy.json'))
      .sort();

  test('first deploy uploads the site with the right bytes and headers; a fresh checkout uploads nothing', async () => {
    const site = await copySite();
    const first = await deploy({
      'source-dir': site,
      prefix: 'first',
      'cache-control': CACHE_RULES,
      metadata: 'deployed-by: e2e',
    });
    expect(first.code).toBe(0);
    const local = await listFiles(site);
    local.delete('.env.example'); // dotfiles are not deployed by default
    expect(first.outputs['uploaded']).toBe(String(local.size));
    expect(JSON.parse(first.outputs['changed-keys'] ?? '[]').sort()).toEqual(
      [...local.keys()].map((rel) => `first/${rel}`).sort(),
    );

    const stored = await state('first/');
    expect(await siteKeys('first/')).toEqual([...local.keys()].map((rel) => `first/${rel}`).sort());
    for (const [rel, md5] of local) {
      const object = stored[`first/${rel}`]!;
      expect(object.md5).toBe(md5);
      expect(object.metadata).toEqual({ 'deployed-by': 'e2e' });
    }
    expect(stored['first/index.html']).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'no-cache',
    });
    expect(stored['first/café/menü.html']).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'no-cache',
    });
    expect(stored['first/assets/app.css']).toMatchObject({
      contentType: 'text/css; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(stored['first/img/logo.svg']).toMatchObject({
      contentType: 'image/svg+xml; charset=utf-8',
      cacheControl: null,
    });
    expect(stored['first/.well-known/security.txt']?.contentType).toBe('text/plain; charset=utf-8');

    // The job summary's table for this known deploy: 9 uploaded, none unchanged or deleted, 1381 bytes.
    expect(first.summary).toMatch(
      /<th>Uploaded<\/th><th>Unchanged<\/th><th>Deleted<\/th><th>Bytes uploaded<\/th><th>Time<\/th>/,
    );
    expect(first.summary).toMatch(/<tr><td>9<\/td><td>0<\/td><td>0<\/td><td>1\.3 KiB<\/td><td>\d+\.\d s<\/td><\/tr>/);
    expect(first.summary).toMatch(/<tr><td>new<\/td><td>9<\/td><\/tr>/);
    expect(first.stdout.trim().split('\n').at(-1)).toMatch(
      /^Deployed s3:\/\/e2e-site\/first\/: 9 uploaded \(1\.3 KiB\), 0 unchanged, 0 deleted in/,
    );

    const checkout = await copySite(site);
    await touchAll(checkout);
    const again = await deploy({
      'source-dir': checkout,
      prefix: 'first',
      'cache-control': CACHE_RULES,
      metadata: 'deployed-by: e2e',
    });
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({
      uploaded: '0',
      skipped: String(local.size),
      deleted: '0',
      'bytes-uploaded': '0',
      'changed-keys': '[]',
    });
  });

  test('a same-size edit uploads exactly that object; a changed header rule re-applies to unchanged files only', async () => {
    const site = await copySite();
    const inputs = { 'source-dir': site, prefix: 'edit', 'cache-control': CACHE_RULES };
    expect((await deploy(inputs)).code).toBe(0);

    const css = join(site, 'assets/app.css');
    const original = await readFile(css, 'utf8');
    await writeFile(css, original.replace('#d35400', '#2980b9'));
    expect((await readFile(css)).length).toBe(Buffer.byteLength(original));
    await touchAll(site);
    // app.css is served immutable: an edit in place needs the override (the guard itself: headers.test.ts).
    const edited = await deploy({ ...inputs, 'allow-immutable-changes': 'true' });
    expect(edited.outputs).toMatchObject({ uploaded: '1', 'changed-keys': '["edit/assets/app.css"]' });
    expect(edited.stdout).toContain('::warning::edit/assets/app.css: served with Cache-Control "immutable"');
    expect((await state('edit/'))['edit/assets/app.css']?.md5).toBe((await listFiles(site)).get('assets/app.css'));

    const newRules = '**/*.html: no-cache, must-revalidate\nassets/**: public, max-age=31536000, immutable\n';
    const rerule = await deploy({ ...inputs, 'cache-control': newRules });
    const htmlKeys = [...(await listFiles(site)).keys()]
      .filter((rel) => rel.endsWith('.html'))
      .map((rel) => `edit/${rel}`);
    expect(JSON.parse(rerule.outputs['changed-keys'] ?? '').sort()).toEqual(htmlKeys.sort());
    expect(rerule.stdout).toContain('headers changed');
    const stored = await state('edit/');
    for (const key of htmlKeys) expect(stored[key]?.cacheControl).toBe('no-cache, must-revalidate');
    expect(stored['edit/assets/app.css']?.cacheControl).toBe('public, max-age=31536000, immutable');
  });

  test('delete removes what the site no longer has, within the prefix only, and max-deletes stops a mass delete', async () => {
    const site = await copySite();
    expect((await deploy({ 'source-dir': site, prefix: 'del' })).code).toBe(0);
    expect((await deploy({ 'source-dir': site, prefix: 'del-sibling' })).code).toBe(0);
    const before = await siteKeys('del/');

    await rm(join(site, 'docs'), { recursive: true });
    await rm(join(site, '404.html'));
    const limited = await deploy({ 'source-dir': site, prefix: 'del', delete: 'true', 'max-deletes': '2' });
    expect(limited.code).not.toBe(0);
    expect(limited.stdout).toMatch(/would delete 3 objects under s3:\/\/e2e-site\/del\/, more than max-deletes \(2\)/);
    expect(await siteKeys('del/')).toEqual(before);

    const deleted = await deploy({ 'source-dir': site, prefix: 'del', delete: 'true' });
    expect(deleted.code).toBe(0);
    expect(deleted.outputs['deleted']).toBe('3');
    expect(await siteKeys('del/')).toEqual(
      before.filter((key) => !key.startsWith('del/docs/') && key !== 'del/404.html'),
    );
    expect((await siteKeys('del-sibling/')).length).toBe(before.length);
  });

  test('dry run prints the plan with reasons and writes nothing', async () => {
    const site = await copySite();
    const run = await deploy({ 'source-dir': site, prefix: 'dry', 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/upload {2}dry\/index\.html {2}\(new; text\/html; charset=utf-8\)/);
    expect(run.summary).toContain('dry run');
    // The closing line, the table and the outputs read one value: the would-be counts.
    expect(run.stdout).toMatch(/s3:\/\/e2e-site\/dry\/ would get: 9 uploaded \(1\.3 KiB\), 0 unchanged, 0 deleted/);
    expect(run.summary).toMatch(
      /<th>Would upload<\/th><th>Unchanged<\/th><th>Would delete<\/th><th>Bytes to upload<\/th>/,
    );
    expect(run.summary).toMatch(/<tr><td>9<\/td><td>0<\/td><td>0<\/td><td>1\.3 KiB<\/td>/);
    expect(run.outputs).toMatchObject({ uploaded: '9', deleted: '0', 'bytes-uploaded': '1381' });
    expect(await state('dry/')).toEqual({});
  });

  test('every nasty key round-trips exactly, and redeploys as a no-op', async () => {
    const site = await copySite();
    for (const rel of NASTY_NAMES) {
      await mkdir(join(site, rel, '..'), { recursive: true });
      await writeFile(join(site, rel), `content of ${rel}\n`);
    }
    const first = await deploy({ 'source-dir': site, prefix: 'nasty' });
    expect(first.code).toBe(0);
    const stored = await state('nasty/');
    for (const rel of NASTY_NAMES) expect(stored[`nasty/${rel}`]?.md5).toBe((await listFiles(site)).get(rel));
    const again = await deploy({ 'source-dir': site, prefix: 'nasty' });
    expect(again.outputs['uploaded']).toBe('0');
  });

  test('a file name can never write a workflow command: dry run, deploy, failure and summary', async () => {
    const site = await copySite();
    // Both local servers refuse keys holding LF (their routers), so those uploads fail: the failure path is covered too.
    const hostile = [
      'a\n::warning::pwned.js',
      'b\r::add-mask::x.css',
      'c\n::stop-commands::tok\n.html',
      'd\r##[warning]old.txt',
    ];
    for (const name of hostile) await writeFile(join(site, name), name);
    const lines = (text: string) => text.split(/\r?\n|\r/);
    const ours = `::add-mask::${CREDENTIALS.AWS_SECRET_ACCESS_KEY}`;
    // s3rver ignores If-None-Match: the deploy lock's one warning is the action's own.
    const unguarded = /^::warning::The bucket's server does not honour conditional writes/;
    const injected = (text: string) =>
      lines(text).filter(
        (line) => line !== ours && !unguarded.test(line) && /^\s*(::(warning|add-mask|stop-commands)|##\[)/.test(line),
      );
    const dry = await deploy({ 'source-dir': site, prefix: 'hostile', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('upload  hostile/a\\n::warning::pwned.js  (new;');
    const real = await deploy({ 'source-dir': site, prefix: 'hostile' });
    expect(real.stdout).toContain('uploaded  hostile/b\\r::add-mask::x.css  (new;');
    for (const run of [dry, real]) {
      expect(injected(run.stdout)).toEqual([]);
      expect(injected(run.summary)).toEqual([]);
    }
  });

  test('bad input fails clearly and touches nothing', async () => {
    const empty = await copySite();
    await rm(empty, { recursive: true });
    await mkdir(empty);
    const emptyRun = await deploy({ 'source-dir': empty, prefix: 'first', delete: 'true' });
    expect(emptyRun.code).not.toBe(0);
    expect(emptyRun.stdout).toMatch(/::error::.*matched no files/);

    const site = await copySite();
    await symlink('/etc/passwd', join(site, 'passwd.txt'));
    const escaping = await deploy({ 'source-dir': site, prefix: 'escape' });
    expect(escaping.code).not.toBe(0);
    expect(escaping.stdout).toMatch(/::error::.*passwd\.txt/);

    const acl = await deploy({ 'source-dir': site, prefix: 'x', acl: 'world-readable' });
    expect(acl.stdout).toContain('Input "acl"');
    expect(await state('escape/')).toEqual({});
    expect(await state('x/')).toEqual({});
  });

  if (serverName === 'moto_server') {
    test('acl public-read is applied to every object', async () => {
      const site = await copySite();
      expect((await deploy({ 'source-dir': site, prefix: 'acl', acl: 'public-read' })).code).toBe(0);
      const stored = await state('acl/', true);
      expect(stored['acl/index.html']?.acl).toContain('AllUsers:READ');
    });
  }
});
