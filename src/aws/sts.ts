/**
 * STS AssumeRoleWithWebIdentity: the one AWS call made before we have credentials, so it is an
 * unsigned form POST (the web identity token is the proof). Sent with node:http/https here rather
 * than through the signing client in http.ts, with the standard retry policy plus STS's own
 * transient IDPCommunicationError. Neither the token nor any returned credential ever reaches a
 * message: STS's own text is scrubbed of the token before it is quoted.
 */
import http from 'node:http';
import https from 'node:https';
import type { Credentials } from '../core/types.js';
import type { Clock } from '../ports.js';
import { AwsError, type AwsErrorFields, errorCode, errorFromResponse } from './errors.js';
import { backoffDelayMs, classifyFailure, type RetryPolicy, standardRetryPolicy } from './retry.js';
import { child, parseXml, text } from './xml.js';

export const STS_API_VERSION = '2011-06-15';

export interface AssumeRoleWithWebIdentityOptions {
  /** e.g. 'https://sts.us-east-1.amazonaws.com' (see stsEndpoint). */
  readonly endpoint: string;
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly durationSeconds: number;
  readonly webIdentityToken: string;
  readonly clock: Clock;
  /** Idle-socket timeout per attempt. Default 30 s. */
  readonly timeoutMs?: number;
  readonly random?: () => number;
  readonly retryPolicy?: RetryPolicy;
}

export interface AssumedRole {
  readonly credentials: Credentials;
  readonly expiration: Date;
  /** e.g. 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions-42' */
  readonly assumedRoleArn?: string;
}

/** The STS endpoint: an explicit override (AWS_ENDPOINT_URL_STS ?? AWS_ENDPOINT_URL) or the regional one. */
export function stsEndpoint(region: string, override?: string): string {
  if (override !== undefined && override !== '') return override.replace(/\/+$/, '');
  if (region === '') return 'https://sts.amazonaws.com';
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://sts.${region}.${suffix}`;
}

export async function assumeRoleWithWebIdentity(options: AssumeRoleWithWebIdentityOptions): Promise<AssumedRole> {
  const target = parseStsEndpoint(options.endpoint);
  const body = Buffer.from(
    new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: STS_API_VERSION,
      RoleArn: options.roleArn,
      RoleSessionName: options.roleSessionName,
      WebIdentityToken: options.webIdentityToken,
      DurationSeconds: String(options.durationSeconds),
    }).toString(),
    'utf8',
  );
  const policy = options.retryPolicy ?? standardRetryPolicy;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await post(target, body, options.timeoutMs ?? 30_000);
      return parseAssumeRoleWithWebIdentityResponse(answer);
    } catch (error) {
      const kind = stsFailureKind(error);
      if (kind === 'fatal' || attempt >= policy.maxAttempts) throw explainStsError(error, options);
      await options.clock.sleep(backoffDelayMs(attempt, kind, random, policy));
    }
  }
}

/** The standard policy's verdict, plus the one STS code it does not know: a flaky identity provider. */
export function stsFailureKind(error: unknown): 'transient' | 'throttle' | 'fatal' {
  if (errorCode(error) === 'IDPCommunicationError') return 'transient';
  const kind = classifyFailure(error);
  // Unsigned: a clock-skew answer cannot be ours to correct.
  return kind === 'clockSkew' ? 'fatal' : kind;
}

/** Credentials, expiration and assumed-role ARN of an <AssumeRoleWithWebIdentityResponse>. */
export function parseAssumeRoleWithWebIdentityResponse(body: Buffer | string): AssumedRole {
  const result = child(child(parseXml(body), 'AssumeRoleWithWebIdentityResponse'), 'AssumeRoleWithWebIdentityResult');
  const credentials = child(result, 'Credentials');
  const accessKeyId = text(credentials, 'AccessKeyId')?.trim();
  const secretAccessKey = text(credentials, 'SecretAccessKey')?.trim();
  const sessionToken = text(credentials, 'SessionToken')?.trim();
  const expiration = new Date(text(credentials, 'Expiration')?.trim() ?? '');
  if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration.getTime())) {
    throw new Error(
      'STS answered AssumeRoleWithWebIdentity without <Credentials> holding AccessKeyId, SecretAccessKey, ' +
        'SessionToken and Expiration',
    );
  }
  const assumedRoleArn = text(child(result, 'AssumedRoleUser'), 'Arn')?.trim();
  return {
    credentials: { accessKeyId, secretAccessKey, sessionToken },
    expiration,
    ...(assumedRoleArn ? { assumedRoleArn } : {}),
  };
}

type ExplainContext = Pick<AssumeRoleWithWebIdentityOptions, 'roleArn' | 'webIdentityToken' | 'endpoint'>;

