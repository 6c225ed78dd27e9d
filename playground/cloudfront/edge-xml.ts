/** The XML of CloudFront's function and KeyValueStore (control plane) calls: FunctionSummary, KeyValueStore and their requests. */
import { XMLParser } from 'fast-xml-parser';
import type { FunctionInput, FunctionRecord, KeyValueStoreRecord } from './edge-resources.js';
import { ApiError } from './errors.js';
import { el, root } from './xml.js';

export function functionSummaryXml(fn: FunctionRecord): string {
  const stores = fn.keyValueStoreArns;
  return root(
    'FunctionSummary',
    el('Name', fn.name),
    el('Status', fn.stage === 'LIVE' ? 'DEPLOYED' : 'UNPUBLISHED'),
    el(
      'FunctionConfig',
      el('Comment', fn.comment),
      el('Runtime', fn.runtime),
      el(
        'KeyValueStoreAssociations',
        el('Quantity', stores.length),
        stores.length > 0
          ? el(
              'Items',
              stores.map((arn) => el('KeyValueStoreAssociation', el('KeyValueStoreARN', arn))),
            )
          : null,
      ),
    ),
    el(
      'FunctionMetadata',
      el('FunctionARN', fn.arn),
      el('Stage', fn.stage),
      el('CreatedTime', fn.createdTime.toISOString()),
      el('LastModifiedTime', fn.lastModifiedTime.toISOString()),
    ),
  );
}

export function keyValueStoreXml(store: KeyValueStoreRecord): string {
  return root(
    'KeyValueStore',
    el('Name', store.name),
    el('Id', store.id),
    el('Comment', store.comment),
    el('ARN', store.arn),
    el('Status', 'READY'),
    el('LastModifiedTime', store.lastModifiedTime.toISOString()),
  );
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'KeyValueStoreAssociation',
});

type Node = Record<string, unknown>;

function parseRoot(body: string, name: string): Node {
  let doc: unknown;
  try {
    doc = parser.parse(body, true);
  } catch (error) {
    throw new ApiError('InvalidArgument', `The XML you provided was not well-formed: ${(error as Error).message}`);
  }
  const found = (doc as Node)[name];
  if (found === null || typeof found !== 'object') {
    throw new ApiError('InvalidArgument', `The request body must be a ${name} document.`);
  }
  return found as Node;
}

function field(node: unknown, name: string): string {
  const value = node !== null && typeof node === 'object' ? (node as Node)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** <CreateFunctionRequest>: Name, FunctionConfig (Comment, Runtime, KeyValueStoreAssociations), FunctionCode (base64). */
export function parseCreateFunction(body: string, root = 'CreateFunctionRequest'): FunctionInput {
  const request = parseRoot(body, root);
  const config = request['FunctionConfig'] as Node | undefined;
  const associations = config?.['KeyValueStoreAssociations'] as Node | undefined;
  const items = (associations?.['Items'] as Node | undefined)?.['KeyValueStoreAssociation'];
  const arns = (Array.isArray(items) ? items : []).map((item) => field(item, 'KeyValueStoreARN'));
  if (associations !== undefined && Number(field(associations, 'Quantity')) !== arns.length) {
    throw new ApiError(
      'InconsistentQuantities',
      `The value of Quantity (${field(associations, 'Quantity')}) and the size of Items (${arns.length}) do not match.`,
    );
  }
  if (config === undefined) throw new ApiError('InvalidArgument', 'FunctionConfig is required.');
  return {
    name: root === 'CreateFunctionRequest' ? field(request, 'Name') : '',
    comment: field(config, 'Comment'),
    runtime: field(config, 'Runtime'),
    code: Buffer.from(field(request, 'FunctionCode'), 'base64'),
    keyValueStoreArns: arns,
  };
}

/** <CreateKeyValueStoreRequest>: Name, Comment. */
export function parseCreateKeyValueStore(body: string): { name: string; comment: string } {
  const request = parseRoot(body, 'CreateKeyValueStoreRequest');
  return { name: field(request, 'Name'), comment: field(request, 'Comment') };
}
