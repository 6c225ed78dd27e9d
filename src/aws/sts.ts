/**
 * STS AssumeRoleWithWebIdentity: the one AWS call made before we have credentials, so it is an
 * unsigned form POST (the web identity token is the proof), with the standard retry policy plus
 * STS's own transient IDPCommunicationError. Neither the token nor any returned credential ever
 * reaches a message: STS's own text is scrubbed of the token before it is quoted.
 */
import type { Credentials } from '../core/types.js';
import { errorCode } from '../util/errors.js';
import { parseEndpointUrl } from './endpoints.js';
import { AwsError, type AwsErrorFields, explainedError, failureFields } from './errors.js';
import type { HttpClient } from './http.js';
import { classifyFailure } from './retry.js';
import { child, parseXml, text } from './xml.js';

const STS_API_VERSION = '2011-06-15';

export interface AssumeRoleWithWebIdentityOptions {
  /** Sends unsigned, with the standard retries; needs no credentials. */
  readonly http: HttpClient;
  /** e.g. 'https://sts.us-east-1.amazonaws.com' (see endpoints.stsEndpoint). */
  readonly endpoint: string;
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly durationSeconds: number;
  readonly webIdentityToken: string;
}

export interface AssumedRole {
  readonly credentials: Credentials;
  readonly expiration: Date;
  /** e.g. 'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions-42' */
  readonly assumedRoleArn?: string;
}

export async function assumeRoleWithWebIdentity(options: AssumeRoleWithWebIdentityOptions): Promise<AssumedRole> {
  const { endpoint, basePath } = parseEndpointUrl(options.endpoint, 'STS');
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
  try {
    const answer = await options.http.sendUnsigned({
      endpoint,
      method: 'POST',
      path: `${basePath}/`,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'text/xml' },
      body,
      classify: stsFailureKind,
      label: `STS AssumeRoleWithWebIdentity ${options.roleArn}`,
    });
    return parseAssumeRoleWithWebIdentityResponse(answer.body);
  } catch (error) {
    throw explainStsError(error, options);
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
  const scrub = (value: string | undefined) =>
    value === undefined ? undefined : redact(value, context.webIdentityToken);
  const source = failureFields(error);
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
      "Not authorized to perform sts:AssumeRoleWithWebIdentity: check the trust policy's Condition on " +
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
  const fields: Partial<AwsErrorFields> =
    serverMessage === undefined ? { resource: context.roleArn } : { resource: context.roleArn, serverMessage };
  // The raw error is kept only when it is a socket error: an AwsError's message quotes STS unscrubbed.
  return explainedError(
    `STS AssumeRoleWithWebIdentity for ${context.roleArn}`,
    source,
    advice,
    fields,
    error instanceof AwsError ? undefined : { cause: error },
  );
}

/** Which input an STS ValidationError is about, from its message ("...at 'roleSessionName' failed..."). */
function validationInput(serverMessage: string | undefined): string {
  const said = serverMessage ?? '';
  if (/durationSeconds|MaxSessionDuration/i.test(said)) {
    return "check role-duration-seconds: 900 to 43200, and no more than the role's maximum session duration";
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
