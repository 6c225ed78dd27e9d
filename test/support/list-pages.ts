/** The list-page checks' shared parts: the keys they list, and how the general XML parser reads a page. */
import type { ListPage } from '../../src/aws/list-objects-xml.js';
import { child, children, parseXml, text } from '../../src/aws/xml.js';
import { NASTY_NAMES } from './nasty-keys.js';

export const LIST_KEYS = [
  ...NASTY_NAMES,
  'cr\rin key',
  'lf\nin key',
  'tab\tkey',
  '<tag>&amp;',
  ']]>',
  '😀/ｶ.txt',
  '  ',
];

/** What listRange read before the scanner, through the general parser. */
export function viaGeneralParser(xml: string): ListPage | undefined {
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
