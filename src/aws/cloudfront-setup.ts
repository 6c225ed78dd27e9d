/**
 * The EdgeSetup port over CloudFront's 2020-05-31 API: the distribution's configuration as a document
 * (GetDistributionConfig / UpdateDistribution with If-Match), CloudFront Functions and the
 * KeyValueStore control plane. The document is handed over as text, never re-serialised here.
 */
import type { ViewerRequestFunction } from '../core/release-setup.js';
import { viewerRequestFunctionArn } from '../core/viewer-request-association.js';
import type { EdgeFunction, EdgeSetup } from '../ports.js';
import {
  type CLOUDFRONT_SETUP_PERMISSIONS,
  type CloudFrontClientConfig,
  explainCloudFrontError,
} from './cloudfront.js';
import { encodeRfc3986 } from './encode.js';
import { cloudFrontEndpoint, parseEndpointUrl } from './endpoints.js';
import { AwsError } from './errors.js';
import type { AwsRequest, AwsResponse } from './http.js';
import { child, children, escapeXml, parseXml, text } from './xml.js';

const API_VERSION = '2020-05-31';
const XMLNS = `http://cloudfront.amazonaws.com/doc/${API_VERSION}/`;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

type Operation = keyof typeof CLOUDFRONT_SETUP_PERMISSIONS;
type Subject = { readonly kind: 'distribution' | 'function' | 'key-value-store'; readonly name: string };

function etagOf(response: AwsResponse): string {
  const etag = response.headers['etag'];
  const value = Array.isArray(etag) ? etag[0] : etag;
  if (value === undefined || value === '') throw new Error('CloudFront answered without an ETag header');
  return value;
}

/** A function's name from its ARN (arn:aws:cloudfront::<account>:function/<name>). */
function functionNameOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** A <FunctionSummary> answer (CreateFunction, DescribeFunction, PublishFunction). */
function parseFunctionSummary(body: Buffer | string, etag: string): EdgeFunction {
  const summary = child(parseXml(body), 'FunctionSummary');
  const associations = child(child(summary, 'FunctionConfig'), 'KeyValueStoreAssociations');
  const arn = text(child(summary, 'FunctionMetadata'), 'FunctionARN');
  if (arn === undefined) throw new Error('CloudFront answered without a <FunctionSummary> holding a FunctionARN');
  return {
    name: text(summary, 'Name') ?? functionNameOf(arn),
    arn,
    etag,
    keyValueStoreArns: children(child(associations, 'Items'), 'KeyValueStoreAssociation').map(
      (item) => text(item, 'KeyValueStoreARN') ?? '',
    ),
  };
}

function functionConfigXml(input: Parameters<EdgeSetup['createFunction']>[0]): string {
  const items = input.keyValueStoreArns
    .map(
      (arn) =>
        `<KeyValueStoreAssociation><KeyValueStoreARN>${escapeXml(arn)}</KeyValueStoreARN></KeyValueStoreAssociation>`,
    )
    .join('');
  const stores = `<Quantity>${input.keyValueStoreArns.length}</Quantity>${items === '' ? '' : `<Items>${items}</Items>`}`;
  return (
    `<FunctionConfig><Comment>${escapeXml(input.comment)}</Comment><Runtime>${escapeXml(input.runtime)}</Runtime>` +
    `<KeyValueStoreAssociations>${stores}</KeyValueStoreAssociations></FunctionConfig>` +
    `<FunctionCode>${input.code.toString('base64')}</FunctionCode>`
  );
}

function createFunctionXml(input: Parameters<EdgeSetup['createFunction']>[0]): string {
  return (
    `${DECLARATION}<CreateFunctionRequest xmlns="${XMLNS}"><Name>${escapeXml(input.name)}</Name>` +
    `${functionConfigXml(input)}</CreateFunctionRequest>`
  );
}

function updateFunctionXml(input: Parameters<EdgeSetup['createFunction']>[0]): string {
  return `${DECLARATION}<UpdateFunctionRequest xmlns="${XMLNS}">${functionConfigXml(input)}</UpdateFunctionRequest>`;
}

