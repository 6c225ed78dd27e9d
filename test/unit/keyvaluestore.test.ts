/** The KeyValueStore's ARN, endpoint, request document and error reading, without a server. */
import { keyValueStoreEndpoint } from '../../src/aws/endpoints.js';
import { AwsError, errorFromResponse } from '../../src/aws/errors.js';
import { createHttpClient } from '../../src/aws/http.js';
import {
  classifyKeyValueStoreFailure,
  createKeyValueStoreClient,
  explainKeyValueStoreError,
  updateKeysBody,
} from '../../src/aws/keyvaluestore.js';
import { parseStoreArn } from '../../src/core/store-arn.js';
import { systemClock } from '../../src/ports.js';

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/327284aa-bcd5-499f-a3ff-26b9a9d31b58';

describe('parseStoreArn', () => {
  test('a KeyValueStore ARN gives its account and id', () => {
    expect(parseStoreArn(ARN)).toEqual({
      arn: ARN,
      account: '123456789012',
      id: '327284aa-bcd5-499f-a3ff-26b9a9d31b58',
    });
  });

  test.each([
    ['my-store', 'not of the form arn:aws:cloudfront::<account>:key-value-store/<id>'],
    [
      'arn:aws-cn:cloudfront::123456789012:key-value-store/x',
      'the KeyValueStore is only in the aws partition, not "aws-cn"',
    ],
    ['arn:aws:s3::123456789012:key-value-store/x', 'the service must be cloudfront, not "s3"'],
    [
      'arn:aws:cloudfront:us-east-1:123456789012:key-value-store/x',
      'a KeyValueStore is global: the region must be empty, not "us-east-1"',
    ],
    ['arn:aws:cloudfront::12345:key-value-store/x', 'the account must be 12 digits, not "12345"'],
    ['arn:aws:cloudfront::123456789012:distribution/E1', 'the resource must be key-value-store/<id>'],
    ['arn:aws:cloudfront::123456789012:key-value-store/', 'the resource must be key-value-store/<id>'],
  ])('%s is refused: %s', (value, why) => {
    expect(() => parseStoreArn(value)).toThrow(
      `"${value}" is not a CloudFront KeyValueStore ARN: ${why} (expected e.g. arn:aws:cloudfront::123456789012:key-value-store/`,
    );
  });

  test('the client refuses a malformed ARN before any request', () => {
    const http = createHttpClient({ concurrency: 1, clock: systemClock });
    expect(() => createKeyValueStoreClient({ http, storeArn: 'arn:aws:cloudfront::1:key-value-store/x' })).toThrow(
      /account must be 12 digits/,
    );
    http.close();
  });
});

test("the endpoint is the account's data plane unless an override names another, taken whole", () => {
  expect(keyValueStoreEndpoint('123456789012')).toBe('https://123456789012.cloudfront-kvs.global.api.aws');
  expect(keyValueStoreEndpoint('123456789012', '')).toBe('https://123456789012.cloudfront-kvs.global.api.aws');
  expect(keyValueStoreEndpoint('123456789012', 'http://127.0.0.1:4570')).toBe('http://127.0.0.1:4570');
});

test("UpdateKeys' document: Puts and Deletes as the API reference spells them, empty lists left out", () => {
  expect(updateKeysBody({ puts: { 'site:live': 'r2', 'site:previous': 'r1' }, deletes: ['site:old'] })).toEqual({
    Puts: [
      { Key: 'site:live', Value: 'r2' },
      { Key: 'site:previous', Value: 'r1' },
    ],
    Deletes: [{ Key: 'site:old' }],
  });
  expect(updateKeysBody({ puts: { a: '1' } })).toEqual({ Puts: [{ Key: 'a', Value: '1' }] });
  expect(updateKeysBody({})).toEqual({});
});

