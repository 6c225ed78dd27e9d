import {
  decodeManifest,
  encodeManifest,
  type Manifest,
  type ManifestEntry,
  sameManifest,
} from '../../src/core/manifest.js';

const entry = (n: number, sha256 = true): ManifestEntry => ({
  etag: `e${n}`,
  size: n,
  md5: `m${n}`,
  ...(sha256 ? { sha256: `s${n}` } : {}),
  headers: `h${n}`,
});

describe('manifest encoding', () => {
  test('round-trips entries with and without sha256, and treats garbage as empty', () => {
    const manifest: Manifest = new Map([
      ['日本語/a b.html', entry(1)],
      ['old.css', entry(2, false)],
    ]);
    expect(decodeManifest(encodeManifest(manifest))).toEqual(manifest);
    for (const body of [
      undefined,
      Buffer.from('not json'),
      Buffer.from('{"version":99,"objects":{}}'),
      Buffer.from('[]'),
    ]) {
      expect(decodeManifest(body).size).toBe(0);
    }
    const partlyBad = Buffer.from(
      JSON.stringify({ version: 1, objects: { ok: entry(1), bad: { etag: 1 }, badSha: { ...entry(3), sha256: 7 } } }),
    );
    expect([...decodeManifest(partlyBad).keys()]).toEqual(['ok']);
  });

  test('reads a manifest written before sha256 was recorded, exactly as that release wrote it', () => {
    const body = Buffer.from(
      '{"version":1,"generator":"s3-cloudfront-deploy","objects":{"a.css":{"etag":"e","size":3,"md5":"m","headers":"h"}}}',
    );
    expect(decodeManifest(body)).toEqual(new Map([['a.css', { etag: 'e', size: 3, md5: 'm', headers: 'h' }]]));
  });

  test('records the cache tags an object was uploaded with; a tags field that is not strings drops the entry', () => {
    const manifest: Manifest = new Map([['a.html', { ...entry(1), tags: ['html', 'docs'] }]]);
    expect(decodeManifest(encodeManifest(manifest))).toEqual(manifest);
    const bad = Buffer.from(JSON.stringify({ version: 1, objects: { a: { ...entry(1), tags: [1] } } }));
    expect(decodeManifest(bad).size).toBe(0);
  });

  test('a manifest of over a megabyte, with unicode, quoted and number-like keys, is valid JSON and round-trips', () => {
    const manifest = new Map<string, ManifestEntry>();
    for (let n = 0; n < 12_000; n++) {
      const rel = [`${n}`, `dir/日本語 ${n}.html`, `q"uo\\te\n${n}.css`][n % 3]!;
      const md5 = n.toString(16).padStart(32, '0');
      manifest.set(rel, {
        etag: n % 5 === 0 ? `${md5}-2` : md5,
        size: n,
        md5,
        sha256: md5 + md5,
        headers: `h${n % 4}`,
        ...(n % 7 === 0 && { removedSince: '2026-11-01T00:00:00.000Z' }),
        ...(n % 11 === 0 && { tags: ['html', `t${n}`] }),
      });
    }
    const body = encodeManifest(manifest, { origin: { commit: 'abc' } });
    expect(body.length).toBeGreaterThan(2 << 20);
    const parsed = JSON.parse(body.toString('utf8'));
    expect(Object.keys(parsed)).toEqual(['version', 'generator', 'deploy', 'objects']);
    expect(Object.keys(parsed.objects)).toHaveLength(12_000);
    expect(parsed.objects['dir/日本語 1.html']).toEqual(manifest.get('dir/日本語 1.html'));
    expect(decodeManifest(body)).toEqual(manifest);
  });

  test('stays version 1 with only a field added, so an older release still trusts it', () => {
    const parsed = JSON.parse(encodeManifest(new Map([['a', entry(1)]])).toString('utf8'));
    expect(parsed).toEqual({
      version: 1,
      generator: 's3-cloudfront-deploy',
      objects: { a: { etag: 'e1', size: 1, md5: 'm1', sha256: 's1', headers: 'h1' } },
    });
  });
});

describe('sameManifest', () => {
  const base: Manifest = new Map([
    ['a', entry(1)],
    ['b', entry(2)],
  ]);

  test.each<[string, Manifest, boolean]>([
    [
      'equal, built in another order',
      new Map([
        ['b', entry(2)],
        ['a', entry(1)],
      ]),
      true,
    ],
    ['an entry fewer', new Map([['a', entry(1)]]), false],
    ['an entry more', new Map([...base, ['c', entry(3)]]), false],
    [
      'another key',
      new Map([
        ['a', entry(1)],
        ['c', entry(2)],
      ]),
      false,
    ],
    ...(['etag', 'size', 'md5', 'sha256', 'headers'] as const).map((field): [string, Manifest, boolean] => [
      `${field} differs`,
      new Map([
        ['a', entry(1)],
        ['b', { ...entry(2), [field]: field === 'size' ? 9 : 'x' }],
      ]),
      false,
    ]),
    [
      'sha256 missing on one side',
      new Map([
        ['a', entry(1)],
        ['b', entry(2, false)],
      ]),
      false,
    ],
    [
      'cache tags on one side',
      new Map([
        ['a', entry(1)],
        ['b', { ...entry(2), tags: ['html'] }],
      ]),
      false,
    ],
    [
      'an empty list of tags, which is not written',
      new Map([
        ['a', entry(1)],
        ['b', { ...entry(2), tags: [] }],
      ]),
      true,
    ],
  ])('%s: %s', (_title, other, same) => {
    expect(sameManifest(base, other)).toBe(same);
    expect(sameManifest(other, base)).toBe(same);
    // The same answer as comparing what would be written.
    expect(encodeManifest(base).equals(encodeManifest(other))).toBe(same);
  });
});
