/**
 * Each distribution's DistributionConfig document, kept byte for byte as the last UpdateDistribution
 * sent it (so a test can read back exactly what a client wrote), with its ETag and CloudFront's
 * rules: If-Match required, CallerReference unchangeable (IllegalUpdate), Quantity matching Items,
 * function associations naming published functions; after a change the distribution is InProgress
 * for deployDelayMs, then Deployed.
 */
import { XMLParser } from 'fast-xml-parser';
import { checkIfMatch } from './edge-resources.js';
import { ApiError } from './errors.js';
import { randomId } from './model.js';

export interface ConfigDocument {
  readonly xml: string;
  readonly etag: string;
  readonly lastModified: Date;
  readonly status: 'InProgress' | 'Deployed';
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'FunctionAssociation',
});

type Node = Record<string, unknown> | undefined;

function node(value: unknown, name: string): Node {
  const found = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  return found !== null && typeof found === 'object' ? (found as Record<string, unknown>) : undefined;
}

function parseConfig(xml: string): Node {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch (error) {
    throw new ApiError('InvalidArgument', `The XML you provided was not well-formed: ${(error as Error).message}`);
  }
  const config = node(doc, 'DistributionConfig');
  if (!config) throw new ApiError('InvalidArgument', 'The request body must be a DistributionConfig document.');
  return config;
}

/** The FunctionAssociations of the default cache behaviour: Quantity must match, each function must be LIVE. */
function checkFunctionAssociations(config: Node, isLiveFunction: (arn: string) => boolean): void {
  const associations = node(node(config, 'DefaultCacheBehavior'), 'FunctionAssociations');
  if (!associations) return;
  const items = node(associations, 'Items')?.['FunctionAssociation'];
  const list = Array.isArray(items) ? (items as Node[]) : [];
  const quantity = Number(associations['Quantity']);
  if (quantity !== list.length) {
    throw new ApiError(
      'InconsistentQuantities',
      `The value of Quantity (${String(associations['Quantity'])}) and the size of Items (${list.length}) do not match.`,
    );
  }
  const events = new Set<string>();
  for (const item of list) {
    const arn = String(item?.['FunctionARN'] ?? '');
    const event = String(item?.['EventType'] ?? '');
    if (!['viewer-request', 'viewer-response'].includes(event) || events.has(event)) {
      throw new ApiError('InvalidFunctionAssociation', `EventType ${event} is not allowed or repeated.`);
    }
    events.add(event);
    if (!isLiveFunction(arn)) {
      throw new ApiError(
        'InvalidFunctionAssociation',
        `The function ${arn} does not exist or is not published (LIVE).`,
      );
    }
  }
}

export class DistributionConfigs {
  private readonly documents = new Map<string, { xml: string; etag: string; changedAt: Date; deployed: boolean }>();

  constructor(
    private readonly now: () => Date,
    /** How long a change stays InProgress. */
    public deployDelayMs: number,
    private readonly isLiveFunction: (arn: string) => boolean,
  ) {}

  add(distributionId: string, xml: string): void {
    this.documents.set(distributionId, { xml, etag: randomId('E'), changedAt: this.now(), deployed: true });
  }

  get(distributionId: string): ConfigDocument {
    const doc = this.documents.get(distributionId);
    if (!doc) throw new ApiError('NoSuchDistribution', 'The specified distribution does not exist.');
    if (!doc.deployed && this.now().getTime() - doc.changedAt.getTime() >= this.deployDelayMs) doc.deployed = true;
    return {
      xml: doc.xml,
      etag: doc.etag,
      lastModified: doc.changedAt,
      status: doc.deployed ? 'Deployed' : 'InProgress',
    };
  }

  update(distributionId: string, body: string, ifMatch: string | undefined): ConfigDocument {
    const current = this.get(distributionId);
    checkIfMatch(ifMatch, current.etag, 'distribution');
    const before = parseConfig(current.xml);
    const after = parseConfig(body);
    if (String(before?.['CallerReference']) !== String(after?.['CallerReference'])) {
      throw new ApiError('IllegalUpdate', 'Origin and CallerReference cannot be updated.');
    }
    checkFunctionAssociations(after, this.isLiveFunction);
    this.documents.set(distributionId, { xml: body, etag: randomId('E'), changedAt: this.now(), deployed: false });
    return { ...this.get(distributionId), status: 'InProgress' };
  }
}
