/**
 * The ListObjectsV2 scanner must read every page exactly as the general XML path (parseXml + text)
 * does: hand-made pages with nasty keys and odd markup, then real pages from s3rver and moto_server.
 */
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { encodeKeyPath } from '../../src/aws/encode.js';
import { createHttpClient } from '../../src/aws/http.js';
import { type ListPage, parseListPage } from '../../src/aws/list-objects-xml.js';
import { child, children, escapeXml, parseXml, text } from '../../src/aws/xml.js';
import { systemClock } from '../../src/ports.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';
import { NASTY_NAMES } from '../support/nasty-keys.js';

/** What listRange read before the scanner, through the general parser. */
function viaGeneralParser(xml: string): ListPage | undefined {
  const result = child(parseXml(xml), 'ListBucketResult');
  if (result === undefined) return undefined;
  const page: Record<string, unknown> = {
    contents: children(result, 'Contents').map((entry) =>
      defined({
        key: text(entry, 'Key'),
        etag: text(entry, 'ETag'),
        size: text(entry, 'Size'),
        storageClass: text(entry, 'StorageClass'),
      }),
    ),
    isTruncated: text(result, 'IsTruncated'),
    nextContinuationToken: text(result, 'NextContinuationToken'),
    encodingType: text(result, 'EncodingType'),
  };
  return defined(page) as unknown as ListPage;
}

function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

const contents = (key: string, extra = ''): string =>
  `<Contents><Key>${key}</Key><LastModified>2026-11-23T10:00:00.000Z</LastModified>` +
  `<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag><Size>42</Size>${extra}` +
  `<Owner><ID>75aa57f0</ID><DisplayName>webfile</DisplayName></Owner><StorageClass>STANDARD</StorageClass></Contents>`;

const page = (body: string, head = '<?xml version="1.0" encoding="UTF-8"?>\n'): string =>
  `${head}<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>site/</Prefix>` +
  `<KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys>${body}</ListBucketResult>`;

const KEYS = [...NASTY_NAMES, 'cr\rin key', 'lf\nin key', 'tab\tkey', '<tag>&amp;', ']]>', '😀/ｶ.txt', '  '];

describe('parseListPage reads what the general XML parser reads', () => {
  test.each([
    [
      'every nasty key, escaped as S3 escapes',
      page(KEYS.map((k) => contents(escapeXml(k))).join('') + '<IsTruncated>false</IsTruncated>'),
    ],
    [
      'numeric references, decimal and hex, astral',
      page(
        contents('a&#13;b&#x1F600;&#233;&#X41;') +
          '<IsTruncated>true</IsTruncated><NextContinuationToken>t&amp;1==</NextContinuationToken>',
      ),
    ],
    [
      'url encoding, truncated',
      page(
        '<EncodingType>url</EncodingType>' +
          contents('a%20b%2Bc') +
          '<IsTruncated>true</IsTruncated><NextContinuationToken>1abc/def+==</NextContinuationToken>',
      ),
    ],
    [
      'CDATA keys',
      page(
        contents('<![CDATA[a<b>&amp;]]>') +
          contents('x<![CDATA[]]]]><![CDATA[>]]>y') +
          '<IsTruncated>false</IsTruncated>',
      ),
    ],
    [
      'comments and a doctype-free prolog with whitespace',
      page(
        `<!-- <Contents> -->\n  ${contents('k')}\n  <IsTruncated>false</IsTruncated>\n`,
        '<?xml version="1.0"?>\n<!-- hi -->\n',
      ),
    ],
    [
      'empty and self-closing elements',
      page(
        '<Contents><Key>k</Key><ETag></ETag><Size>0</Size><StorageClass/></Contents><IsTruncated>false</IsTruncated>',
      ),
    ],
    [
      'no prolog, CommonPrefixes and RestoreStatus skipped',
      page(
        contents('k', '<RestoreStatus><IsRestoreInProgress>false</IsRestoreInProgress></RestoreStatus>') +
          '<CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes><IsTruncated>false</IsTruncated>',
        '',
      ),
    ],
    ['a Contents without a Key', page('<Contents><Size>1</Size></Contents>' + contents('k'))],
    ['malformed references stay as sent', page(contents('a&;c&#;d&#xZ;'))],
    ['attributes with > in quotes', page(contents('k').replace('<Size>', '<Size a="x>y">'))],
    ['no Contents at all', page('<IsTruncated>false</IsTruncated>')],
  ])('%s', (_name, xml) => {
    expect(parseListPage(xml)).toEqual(viaGeneralParser(xml));
    expect(parseListPage(Buffer.from(xml))).toEqual(viaGeneralParser(xml));
  });

  test('an HTML entity, undeclared in XML and never sent by S3, stays as sent (the general parser decodes it)', () => {
    expect(parseListPage(page(contents('a&nbsp;b')))?.contents[0]?.key).toBe('a&nbsp;b');
  });

  test('keys come back exactly, in order', () => {
    const xml = page(KEYS.map((k) => contents(escapeXml(k))).join(''));
    expect(parseListPage(xml)?.contents.map((c) => c.key)).toEqual(KEYS);
  });

  test.each([
    ['another root', '<?xml version="1.0"?><Error><Code>NoSuchBucket</Code></Error>'],
    ['no XML at all', 'not xml'],
    ['empty', ''],
  ])('%s is not a page', (_name, xml) => {
    expect(parseListPage(xml)).toBeUndefined();
  });
});

