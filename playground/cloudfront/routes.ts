/** Which CloudFront 2020-05-31 operation a method and path name. */
import { edgeRoute } from './edge-api.js';
import type { OperationName } from './model.js';

export const API_VERSION = '2020-05-31';

/** distributionId: for the function and store calls, the function's or store's name. */
export type Route = { op: OperationName; distributionId: string; invalidationId?: string };

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Which operation a method + path is, or undefined. */
export function route(method: string, pathname: string): Route | undefined {
  const parts = pathname.split('/').map(decodeSegment);
  // ['', '2020-05-31', 'distribution', id, 'invalidation'?, invalidationId?]
  if (parts[0] !== '' || parts[1] !== API_VERSION) return undefined;
  const edge = edgeRoute(method, parts.slice(2));
  if (edge) return { op: edge.op, distributionId: edge.name };
  if (parts[2] !== 'distribution') return undefined;
  const distributionId = parts[3];
  if (!distributionId) return undefined;
  if (parts.length === 4 && method === 'GET') return { op: 'GetDistribution', distributionId };
  if (parts.length === 5 && parts[4] === 'config' && method === 'GET')
    return { op: 'GetDistributionConfig', distributionId };
  if (parts[4] !== 'invalidation') return undefined;
  if (parts.length === 5 && method === 'POST') return { op: 'CreateInvalidation', distributionId };
  if (parts.length === 5 && method === 'GET') return { op: 'ListInvalidations', distributionId };
  const invalidationId = parts[5];
  if (parts.length === 6 && method === 'GET' && invalidationId) {
    return { op: 'GetInvalidation', distributionId, invalidationId };
  }
  return undefined;
}