describe('restJson errors', () => {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));

  test('the code from x-amzn-errortype (its namespace cut off), the message from Message', () => {
    const error = errorFromResponse(
      409,
      {
        'x-amzn-errortype': 'ConflictException:http://internal.amazon.com/coral/com.amazonaws.cloudfrontkeyvaluestore/',
        'x-amzn-requestid': 'R9',
      },
      json({ Message: 'Pre-condition failed' }),
    );
    expect(error).toMatchObject({
      code: 'ConflictException',
      status: 409,
      serverMessage: 'Pre-condition failed',
      requestId: 'R9',
    });
  });

  test('or from the body: __type with a namespace, message in lower case', () => {
    const error = errorFromResponse(
      404,
      {},
      json({ __type: 'com.amazonaws.cloudfrontkeyvaluestore#ResourceNotFoundException', message: 'Key not found' }),
    );
    expect(error).toMatchObject({ code: 'ResourceNotFoundException', serverMessage: 'Key not found' });
  });

  test('a JSON body without a code falls back to the status', () => {
    expect(errorFromResponse(503, {}, Buffer.from('{not json'))).toMatchObject({ code: 'ServiceUnavailable' });
  });
});

describe('explainKeyValueStoreError', () => {
  const fail = (code: string, status: number, serverMessage = 'm') =>
    new AwsError(`${code} (HTTP ${status})`, { code, status, serverMessage, requestId: 'R1' });

  test.each([
    ['UpdateKeys', 'AccessDeniedException', 403, `the identity needs cloudfront-keyvaluestore:UpdateKeys on ${ARN}`],
    ['GetKey', 'AccessDeniedException', 403, `the identity needs cloudfront-keyvaluestore:GetKey on ${ARN}`],
    ['DescribeKeyValueStore', 'AccessDeniedException', 403, 'cloudfront-keyvaluestore:DescribeKeyValueStore'],
    ['UpdateKeys', 'ConflictException', 409, 'the store changed since its ETag was read'],
    ['DescribeKeyValueStore', 'ResourceNotFoundException', 404, 'does not exist in this account: check release-store'],
    ['UpdateKeys', 'ValidationException', 400, 'refused the request as invalid: m'],
    ['UpdateKeys', 'ServiceQuotaExceededException', 402, 'at a limit (size or keys): m'],
    ['GetKey', 'InvalidSignatureException', 403, 'the AWS credentials were rejected'],
  ] as const)('%s, %s', (operation, code, status, advice) => {
    const explained = explainKeyValueStoreError(fail(code, status), { operation, storeArn: ARN });
    expect(explained.message.toLowerCase()).toContain(advice.toLowerCase());
    expect(explained.message).toMatch(
      new RegExp(
        `^CloudFront KeyValueStore ${operation} on \\S+ failed with ${code}, HTTP ${status}: .* \\(request id R1\\)$`,
      ),
    );
    expect(explained).toMatchObject({ code, status, resource: ARN });
  });

  test('an unreachable endpoint names the variable that points elsewhere', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(
      explainKeyValueStoreError(refused, {
        operation: 'GetKey',
        storeArn: ARN,
        key: 'site:live',
        endpoint: 'http://127.0.0.1:9',
      }).message,
    ).toBe(
      `CloudFront KeyValueStore GetKey on ${ARN} key site:live failed with ECONNREFUSED: could not reach http://127.0.0.1:9 ` +
        '(connect ECONNREFUSED 127.0.0.1:9). Check AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE / AWS_ENDPOINT_URL if set, ' +
        'the region, and the network.',
    );
  });
});

test('an expired signature with the server time is a skew to correct; a wrong signature is not', () => {
  const signature = (serverMessage: string, serverTime?: number) =>
    new AwsError('x', {
      code: 'InvalidSignatureException',
      status: 403,
      serverMessage,
      ...(serverTime && { serverTime }),
    });
  expect(classifyKeyValueStoreFailure(signature('Signature expired: 20300101T000000Z is now earlier than …', 1))).toBe(
    'clockSkew',
  );
  expect(classifyKeyValueStoreFailure(signature('Signature not yet current: …', 1))).toBe('clockSkew');
  expect(classifyKeyValueStoreFailure(signature('Signature expired: …'))).toBe('fatal');
  expect(classifyKeyValueStoreFailure(signature('The request signature we calculated does not match', 1))).toBe(
    'fatal',
  );
  expect(classifyKeyValueStoreFailure(new AwsError('x', { code: 'ConflictException', status: 409 }))).toBe('fatal');
  expect(classifyKeyValueStoreFailure(new AwsError('x', { code: 'InternalServerException', status: 500 }))).toBe(
    'transient',
  );
});
