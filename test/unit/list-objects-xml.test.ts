/**
 * The ListObjectsV2 scanner must read every page exactly as the general XML path (parseXml + text)
 * does: hand-made pages with nasty keys and odd markup. Real pages from s3rver and moto_server:
 * test/integration/list-pages.test.ts.
 */
import { parseListPage } from '../../src/aws/list-objects-xml.js';
import { escapeXml } from '../../src/aws/xml.js';
import { LIST_KEYS as KEYS, viaGeneralParser } from '../support/list-pages.js';

const contents = (key: string, extra = ''): string =>
  `<Contents><Key>${key}</Key><LastModified>2026-11-23T10:00:00.000Z</LastModified>` +
  `<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag><Size>42</Size>${extra}` +
  `<Owner><ID>75aa57f0</ID><DisplayName>webfile</DisplayName></Owner><StorageClass>STANDARD</StorageClass></Contents>`;

const page = (body: string, head = '<?xml version="1.0" encoding="UTF-8"?>\n'): string =>
  `${head}<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>site/</Prefix>` +
  `<KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys>${body}</ListBucketResult>`;

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
    [
      'Contents with attributes, self-closing, and between plain ones',
      page(contents('a') + '<Contents id="x"><Key>b</Key></Contents><Contents/>' + contents('c')),
    ],
    ['an unclosed Contents at the end', page(contents('a') + '<IsTruncated>false</IsTruncated><Contents><Key>b</Key>')],
    ['a field closed by another tag', page(contents('a').replace('</Size>', '</Sizes>'))],
    ['a field with a child element', page(contents('a').replace('<Size>42</Size>', '<Size>4<b>x</b>2</Size>'))],
    [
      'unicode, entities and url encoding together, truncated',
      page(
        '<EncodingType>url</EncodingType>' +
          contents('%F0%9F%98%80/%EF%BD%B6&amp;x') +
          contents('caf&#233;/&lt;p&gt;') +
          '<IsTruncated>true</IsTruncated><NextContinuationToken>ab&lt;c</NextContinuationToken>',
      ),
    ],
    ['a raw CR in the page', page(contents('a\r\nb'))],
  ])('%s', (_name, xml) => {
    expect(parseListPage(xml)).toEqual(viaGeneralParser(xml));
    expect(parseListPage(Buffer.from(xml))).toEqual(viaGeneralParser(xml));
  });

  test('an HTML entity, undeclared in XML and never sent by S3, stays as sent (the general parser decodes it)', () => {
    expect(parseListPage(page(contents('a&nbsp;b')))?.contents[0]?.key).toBe('a&nbsp;b');
  });

  test('a page read from its Buffer keeps every key, multi-byte ones too, apart from the page', () => {
    const xml = page(KEYS.map((k) => contents(escapeXml(k))).join('') + '<IsTruncated>true</IsTruncated>');
    const body = Buffer.from(xml);
    const read = parseListPage(body);
    body.fill(0); // nothing read may still depend on the page's bytes
    expect(read?.contents.map((c) => c.key)).toEqual(KEYS);
    expect(read?.isTruncated).toBe('true');
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
