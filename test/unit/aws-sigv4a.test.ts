/** SigV4A against the published AWS signing test suite (test/fixtures/sigv4a, from aws-c-auth). */
import { createPublicKey, verify } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwsRequest } from '../../src/aws/request.js';
import { deriveSigV4AKey, SIGV4A_ALGORITHM, signRequestV4A } from '../../src/aws/sigv4a.js';
import type { Credentials } from '../../src/core/types.js';

const SUITE = join(import.meta.dirname, '..', 'fixtures', 'sigv4a');
const CASES = readdirSync(SUITE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Context {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  region: string;
  service: string;
  sign_body: boolean;
  timestamp: string;
}

interface Vector {
  context: Context;
  credentials: Credentials;
  request: AwsRequest;
  canonicalRequest: string;
  stringToSign: string;
  publicKey: { X: string; Y: string };
}

function read(name: string, file: string): string {
  return readFileSync(join(SUITE, name, file), 'utf8');
}

/** request.txt: a request line, headers (continuation lines folded in, repeats joined with ','), a body. */
function parseRequest(text: string, context: Context): AwsRequest {
  const [head = '', ...rest] = text.split('\n\n');
  const [requestLine = '', ...headerLines] = head.split('\n');
  const [method = '', target = ''] = requestLine.split(' ', 2);
  // The target runs up to ' HTTP/1.1' and may itself hold spaces.
  const fullTarget = requestLine.slice(method.length + 1, requestLine.lastIndexOf(' HTTP/'));
  expect(fullTarget.startsWith(target)).toBe(true);
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of headerLines) {
    if (line === '') continue;
    if (/^\s/.test(line) && last !== undefined) {
      headers[last] += `\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    last = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1);
    headers[last] = headers[last] === undefined ? value : `${headers[last]},${value}`;
  }
  const { host = '', ...others } = headers;
  const queryAt = fullTarget.indexOf('?');
  const query: Record<string, string> = {};
  if (queryAt !== -1) {
    for (const pair of fullTarget.slice(queryAt + 1).split('&')) {
      const eq = pair.indexOf('=');
      const name = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
      query[name] = eq === -1 ? '' : decodeURIComponent(pair.slice(eq + 1));
    }
  }
  const body = rest.join('\n\n');
  return {
    service: context.service,
    region: context.region,
    signing: 'sigv4a',
    endpoint: { protocol: 'https:', hostname: host },
    method,
    path: queryAt === -1 ? fullTarget : fullTarget.slice(0, queryAt),
    ...(queryAt === -1 ? {} : { query }),
    headers: others,
    ...(body === '' ? {} : { body: Buffer.from(body, 'utf8') }),
  };
}

function vector(name: string): Vector {
  const context = JSON.parse(read(name, 'context.json')) as Context;
  const { access_key_id, secret_access_key, token } = context.credentials;
  return {
    context,
    credentials: {
      accessKeyId: access_key_id,
      secretAccessKey: secret_access_key,
      ...(token === undefined ? {} : { sessionToken: token }),
    },
    request: parseRequest(read(name, 'request.txt'), context),
    canonicalRequest: read(name, 'header-canonical-request.txt'),
    stringToSign: read(name, 'header-string-to-sign.txt'),
    publicKey: JSON.parse(read(name, 'public-key.json')) as { X: string; Y: string },
  };
}

function hexOf(base64url: string | undefined): string {
  return Buffer.from(base64url ?? '', 'base64url').toString('hex');
}

function vectorPublicKey({ X, Y }: { X: string; Y: string }) {
  const coordinate = (hex: string): string => Buffer.from(hex.padStart(64, '0'), 'hex').toString('base64url');
  return createPublicKey({ format: 'jwk', key: { kty: 'EC', crv: 'P-256', x: coordinate(X), y: coordinate(Y) } });
}

test('the suite is here: 30 cases', () => {
  expect(CASES).toHaveLength(30);
});

describe.each(CASES)('SigV4A vector %s', (name) => {
  const v = vector(name);
  const signed = signRequestV4A(v.request, v.credentials, new Date(v.context.timestamp), {
    signedBodyHeader: v.context.sign_body,
  });

  test('canonical request, byte for byte', () => {
    expect(signed.canonicalRequest).toBe(v.canonicalRequest);
  });

  test('string to sign, byte for byte', () => {
    expect(signed.stringToSign).toBe(v.stringToSign);
  });

  test('the key derived from the credentials has the public key of the vector', () => {
    const jwk = createPublicKey(deriveSigV4AKey(v.credentials)).export({ format: 'jwk' });
    expect({ X: hexOf(jwk.x), Y: hexOf(jwk.y) }).toEqual({
      X: v.publicKey.X.toLowerCase().padStart(64, '0'),
      Y: v.publicKey.Y.toLowerCase().padStart(64, '0'),
    });
  });

  test("the Authorization header names the scope and signed headers, and the vector's key verifies it", () => {
    const lines = v.canonicalRequest.split('\n');
    const signedHeaders = lines[lines.length - 2];
    const scope = v.stringToSign.split('\n')[2];
    const authorization = signed.wire.headers['authorization'] ?? '';
    const match = new RegExp(
      `^${SIGV4A_ALGORITHM} Credential=${v.credentials.accessKeyId}/${scope}, ` +
        `SignedHeaders=${signedHeaders}, Signature=([0-9a-f]+)$`,
    ).exec(authorization);
    expect(match).not.toBeNull();
    const signature = Buffer.from(match?.[1] ?? '', 'hex');
    const key = vectorPublicKey(v.publicKey);
    expect(verify('sha256', Buffer.from(v.stringToSign, 'utf8'), key, signature)).toBe(true);
    expect(verify('sha256', Buffer.from(`${v.stringToSign} `, 'utf8'), key, signature)).toBe(false);
  });

  test('the wire request carries the region set and the date it was signed with', () => {
    expect(signed.wire.headers['x-amz-region-set']).toBe(v.context.region);
    expect(signed.wire.headers['x-amz-date']).toBe(v.stringToSign.split('\n')[1]);
  });
});

test('a different secret derives a key that does not verify', () => {
  const v = vector('get-vanilla');
  const signed = signRequestV4A(
    v.request,
    { ...v.credentials, secretAccessKey: `${v.credentials.secretAccessKey}x` },
    new Date(v.context.timestamp),
  );
  expect(signed.stringToSign).toBe(v.stringToSign);
  const signature = /Signature=([0-9a-f]+)$/.exec(signed.wire.headers['authorization'] ?? '')?.[1] ?? '';
  expect(
    verify('sha256', Buffer.from(v.stringToSign), vectorPublicKey(v.publicKey), Buffer.from(signature, 'hex')),
  ).toBe(false);
});

test('region set "*" as the KeyValueStore wants it, and a double-encoded ARN path for a non-S3 service', () => {
  const arn = 'arn:aws:cloudfront::123456789012:key-value-store/abc';
  const signed = signRequestV4A(
    {
      service: 'cloudfront-keyvaluestore',
      region: '*',
      signing: 'sigv4a',
      endpoint: { protocol: 'https:', hostname: '123456789012.cloudfront-kvs.global.api.aws' },
      method: 'GET',
      path: `/key-value-stores/${encodeURIComponent(arn)}`,
    },
    { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    new Date('2015-08-30T12:36:00Z'),
  );
  expect(signed.wire.path).toBe('/key-value-stores/arn%3Aaws%3Acloudfront%3A%3A123456789012%3Akey-value-store%2Fabc');
  expect(signed.canonicalRequest.split('\n').slice(0, 2)).toEqual([
    'GET',
    '/key-value-stores/arn%253Aaws%253Acloudfront%253A%253A123456789012%253Akey-value-store%252Fabc',
  ]);
  expect(signed.wire.headers['x-amz-region-set']).toBe('*');
  expect(signed.stringToSign.split('\n')[2]).toBe('20150830/cloudfront-keyvaluestore/aws4_request');
  expect(signed.wire.headers['x-amz-content-sha256']).toBeUndefined();
});