export function createEdgeSetupClient({ http, endpoint: override }: CloudFrontClientConfig): EdgeSetup {
  const endpointUrl = cloudFrontEndpoint(override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl, 'CloudFront');

  async function call(
    operation: Operation,
    subject: Subject,
    request: Pick<AwsRequest, 'method' | 'path' | 'query' | 'headers' | 'body'>,
  ): Promise<AwsResponse> {
    try {
      return await http.send({
        service: 'cloudfront',
        region: 'us-east-1',
        endpoint,
        ...request,
        path: `${basePath}/${API_VERSION}${request.path}`,
        // Reads may be repeated; a write is sent once (a lost answer is found out by reading again).
        idempotent: request.method === 'GET',
        label: `CloudFront ${operation} ${subject.name}`,
      });
    } catch (error) {
      const distributionId = subject.kind === 'distribution' ? subject.name : '';
      const about = subject.kind === 'distribution' ? undefined : { kind: subject.kind, name: subject.name };
      throw explainCloudFrontError(error, { operation, distributionId, endpoint: endpointUrl, subject: about });
    }
  }

  /** Undefined for the not-found codes given; other errors are thrown. */
  async function found<T>(codes: readonly string[], read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof AwsError && codes.includes(error.code)) return undefined;
      throw error;
    }
  }

  const distribution = (id: string): Subject => ({ kind: 'distribution', name: id });
  const fn = (name: string): Subject => ({ kind: 'function', name });
  const xmlBody = (xml: string) => ({ headers: { 'content-type': 'application/xml' }, body: Buffer.from(xml, 'utf8') });

  const setup: EdgeSetup = {
    async getDistributionConfig(id) {
      const response = await call('GetDistributionConfig', distribution(id), {
        method: 'GET',
        path: `/distribution/${encodeRfc3986(id)}/config`,
      });
      return { xml: response.body.toString('utf8'), etag: etagOf(response) };
    },
    async updateDistributionConfig(id, xml, ifMatch) {
      const response = await call('UpdateDistribution', distribution(id), {
        method: 'PUT',
        path: `/distribution/${encodeRfc3986(id)}/config`,
        ...xmlBody(xml),
        headers: { 'content-type': 'application/xml', 'if-match': ifMatch },
      });
      return { etag: etagOf(response) };
    },
    async distributionStatus(id) {
      const response = await call('GetDistribution', distribution(id), {
        method: 'GET',
        path: `/distribution/${encodeRfc3986(id)}`,
      });
      return text(child(parseXml(response.body), 'Distribution'), 'Status') ?? 'unknown';
    },
    async describeKeyValueStore(name) {
      const subject: Subject = { kind: 'key-value-store', name };
      const path = `/key-value-store/${encodeRfc3986(name)}`;
      const response = await found(['EntityNotFound'], () =>
        call('DescribeKeyValueStore', subject, { method: 'GET', path }),
      );
      const arn = response && text(child(parseXml(response.body), 'KeyValueStore'), 'ARN');
      return arn === undefined ? undefined : { arn };
    },
    async createKeyValueStore(name, comment) {
      const xml =
        `${DECLARATION}<CreateKeyValueStoreRequest xmlns="${XMLNS}"><Name>${escapeXml(name)}</Name>` +
        `<Comment>${escapeXml(comment)}</Comment></CreateKeyValueStoreRequest>`;
      const response = await call(
        'CreateKeyValueStore',
        { kind: 'key-value-store', name },
        { method: 'POST', path: '/key-value-store/', ...xmlBody(xml) },
      );
      const arn = text(child(parseXml(response.body), 'KeyValueStore'), 'ARN');
      if (arn === undefined) throw new Error('CloudFront answered CreateKeyValueStore without the store ARN');
      return { arn };
    },
    async describeFunction(name, stage) {
      const request = { method: 'GET', path: `/function/${encodeRfc3986(name)}/describe`, query: { Stage: stage } };
      const response = await found(['NoSuchFunctionExists'], () => call('DescribeFunction', fn(name), request));
      return response && parseFunctionSummary(response.body, etagOf(response));
    },
    async createFunction(input) {
      const response = await call('CreateFunction', fn(input.name), {
        method: 'POST',
        path: '/function',
        ...xmlBody(createFunctionXml(input)),
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async updateFunction(input, ifMatch) {
      const response = await call('UpdateFunction', fn(input.name), {
        method: 'PUT',
        path: `/function/${encodeRfc3986(input.name)}`,
        ...xmlBody(updateFunctionXml(input)),
        headers: { 'content-type': 'application/xml', 'if-match': ifMatch },
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async functionCode(arn) {
      const name = functionNameOf(arn);
      const request = { method: 'GET', path: `/function/${encodeRfc3986(name)}`, query: { Stage: 'LIVE' } };
      const response = await found(['NoSuchFunctionExists'], () => call('GetFunction', fn(name), request));
      return response?.body.toString('utf8');
    },
    async publishFunction(name, ifMatch) {
      const response = await call('PublishFunction', fn(name), {
        method: 'POST',
        path: `/function/${encodeRfc3986(name)}/publish`,
        headers: { 'if-match': ifMatch },
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async functionBehind(arn) {
      const live = await setup.describeFunction(functionNameOf(arn), 'LIVE');
      return { arn, name: functionNameOf(arn), keyValueStoreArns: live?.keyValueStoreArns ?? [] };
    },
    async viewerRequestFunction(id): Promise<ViewerRequestFunction | undefined> {
      const arn = viewerRequestFunctionArn((await setup.getDistributionConfig(id)).xml);
      return arn === undefined ? undefined : setup.functionBehind(arn);
    },
  };
  return setup;
}
