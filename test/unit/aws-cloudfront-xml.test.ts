import { XMLParser } from 'fast-xml-parser';
import {
  explainCloudFrontError,
  invalidationBatchXml,
  parseCacheTagHeader,
  parseDistributionOrigins,
  parseInvalidation,
} from '../../src/aws/cloudfront.js';
import { AwsError } from '../../src/aws/errors.js';

// An independent reader of our request document (not our xml.ts config).
const reader = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'Path',
});

describe('invalidationBatchXml', () => {
  test('paths and reference come back byte for byte, markup characters included', () => {
    const paths = ['/a&b.html', '/<script>', '/it\'s "quoted"', '/%E6%97%A5.html', '/dir/*'];
    const doc = reader.parse(invalidationBatchXml(paths, 'scd-1-1-<ref>&'));
    const batch = doc.InvalidationBatch;
    expect(batch['@_xmlns']).toBe('http://cloudfront.amazonaws.com/doc/2020-05-31/');
    expect(batch.Paths.Quantity).toBe('5');
    expect(batch.Paths.Items.Path).toEqual(paths);
    expect(batch.CallerReference).toBe('scd-1-1-<ref>&');
  });

  test('no paths: Quantity 0 and no Items element', () => {
    const xml = invalidationBatchXml([], 'ref');
    expect(xml).toContain('<Quantity>0</Quantity>');
    expect(xml).not.toContain('<Items>');
  });
});

describe('parsing answers', () => {
  test('an Invalidation gives its Id and Status', () => {
    const xml =
      '<?xml version="1.0"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">' +
      '<Id>I2J0I21PCUYOIK</Id><Status>InProgress</Status><CreateTime>2024-01-01T00:00:00Z</CreateTime>' +
      '<InvalidationBatch><Paths><Quantity>1</Quantity><Items><Path>/a</Path></Items></Paths>' +
      '<CallerReference>r</CallerReference></InvalidationBatch></Invalidation>';
    expect(parseInvalidation(xml)).toEqual({ id: 'I2J0I21PCUYOIK', status: 'InProgress' });
  });

  test('an answer without an Invalidation is an error, not an empty id', () => {
    expect(() => parseInvalidation('<Other/>')).toThrow(/Invalidation/);
  });

  const distribution = (origins: string) =>
    '<Distribution><Id>E1</Id><DistributionConfig><Origins>' +
    origins +
    '</Origins><DefaultRootObject>index.html</DefaultRootObject></DistributionConfig></Distribution>';
  const origin = (id: string, domain: string, path: string) =>
    `<Origin><Id>${id}</Id><DomainName>${domain}</DomainName><OriginPath>${path}</OriginPath></Origin>`;

  test('one origin (a single element, not an array) and an empty OriginPath', () => {
    const xml = distribution(`<Quantity>1</Quantity><Items>${origin('o1', 'b.s3.amazonaws.com', '')}</Items>`);
    expect(parseDistributionOrigins(xml)).toEqual([{ id: 'o1', domainName: 'b.s3.amazonaws.com', originPath: '' }]);
  });

  test('CacheTagConfig.HeaderName is read when the distribution has one', () => {
    const withTags = distribution('<Quantity>0</Quantity>').replace(
      '<DefaultRootObject>',
      '<CacheTagConfig><HeaderName>x-amz-meta-cache-tag</HeaderName></CacheTagConfig><DefaultRootObject>',
    );
    expect(parseCacheTagHeader(withTags)).toBe('x-amz-meta-cache-tag');
    expect(parseCacheTagHeader(distribution('<Quantity>0</Quantity>'))).toBeUndefined();
  });

  test('several origins keep their order and their paths as sent', () => {
    const xml = distribution(
      `<Quantity>2</Quantity><Items>${origin('api', 'api.example.com', '/v1')}${origin('site', 'site.s3.amazonaws.com', '/007')}</Items>`,
    );
    expect(parseDistributionOrigins(xml)).toEqual([
      { id: 'api', domainName: 'api.example.com', originPath: '/v1' },
      { id: 'site', domainName: 'site.s3.amazonaws.com', originPath: '/007' },
    ]);
  });
});

describe('explainCloudFrontError', () => {
  const fromServer = (code: string, status: number) => new AwsError(`${code} (HTTP ${status})`, { code, status });

  test('an unreachable endpoint is named, with the variable that set it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const error = explainCloudFrontError(refused, {
      operation: 'CreateInvalidation',
      distributionId: 'E2NOPE',
      endpoint: 'http://127.0.0.1:9',
    });
    expect(error.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:9 .*AWS_ENDPOINT_URL_CLOUDFRONT/);
  });

  test('NoSuchDistribution names the distribution and the input to check; the code stays', () => {
    const error = explainCloudFrontError(fromServer('NoSuchDistribution', 404), {
      operation: 'CreateInvalidation',
      distributionId: 'E2NOPE',
    });
    expect(error.code).toBe('NoSuchDistribution');
    expect(error.resource).toBe('E2NOPE');
    expect(error.message).toContain('distribution E2NOPE does not exist in this account: check distribution-id');
  });

  test.each([
    ['CreateInvalidation', 'cloudfront:CreateInvalidation'],
    ['GetInvalidation', 'cloudfront:GetInvalidation'],
    ['GetDistribution', 'cloudfront:GetDistribution'],
  ] as const)('AccessDenied on %s names %s', (operation, permission) => {
    const error = explainCloudFrontError(fromServer('AccessDenied', 403), { operation, distributionId: 'E1' });
    expect(error.message).toContain(permission);
    expect(error.message).toContain('distribution/E1');
  });

  test('a lost connection keeps its socket code, so it is still recognised as transient', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = explainCloudFrontError(reset, { operation: 'CreateInvalidation', distributionId: 'E1' });
    expect(error.code).toBe('ECONNRESET');
    expect(error.message).toContain('socket hang up');
  });
});