/** Rewrites a failed AssumeRoleWithWebIdentity into an AwsError (code kept) that says what to check. */
export function explainStsError(error: unknown, context: ExplainContext): AwsError {
  const scrub = (value: string | undefined) => (value === undefined ? undefined : redact(value, context.webIdentityToken));
  const source: AwsErrorFields =
    error instanceof AwsError ? error : { code: errorCode(error) ?? 'UnknownError', serverMessage: messageOf(error) };
  const serverMessage = scrub(source.serverMessage);
  const code = source.code;
  const said = serverMessage ? ` STS said: ${serverMessage}` : '';
  let advice: string;
  if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
    advice =
      "the role's trust policy must trust the GitHub OIDC provider token.actions.githubusercontent.com, with " +
      'audience sts.amazonaws.com, and that provider must exist in IAM (Identity providers) in the account ' +
      `of ${context.roleArn}.${said}`;
  } else if (code === 'AccessDenied') {
    advice =
      'Not authorized to perform sts:AssumeRoleWithWebIdentity: check the trust policy\'s Condition on ' +
      'token.actions.githubusercontent.com:sub — it must match this repository/branch/environment, e.g. ' +
      `repo:OWNER/REPO:ref:refs/heads/main (and :aud must be sts.amazonaws.com).${said}`;
  } else if (code === 'ExpiredTokenException' || code === 'ExpiredToken') {
    advice = `the GitHub OIDC token expired before STS saw it; re-run the job.${said}`;
  } else if (code === 'IDPCommunicationError') {
    advice = `STS could not reach the GitHub OIDC provider, even after retries; re-run the job.${said}`;
  } else if (code === 'RegionDisabledException') {
    advice = `STS is not activated in this region for the account: activate it in IAM (Account settings) or set another region.${said}`;
  } else if (code === 'ValidationError') {
    advice = `${validationInput(serverMessage)}.${said}`;
  } else if (source.status === undefined) {
    const detail = serverMessage ? ` (${serverMessage})` : '';
    advice = `no answer from ${context.endpoint}${detail}: check the region and AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL.`;
  } else {
    advice = serverMessage ?? 'no details were given.';
  }
  const status = source.status === undefined ? '' : `, HTTP ${source.status}`;
  const requestId = source.requestId === undefined ? '' : ` (request id ${source.requestId})`;
  const message = `STS AssumeRoleWithWebIdentity for ${context.roleArn} failed with ${code}${status}: ${advice}${requestId}`;
  const fields: AwsErrorFields = {
    ...source,
    code,
    resource: context.roleArn,
    ...(serverMessage === undefined ? {} : { serverMessage }),
  };
  // The raw error is kept only when it is a socket error: an AwsError's message quotes STS unscrubbed.
  return new AwsError(message, fields, error instanceof AwsError ? undefined : { cause: error });
}

/** Which input an STS ValidationError is about, from its message ("...at 'roleSessionName' failed..."). */
function validationInput(serverMessage: string | undefined): string {
  const said = serverMessage ?? '';
  if (/durationSeconds|MaxSessionDuration/i.test(said)) {
    return 'check role-duration-seconds: 900 to 43200, and no more than the role\'s maximum session duration';
  }
  if (/roleSessionName/i.test(said)) return 'check role-session-name: 2–64 characters of letters, digits and +=,.@_-';
  if (/roleArn|\bARN\b/i.test(said)) return 'check role-to-assume: expected arn:aws:iam::123456789012:role/NAME';
  return 'check role-to-assume, role-duration-seconds and role-session-name';
}

/** value with the token, and each long part of it (a JWT's header, claims, signature), replaced. */
function redact(value: string, token: string): string {
  const secrets = [token, ...token.split('.')].filter((part) => part.length >= 8);
  return secrets.reduce((out, secret) => out.split(secret).join('***'), value);
}

function messageOf(error: unknown): string {
  // Duck-typed: socket errors may come from another realm (jest's vm modules), where instanceof fails.
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return typeof message === 'string' ? message : String(error);
}

interface StsTarget {
  readonly protocol: 'http:' | 'https:';
  readonly hostname: string;
  readonly port?: number;
  readonly path: string;
}

function parseStsEndpoint(value: string): StsTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`STS endpoint "${value}" is not a URL (expected e.g. https://sts.us-east-1.amazonaws.com)`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new Error(`STS endpoint "${value}" must be an http:// or https:// URL without query or fragment`);
  }
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    ...(url.port === '' ? {} : { port: Number(url.port) }),
    path: url.pathname.replace(/\/*$/, '/'),
  };
}

/** One attempt: resolves with a 2xx body, rejects with an AwsError or a socket error. */
function post(target: StsTarget, body: Buffer, timeoutMs: number): Promise<Buffer> {
  const send = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        ...(target.port === undefined ? {} : { port: target.port }),
        method: 'POST',
        path: target.path,
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          'content-length': String(body.length),
          accept: 'text/xml',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const answer = Buffer.concat(chunks);
          if (status >= 200 && status < 300) resolve(answer);
          else reject(errorFromResponse(status, res.headers, answer));
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(Object.assign(new Error(`no response activity for ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
