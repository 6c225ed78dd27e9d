/**
 * The one XML configuration for AWS responses. Values stay strings exactly as sent ('007' stays
 * '007', ' a' keeps its space), and repeated elements are always arrays, even with one entry.
 */
import { XMLParser } from 'fast-xml-parser';

const REPEATED = new Set([
  'Contents',
  'CommonPrefixes',
  'Deleted',
  'Error',
  'Part',
  'Upload',
  'Object',
  'Bucket',
  'Item',
  'InvalidationSummary',
  'DistributionSummary',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  // Without this, numeric character references (&#13;, legal XML that S3 sends) stay undecoded.
  htmlEntities: true,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

export type XmlNode = { readonly [name: string]: XmlValue };
export type XmlValue = string | XmlNode | readonly XmlValue[];

/** Parses an XML document; the root element is a property of the result. */
export function parseXml(xml: Buffer | string): XmlNode {
  const text = typeof xml === 'string' ? xml : xml.toString('utf8');
  const parsed: unknown = parser.parse(text);
  return isNode(parsed) ? parsed : {};
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child element `name` of node as an object, if it is one. */
export function child(node: XmlValue | undefined, name: string): XmlNode | undefined {
  if (!isNode(node)) return undefined;
  const value = node[name];
  if (Array.isArray(value)) return value.find(isNode);
  return isNode(value) ? value : undefined;
}

/** Every child element `name` of node that is an object (repeated elements). */
export function children(node: XmlValue | undefined, name: string): XmlNode[] {
  if (!isNode(node)) return [];
  const value = node[name];
  const list: readonly unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter(isNode);
}

/** The text of the leaf element `name` of node ('' for an empty element), if present. */
export function text(node: XmlValue | undefined, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  // An empty element parses to '' ; one with only attributes (ignored) may parse to an object.
  if (isNode(first) && typeof first['#text'] === 'string') return first['#text'];
  if (isNode(first) && Object.keys(first).length === 0) return '';
  return undefined;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML element body. Carriage returns are kept as a character reference. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c).replace(/\r/g, '&#13;');
}
