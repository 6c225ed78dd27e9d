import { createHash, createHmac } from 'node:crypto';
import { encodeKeyPath } from '../../src/aws/encode.js';
import type { AwsRequest } from '../../src/aws/request.js';
import { signRequest } from '../../src/aws/sign.js';

// The example credentials and time of AWS's SigV4 documentation for S3
// ("Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk").
const EXAMPLE_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const EXAMPLE_TIME = new Date('2013-05-24T00:00:00Z');
const EXAMPLE_BUCKET_HOST = { protocol: 'https:', hostname: 'examplebucket.s3.amazonaws.com' } as const;

function signatureOf(authorization: string | undefined): string | undefined {
  return /Signature=([0-9a-f]{64})$/.exec(authorization ?? '')?.[1];
}

describe('signRequest against the AWS documented S3 vectors', () => {
  test('GET /test.txt with a Range header', () => {
    const signed = signRequest(
      {
        service: 's3',
        region: 'us-east-1',
        endpoint: EXAMPLE_BUCKET_HOST,
        method: 'GET',
        path: '/test.txt',
        headers: { Range: 'bytes=0-9' },
      },
      EXAMPLE_CREDENTIALS,
      EXAMPLE_TIME,
    );
    expect(signed.path).toBe('/test.txt');
    expect(signed.headers['Authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  test('GET Bucket lifecycle (?lifecycle, an empty-valued sub-resource)', () => {
    const signed = signRequest(
      {
        service: 's3',
        region: 'us-east-1',
        endpoint: EXAMPLE_BUCKET_HOST,
        method: 'GET',
        path: '/',
        query: { lifecycle: '' },
      },
      EXAMPLE_CREDENTIALS,
      EXAMPLE_TIME,
    );
    expect(signatureOf(signed.headers['Authorization'])).toBe(
      'fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543',
    );
  });

  test('GET Bucket (List Objects) ?max-keys=2&prefix=J, query sorted for signing', () => {
    const signed = signRequest(
      {
        service: 's3',
        region: 'us-east-1',
        endpoint: EXAMPLE_BUCKET_HOST,
        method: 'GET',
        path: '/',
        query: { prefix: 'J', 'max-keys': '2' },
      },
      EXAMPLE_CREDENTIALS,
      EXAMPLE_TIME,
    );
    expect(signatureOf(signed.headers['Authorization'])).toBe(
      '34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7',
    );
  });
});

/** An independent SigV4 (S3 rules: the path is signed as sent, no double encoding). */
function referenceSignature(
  method: string,
  path: string,
  query: string,
  headers: Record<string, string>,
  secret: string,
  region: string,
): string {
  const names = Object.keys(headers)
    .map((n) => n.toLowerCase())
    .filter((n) => n !== 'authorization')
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([n, v]) => [n.toLowerCase(), v]));
  const canonical = [
    method,
    path,
    query,
    names.map((n) => `${n}:${(lower[n] ?? '').trim()}\n`).join(''),
    names.join(';'),
    lower['x-amz-content-sha256'],
  ].join('\n');
  const amzDate = lower['x-amz-date'] ?? '';
  const scope = `${amzDate.slice(0, 8)}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  let key: Buffer = createHmac('sha256', 'AWS4' + secret)
    .update(amzDate.slice(0, 8))
    .digest();
  for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(toSign).digest('hex');
}

describe('signRequest with keys that need encoding', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret/with+chars' };
  const endpoint = { protocol: 'http:', hostname: '127.0.0.1', port: 4568 } as const;

  test.each([
    ['a b+c%d/日本語.txt', '/site/a%20b%2Bc%25d/%E6%97%A5%E6%9C%AC%E8%AA%9E.txt'],
    ["!'()*.txt", '/site/%21%27%28%29%2A.txt'],
    ['a/./b/../c', '/site/a/./b/../c'],
    ['007', '/site/007'],
  ])('%j is sent and signed as %s', (key, expectedPath) => {
    const request: AwsRequest = {
      service: 's3',
      region: 'eu-west-1',
      endpoint,
      method: 'PUT',
      path: '/site/' + encodeKeyPath(key),
      query: { partNumber: '1', uploadId: 'id+/=' },
      headers: { 'Content-Type': 'text/plain', 'x-amz-meta-md5': 'abc' },
      body: Buffer.from('hello'),
    };
    const signed = signRequest(request, credentials, new Date('2024-02-29T12:34:56.789Z'));
    expect(signed.path).toBe(`${expectedPath}?partNumber=1&uploadId=id%2B%2F%3D`);
    expect(signed.headers['host']).toBe('127.0.0.1:4568');
    expect(signed.headers['x-amz-date']).toBe('20240229T123456Z');
    expect(signed.headers['x-amz-content-sha256']).toBe(createHash('sha256').update('hello').digest('hex'));
    const auth = signed.headers['Authorization'] ?? '';
    expect(auth).toContain('Credential=AKIDEXAMPLE/20240229/eu-west-1/s3/aws4_request');
    const withoutAuth = { ...signed.headers };
    delete withoutAuth['Authorization'];
    // content-length is signed too; keep it in the reference so the comparison is exact.
    const signedNames = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
    const reference = referenceSignature(
      'PUT',
      expectedPath,
      'partNumber=1&uploadId=id%2B%2F%3D',
      Object.fromEntries(Object.entries(withoutAuth).filter(([n]) => signedNames.includes(n.toLowerCase()))),
      credentials.secretAccessKey,
      'eu-west-1',
    );
    expect(signedNames).toContain('content-length');
    expect(signatureOf(auth)).toBe(reference);
  });

  test('a streamed body is sent as UNSIGNED-PAYLOAD and needs a content-length', () => {
    const base = { service: 's3', region: 'us-east-1', endpoint, method: 'PUT', path: '/b/k' } as const;
    const signed = signRequest(
      { ...base, headers: { 'content-length': '3' }, body: () => process.stdin },
      credentials,
      EXAMPLE_TIME,
    );
    expect(signed.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(() => signRequest({ ...base, body: () => process.stdin }, credentials, EXAMPLE_TIME)).toThrow(
      /content-length/,
    );
  });

  test('a session token is sent and signed', () => {
    const signed = signRequest(
      { service: 's3', region: 'us-east-1', endpoint, method: 'GET', path: '/b/k' },
      { ...credentials, sessionToken: 'TOKEN' },
      EXAMPLE_TIME,
    );
    expect(signed.headers['X-Amz-Security-Token']).toBe('TOKEN');
    expect(signed.headers['Authorization']).toMatch(/SignedHeaders=[^,]*x-amz-security-token/);
  });
});
