/**
 * The stand-in's setup calls for releases: UpdateDistribution, CreateKeyValueStore and
 * DescribeKeyValueStore (control plane), CreateFunction, DescribeFunction, GetFunction, UpdateFunction and
 * PublishFunction, each
 * answered with CloudFront's documents, ETag and Location headers.
 */
import type { DistributionConfigs } from './distribution-config.js';
import type { EdgeResources, FunctionStage } from './edge-resources.js';
import { functionSummaryXml, keyValueStoreXml, parseCreateFunction, parseCreateKeyValueStore } from './edge-xml.js';
import { ApiError } from './errors.js';
import type { OperationName } from './model.js';

export type EdgeOperation = Extract<
  OperationName,
  | 'UpdateDistribution'
  | 'CreateKeyValueStore'
  | 'DescribeKeyValueStore'
  | 'CreateFunction'
  | 'DescribeFunction'
  | 'GetFunction'
  | 'UpdateFunction'
  | 'PublishFunction'
>;

export interface EdgeRoute {
  readonly op: EdgeOperation;
  /** The distribution id, function name or store name the path names ('' for a create). */
  readonly name: string;
}

export interface EdgeReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** parts: the decoded path segments after '/<version>/'. */
export function edgeRoute(method: string, segments: readonly string[]): EdgeRoute | undefined {
  const parts = segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  const [resource, name = '', action] = parts;
  const count = parts.length;
  if (resource === 'distribution' && count === 3 && action === 'config' && method === 'PUT') {
    return { op: 'UpdateDistribution', name };
  }
  if (resource === 'function') {
    if (count === 1 && method === 'POST') return { op: 'CreateFunction', name: '' };
    if (count === 3 && action === 'describe' && method === 'GET') return { op: 'DescribeFunction', name };
    if (count === 2 && method === 'GET') return { op: 'GetFunction', name };
    if (count === 2 && method === 'PUT') return { op: 'UpdateFunction', name };
    if (count === 3 && action === 'publish' && method === 'POST') return { op: 'PublishFunction', name };
  }
  if (resource === 'key-value-store') {
    if (count === 1 && method === 'POST') return { op: 'CreateKeyValueStore', name: '' };
    if (count === 2 && method === 'GET') return { op: 'DescribeKeyValueStore', name };
  }
  return undefined;
}

export interface EdgeContext {
  readonly resources: EdgeResources;
  readonly configs: DistributionConfigs;
  /** 'http://host/2020-05-31', for Location headers. */
  readonly base: string;
  /** The Distribution document for GetDistribution and UpdateDistribution answers. */
  readonly distributionXml: (distributionId: string, status?: string) => string;
}

function xml(status: number, body: string, headers: Record<string, string>): EdgeReply {
  return { status, body, headers: { 'Content-Type': 'text/xml', ...headers } };
}

function ifMatch(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

function stage(query: URLSearchParams): FunctionStage {
  const value = query.get('Stage') ?? 'DEVELOPMENT';
  if (value !== 'DEVELOPMENT' && value !== 'LIVE') {
    throw new ApiError('InvalidArgument', `Stage must be DEVELOPMENT or LIVE, got ${value}.`);
  }
  return value;
}

export function performEdge(
  route: EdgeRoute,
  request: { headers: Record<string, string | string[] | undefined>; body: Buffer; query: URLSearchParams },
  context: EdgeContext,
): EdgeReply {
  const { resources, configs, base } = context;
  const body = request.body.toString('utf8');
  switch (route.op) {
    case 'UpdateDistribution': {
      const updated = configs.update(route.name, body, ifMatch(request.headers['if-match']));
      return xml(200, context.distributionXml(route.name, updated.status), { ETag: updated.etag });
    }
    case 'CreateKeyValueStore': {
      const { name, comment } = parseCreateKeyValueStore(body);
      const store = resources.createKeyValueStore(name, comment);
      return xml(201, keyValueStoreXml(store), { ETag: store.etag, Location: `${base}/key-value-store/${store.name}` });
    }
    case 'DescribeKeyValueStore': {
      const store = resources.describeKeyValueStore(route.name);
      return xml(200, keyValueStoreXml(store), { ETag: store.etag });
    }
    case 'CreateFunction': {
      const created = resources.createFunction(parseCreateFunction(body));
      return xml(201, functionSummaryXml(created), { ETag: created.etag, Location: `${base}/function/${created.arn}` });
    }
    case 'DescribeFunction': {
      const found = resources.describeFunction(route.name, stage(request.query));
      return xml(200, functionSummaryXml(found), { ETag: found.etag });
    }
    case 'GetFunction': {
      const found = resources.describeFunction(route.name, stage(request.query));
      return {
        status: 200,
        body: found.code.toString('utf8'),
        headers: { 'Content-Type': 'application/octet-stream', ETag: found.etag },
      };
    }
    case 'UpdateFunction': {
      const input = parseCreateFunction(body, 'UpdateFunctionRequest');
      const updated = resources.updateFunction({ ...input, name: route.name }, ifMatch(request.headers['if-match']));
      return xml(200, functionSummaryXml(updated), { ETag: updated.etag });
    }
    case 'PublishFunction': {
      const live = resources.publishFunction(route.name, ifMatch(request.headers['if-match']));
      return xml(200, functionSummaryXml(live), { ETag: live.etag });
    }
  }
}
