/**
 * SigV4A (AWS4-ECDSA-P256-SHA256), the asymmetric variant some services require (the CloudFront
 * KeyValueStore data plane): an ECDSA P-256 key derived from the credentials, a credential scope
 * without a region and the regions in X-Amz-Region-Set. Pure: no I/O, no clock.
 */
import { createECDH, createHash, createHmac, createPrivateKey, type KeyObject, sign } from 'node:crypto';
import aws4 from 'aws4';
import type { Credentials } from '../core/types.js';
import { encodeQuery } from './encode.js';
import type { AwsRequest, WireRequest } from './request.js';
import { amzDate, EMPTY_SHA256, hostOf, lowerCased } from './sign.js';

export const SIGV4A_ALGORITHM = 'AWS4-ECDSA-P256-SHA256';

/** The order of P-256 minus 2: a derived candidate above it is discarded (the KDF's next counter). */
const N_MINUS_2 = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254fn;
const MAX_COUNTER = 254;

// Keyed by the credentials object: derivation costs an HMAC and a point multiplication per key.
const keys = new WeakMap<Credentials, KeyObject>();

/**
 * The signing key AWS derives from an access key pair: HMAC-SHA256 keyed with "AWS4A" + secret
 * over the NIST SP 800-108 counter-mode fixed input (1, algorithm, 0x00, access key id, counter,
 * 256), the first candidate c <= n-2 giving the private key d = c + 1.
 */
export function deriveSigV4AKey(credentials: Pick<Credentials, 'accessKeyId' | 'secretAccessKey'>): KeyObject {
  const secret = Buffer.from(`AWS4A${credentials.secretAccessKey}`, 'utf8');
  for (let counter = 1; counter <= MAX_COUNTER; counter++) {
    const fixedInput = Buffer.concat([
      uint32(1),
      Buffer.from(SIGV4A_ALGORITHM, 'utf8'),
      Buffer.of(0),
      Buffer.from(credentials.accessKeyId, 'utf8'),
      Buffer.of(counter),
      uint32(256),
    ]);
    const candidate = BigInt(`0x${createHmac('sha256', secret).update(fixedInput).digest('hex')}`);
    if (candidate <= N_MINUS_2) return privateKeyOf(candidate + 1n);
  }
  throw new Error('no SigV4A key could be derived from these credentials');
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

/** Node imports an EC private key as a JWK only with its public point, so compute that first. */
function privateKeyOf(d: bigint): KeyObject {
  const scalar = Buffer.from(d.toString(16).padStart(64, '0'), 'hex');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(scalar);
  const point = ecdh.getPublicKey(); // 0x04 || X || Y
  return createPrivateKey({
    format: 'jwk',
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: scalar.toString('base64url'),
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
  });
}

function keyFor(credentials: Credentials): KeyObject {
  let key = keys.get(credentials);
  if (key === undefined) {
    key = deriveSigV4AKey(credentials);
    keys.set(credentials, key);
  }
  return key;
}

export interface SigV4AOptions {
  /** Send and sign x-amz-content-sha256. Default: for S3 only, as the AWS SDKs do. */
  readonly signedBodyHeader?: boolean | undefined;
}

export interface SigV4AParts {
  readonly wire: WireRequest;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/**
 * Signs request as of `at`; request.region is the region set ('*' = every region). The canonical
 * request is aws4's, so both signers canonicalize alike; the path goes in as it goes on the wire.
 */
export function signRequestV4A(
  request: AwsRequest,
  credentials: Credentials,
  at: Date,
  options: SigV4AOptions = {},
): SigV4AParts {
  const headers = lowerCased(request.headers, request.endpoint);
  const datetime = amzDate(at);
  headers['x-amz-date'] = datetime;
  headers['x-amz-region-set'] = request.region;
  if (credentials.sessionToken !== undefined) headers['x-amz-security-token'] = credentials.sessionToken;
  const body = request.body;
  const signBody = options.signedBodyHeader ?? request.service === 's3';
  if (Buffer.isBuffer(body)) {
    headers['content-length'] = String(body.length);
    if (signBody) headers['x-amz-content-sha256'] = createHash('sha256').update(body).digest('hex');
  } else if (body !== undefined) {
    if (headers['content-length'] === undefined) throw new Error('a streamed body needs a content-length header');
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  } else if (signBody) {
    headers['x-amz-content-sha256'] = EMPTY_SHA256;
  }

  // aws4 takes the payload hash from x-amz-content-sha256 when there is one, else hashes body.
  const signer = new aws4.RequestSigner(
    {
      service: request.service,
      region: request.region,
      method: request.method,
      host: hostOf(request.endpoint),
      headers,
      ...(Buffer.isBuffer(body) ? { body } : {}),
      doNotModifyHeaders: true,
      extraHeadersToInclude: { range: true },
    } as aws4.Request,
    credentials,
  );
  // Handed over as already parsed, the wire path is encoded once more per segment (S3's is decoded
  // first), as SigV4 canonicalizes it, and the query's raw names and values once, sorted. Parsing
  // it itself, aws4 would first encode any raw character of the path, which the vectors rule out.
  signer.parsedPath = { path: request.path, query: { ...request.query } };
  signer.datetime = datetime;
  const canonicalRequest = signer.canonicalString();

  const scope = `${datetime.slice(0, 8)}/${request.service}/aws4_request`;
  const stringToSign = [
    SIGV4A_ALGORITHM,
    datetime,
    scope,
    createHash('sha256').update(canonicalRequest, 'utf8').digest('hex'),
  ].join('\n');
  const signature = sign('sha256', Buffer.from(stringToSign, 'utf8'), keyFor(credentials)).toString('hex');
  headers['authorization'] =
    `${SIGV4A_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signer.signedHeaders()}, Signature=${signature}`;
  const query = request.query === undefined ? '' : encodeQuery(request.query);
  return {
    wire: { path: query === '' ? request.path : `${request.path}?${query}`, headers },
    canonicalRequest,
    stringToSign,
  };
}