// moto_server's HTTP layer cannot take a line feed in a key.
describe.each([
  ['s3rver', (buckets: string[]) => startS3rver({ buckets }), KEYS],
  ['moto_server', (buckets: string[]) => startMoto({ buckets }), KEYS.filter((k) => !k.includes('\n'))],
])('real ListObjectsV2 pages from %s', (_serverName, start, keys) => {
  const BUCKET = 'list-pages';
  let server: LocalServer;
  const client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 4, clock: systemClock });
  const send = (method: string, path: string, query?: Record<string, string>, body?: Buffer) => {
    const url = new URL(server.endpoint);
    return client.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: { protocol: 'http:', hostname: url.hostname, port: Number(url.port) },
      method,
      path,
      ...(query === undefined ? {} : { query }),
      ...(body === undefined ? {} : { body, headers: { 'content-length': String(body.length) } }),
    });
  };

  beforeAll(async () => {
    server = await start([BUCKET]);
    for (const key of [...keys.filter((k) => k.trim() !== ''), 'plain/index.html']) {
      await send('PUT', `/${BUCKET}/${encodeKeyPath(`site/${key}`)}`, undefined, Buffer.from(key)).catch(
        (e: unknown) => {
          throw new Error(`PUT ${JSON.stringify(key)}: ${String(e)}`);
        },
      );
    }
  }, 60_000);

  afterAll(async () => {
    client.close();
    await server?.stop();
  });

  test.each([
    ['url-encoded, small pages', { 'list-type': '2', 'encoding-type': 'url', prefix: 'site/', 'max-keys': '5' }],
    ['raw keys, one page', { 'list-type': '2', prefix: 'site/' }],
  ])('%s: the same values as the general parser, page by page', async (_name, baseQuery) => {
    let token: string | undefined;
    let pages = 0;
    do {
      const query: Record<string, string> = {
        ...baseQuery,
        ...(token === undefined ? {} : { 'continuation-token': token }),
      };
      const xml = (await send('GET', `/${BUCKET}`, query)).body.toString('utf8');
      const scanned = parseListPage(xml);
      expect(scanned).toEqual(viaGeneralParser(xml));
      expect(scanned?.contents.length).toBeGreaterThan(0);
      token = scanned?.isTruncated === 'true' ? scanned.nextContinuationToken : undefined;
      pages += 1;
    } while (token !== undefined && pages < 20);
    expect(pages).toBeGreaterThan('max-keys' in baseQuery ? 1 : 0);
  });
});
