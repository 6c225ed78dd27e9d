/**
 * Verifies an incoming request's AWS Signature Version 4 the way AWS does: SigV4 by recomputing
 * the signature with the secret known for the access key id, SigV4A (AWS4-ECDSA-P256-SHA256) by
 * checking the ECDSA signature with the public key derived from those credentials. aws4 does the
 * canonical request from the request as it arrived; only the headers listed in SignedHeaders take part.
 */
import { createHash, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import aws4 from 'aws4';
import { deriveSigV4AKey } from '../../src/aws/sigv4a.js';
import { ApiError } from './errors.js';

export interface StandinCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignedRequest {
  method: string;
  /** The raw request target, path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface SigV4Options {
  service: string;
  /** The region signed for; with SigV4A the region set the request must carry. */
  region: string;
  credentials: readonly StandinCredentials[];
  now: Date;
  /** Largest accepted difference between X-Amz-Date and the server's clock. */
  maxClockSkewMs: number;
}

const ALGORITHMS = ['AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** '20240101T000000Z' → Date, or undefined when malformed. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function parseAuthorization(header: string): {
  algorithm: Algorithm;
  credential: string;
  signedHeaders: string;
  signature: string;
} {
  const algorithm = ALGORITHMS.find((name) => header.startsWith(`${name} `));
  if (algorithm === undefined) {
    throw new ApiError('IncompleteSignature', `Unsupported Authorization scheme; expected ${ALGORITHMS.join(' or ')}.`);
  }
  const fields = new Map<string, string>();
  for (const part of header.slice(algorithm.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaders || !signature) {
    throw new ApiError(
      'IncompleteSignature',
      `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.`,
    );
  }
  return { algorithm, credential, signedHeaders, signature };
}

/** Returns the access key id of a correctly signed request; throws the ApiError CloudFront would send. */
export function verifySigV4(request: SignedRequest, options: SigV4Options): string {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization === undefined) {
    throw new ApiError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  }
  const { algorithm, credential, signedHeaders, signature } = parseAuthorization(authorization);
  const asymmetric = algorithm === 'AWS4-ECDSA-P256-SHA256';

  // SigV4A scopes leave the region out: it travels in X-Amz-Region-Set.
  const parts = credential.split('/');
  if (asymmetric) parts.splice(2, 0, headerValue(request.headers, 'x-amz-region-set') ?? '');
  const [accessKeyId, scopeDate, scopeRegion, scopeService, terminator, ...extra] = parts;
  if (!accessKeyId || extra.length || terminator !== 'aws4_request') {
    throw new ApiError(
      'IncompleteSignature',
      `Credential must have the form <key>/<date>${asymmetric ? '' : '/<region>'}/<service>/aws4_request.`,
    );
  }
  const creds = options.credentials.find((c) => c.accessKeyId === accessKeyId);
  if (!creds) {
    throw new ApiError('InvalidClientTokenId', 'The security token included in the request is invalid.');
  }
  const token = headerValue(request.headers, 'x-amz-security-token');
  if ((creds.sessionToken ?? undefined) !== token) {
    throw new ApiError('InvalidClientTokenId', 'The security token included in the request is invalid.');
  }

  const amzDate = headerValue(request.headers, 'x-amz-date');
  const date = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (amzDate === undefined || date === undefined) {
    throw new ApiError(
      'IncompleteSignature',
      `Authorization header requires existence of a valid 'X-Amz-Date' header.`,
    );
  }
  if (scopeService !== options.service) {
    throw new ApiError(
      'SignatureDoesNotMatch',
      `Credential should be scoped to correct service: '${options.service}'.`,
    );
  }
  if (scopeRegion !== options.region) {
    throw new ApiError('SignatureDoesNotMatch', `Credential should be scoped to a valid region, not '${scopeRegion}'.`);
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    throw new ApiError(
      'SignatureDoesNotMatch',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}'.`,
    );
  }
  const skew = date.getTime() - options.now.getTime();
  if (Math.abs(skew) > options.maxClockSkewMs) {
    const limit = new Date(options.now.getTime() + (skew < 0 ? -1 : 1) * options.maxClockSkewMs);
    const stamp = (d: Date): string => d.toISOString().replace(/[:-]|\.\d{3}/g, '');
    throw new ApiError(
      'SignatureDoesNotMatch',
      skew < 0
        ? `Signature expired: ${amzDate} is now earlier than ${stamp(limit)} (${stamp(options.now)} - 15 min.)`
        : `Signature not yet current: ${amzDate} is still later than ${stamp(limit)} (${stamp(options.now)} + 15 min.)`,
    );
  }

  const names = signedHeaders.split(';');
  if (!names.includes('host')) {
    throw new ApiError('SignatureDoesNotMatch', `'Host' must be a signed header.`);
  }
  if (asymmetric && !names.includes('x-amz-region-set')) {
    throw new ApiError('SignatureDoesNotMatch', `'X-Amz-Region-Set' must be a signed header.`);
  }
  if (token !== undefined && !names.includes('x-amz-security-token')) {
    throw new ApiError('SignatureDoesNotMatch', `'X-Amz-Security-Token' must be a signed header.`);
  }
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(request.headers, name);
    if (value === undefined) {
      throw new ApiError('SignatureDoesNotMatch', `Signed header '${name}' is missing from the request.`);
    }
    headers[name] = value;
  }

  const signer = new aws4.RequestSigner(
    {
      method: request.method,
      path: request.url,
      headers,
      body: request.body,
      service: options.service,
      region: options.region,
      doNotModifyHeaders: true,
      // aws4 leaves out a few headers (user-agent, expect…) by default; sign exactly what the client did.
      extraHeadersToInclude: Object.fromEntries(names.map((name) => [name, true])),
    } as aws4.Request,
    { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
  );
  signer.datetime = amzDate;
  let matches: boolean;
  try {
    matches = signer.signedHeaders() === signedHeaders && signatureMatches(signer, creds, algorithm, signature);
  } catch {
    throw new ApiError('SignatureDoesNotMatch', 'The request path could not be canonicalized.');
  }
  if (!matches) {
    throw new ApiError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  }
  return accessKeyId;
}

function signatureMatches(
  signer: aws4.RequestSigner,
  creds: StandinCredentials,
  algorithm: Algorithm,
  signature: string,
): boolean {
  if (algorithm === 'AWS4-HMAC-SHA256') {
    const expected = signer.signature();
    return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  }
  const datetime = signer.getDateTime();
  const stringToSign = [
    algorithm,
    datetime,
    `${datetime.slice(0, 8)}/${signer.service}/aws4_request`,
    createHash('sha256').update(signer.canonicalString(), 'utf8').digest('hex'),
  ].join('\n');
  const publicKey = createPublicKey(deriveSigV4AKey(creds));
  return (
    /^[0-9a-f]+$/.test(signature) &&
    verify('sha256', Buffer.from(stringToSign), publicKey, Buffer.from(signature, 'hex'))
  );
}
