/** The CloudFront 2020-05-31 XML documents the stand-in reads and writes. */
import { XMLParser } from 'fast-xml-parser';
import { ApiError } from './errors.js';
import type { InvalidationBatchInput, InvalidationPage, InvalidationRecord } from './wire.js';

export const XMLNS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const ENTITIES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ENTITIES[c] ?? c);
}

/** Markup already built by el(): inserted as is, where strings are escaped. */
export class Raw {
  constructor(readonly xml: string) {}
}

export type Child = Raw | string | number | boolean | readonly Child[] | null | undefined;

/** <name>children</name> */
export function el(name: string, ...children: Child[]): Raw {
  return new Raw(`<${name}>${children.map(render).join('')}</${name}>`);
}

function render(child: Child): string {
  if (child === null || child === undefined) return '';
  if (child instanceof Raw) return child.xml;
  if (Array.isArray(child)) return child.map(render).join('');
  return escapeXml(String(child));
}

export function root(name: string, ...children: Child[]): string {
  return `${DECLARATION}<${name} xmlns="${XMLNS}">${children.map(render).join('')}</${name}>`;
}

function invalidationChildren(inv: InvalidationRecord): Child[] {
  return [
    el('Id', inv.id),
    el('Status', inv.status),
    el('CreateTime', inv.createTime.toISOString()),
    el(
      'InvalidationBatch',
      el(
        'Paths',
        el('Quantity', inv.paths.length),
        inv.paths.length
          ? el(
              'Items',
              inv.paths.map((p) => el('Path', p)),
            )
          : null,
      ),
      el('CallerReference', inv.callerReference),
    ),
  ];
}

export function invalidationXml(inv: InvalidationRecord): string {
  return root('Invalidation', ...invalidationChildren(inv));
}

export function invalidationListXml(page: InvalidationPage): string {
  return root(
    'InvalidationList',
    el('Marker', page.marker),
    page.nextMarker !== undefined ? el('NextMarker', page.nextMarker) : null,
    el('MaxItems', page.maxItems),
    el('IsTruncated', page.nextMarker !== undefined),
    el('Quantity', page.items.length),
    page.items.length
      ? el(
          'Items',
          page.items.map((inv) =>
            el(
              'InvalidationSummary',
              el('Id', inv.id),
              el('CreateTime', inv.createTime.toISOString()),
              el('Status', inv.status),
            ),
          ),
        )
      : null,
  );
}

export function errorXml(error: ApiError, requestId: string): string {
  return root(
    'ErrorResponse',
    el('Error', el('Type', error.type), el('Code', error.code), el('Message', error.message)),
    el('RequestId', requestId),
  );
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (_name, jpath) => jpath === 'InvalidationBatch.Paths.Items.Path',
});

function invalid(message: string): ApiError {
  return new ApiError('InvalidArgument', message);
}

/** A child element of a parsed object, or undefined; text-only siblings ('#text') are ignored. */
function child(node: unknown, name: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
}

/**
 * Reads <InvalidationBatch>. Paths are kept byte for byte (no trimming); Quantity must match the
 * number of <Path> elements (InconsistentQuantities otherwise).
 */
export function parseInvalidationBatch(body: string): InvalidationBatchInput {
  let doc: unknown;
  try {
    doc = parser.parse(body, true);
  } catch (error) {
    throw invalid(`The XML you provided was not well-formed: ${(error as Error).message}`);
  }
  const batch = child(doc, 'InvalidationBatch');
  if (batch === undefined || typeof batch !== 'object') {
    throw invalid('The request body must be an InvalidationBatch document.');
  }
  const callerReference = child(batch, 'CallerReference');
  if (typeof callerReference !== 'string' || callerReference === '') {
    throw invalid('CallerReference is required.');
  }
  const paths = child(batch, 'Paths');
  const quantityText = child(paths, 'Quantity');
  if (typeof quantityText !== 'string' || !/^\s*\d+\s*$/.test(quantityText)) {
    throw invalid('Paths.Quantity is required and must be an integer.');
  }
  const items = child(child(paths, 'Items'), 'Path');
  const list: unknown[] = Array.isArray(items) ? items : [];
  const pathValues = list.map((p) => (typeof p === 'string' ? p : ''));
  if (Number(quantityText) !== pathValues.length) {
    throw new ApiError(
      'InconsistentQuantities',
      `The value of Quantity (${Number(quantityText)}) and the size of Items (${pathValues.length}) do not match.`,
    );
  }
  return { callerReference, paths: pathValues };
}
