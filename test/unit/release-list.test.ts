import { releaseFolders, releaseListing, releaseListLines } from '../../src/core/release-list.js';

const object = (key: string, size = 10) => ({ key, etag: 'e', size });
const listed = [
  object('www/releases/v1/index.html', 100),
  object('www/releases/v1/.s3-cloudfront-deploy.json', 5),
  object('www/releases/v2/index.html', 200),
  object('www/releases/v2/app.js', 2000),
  object('www/releases/v2/.s3-cloudfront-deploy.json', 5),
  object('www/releases/v3/index.html', 1),
  object('www/releases/stray', 1),
  object('www/index.html', 1),
];

test('the listing groups into release folders: files and bytes without the manifest, which marks a complete one', () => {
  const folders = releaseFolders('www/', listed);
  expect(folders.map(({ id, files, bytes, hasManifest }) => ({ id, files, bytes, hasManifest }))).toEqual([
    { id: 'v1', files: 1, bytes: 100, hasManifest: true },
    { id: 'v2', files: 2, bytes: 2200, hasManifest: true },
    { id: 'v3', files: 1, bytes: 1, hasManifest: false },
  ]);
  expect(folders[0]?.keys).toEqual(['www/releases/v1/index.html', 'www/releases/v1/.s3-cloudfront-deploy.json']);
});

test('newest first, the incomplete last, live and previous marked; the lines say so', () => {
  const dates = new Map([
    ['v1', Date.parse('2026-01-01T10:00:00.000Z')],
    ['v2', Date.parse('2026-01-02T10:00:00.000Z')],
  ]);
  const folders = releaseFolders('www/', listed).map((folder) => ({
    ...folder,
    releasedAt: dates.get(folder.id),
    ...(folder.id === 'v2' && { layered: { base: 'v1', paths: 2, folders: ['v1'] } }),
  }));
  const listing = releaseListing(folders, { live: 'v1', previous: 'v2' });
  expect(listing).toEqual({
    live: 'v1',
    previous: 'v2',
    releases: [
      {
        id: 'v2',
        releasedAt: '2026-01-02T10:00:00.000Z',
        complete: true,
        files: 2,
        bytes: 2200,
        live: false,
        previous: true,
        layered: { base: 'v1', paths: 2 },
      },
      {
        id: 'v1',
        releasedAt: '2026-01-01T10:00:00.000Z',
        complete: true,
        files: 1,
        bytes: 100,
        live: true,
        previous: false,
      },
      { id: 'v3', complete: false, files: 1, bytes: 1, live: false, previous: false },
    ],
  });
  expect(releaseListLines(listing, 's3://b/www/releases/')).toEqual([
    '3 release(s) in s3://b/www/releases/, newest first:',
    '  v2  previous  2026-01-02T10:00:00Z  2 file(s), 2.1 KiB, layered on v1 (2 paths)',
    '  v1  live      2026-01-01T10:00:00Z  1 file(s), 100 B, full',
    '  v3            incomplete (no manifest)  1 file(s), 1 B',
  ]);
});

test('no releases, or a live one the bucket does not hold: said plainly', () => {
  expect(releaseListLines(releaseListing([], { live: undefined, previous: undefined }), 'there')).toEqual([
    'No releases in there.',
  ]);
  const folders = releaseFolders('', [object('releases/a/x')]).map((folder) => ({ ...folder, releasedAt: undefined }));
  expect(releaseListLines(releaseListing(folders, { live: 'gone', previous: undefined }), 'there').at(-1)).toBe(
    'The store says gone is live, but it is not in the bucket.',
  );
});
