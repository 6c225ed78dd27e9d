/**
 * Local stand-ins for what role-to-assume talks to, on one 127.0.0.1 server:
 *  - the runner's ID token endpoint, as core.getIDToken calls it: GET ACTIONS_ID_TOKEN_REQUEST_URL
 *    + '&audience=…' with 'Authorization: Bearer ' + ACTIONS_ID_TOKEN_REQUEST_TOKEN → {"value": jwt};
 *  - STS AssumeRoleWithWebIdentity (unsigned form POST to /sts/): accepts only tokens it issued,
 *    for audience sts.amazonaws.com, unexpired, for an allowed role; answers with fresh random
 *    credentials or STS's own error XML.
 * Issued tokens and credentials are exposed so a test can point the CloudFront stand-in at them.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenLocally } from './standin-http.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const ID_TOKEN_PATH = '/_apis/idtoken';
const STS_PATH = '/sts/';

export interface OidcStandinOptions {
  /** Role ARNs whose trust policy lets the issued tokens in; any other role gets AccessDenied. */
  allowedRoles: readonly string[];
  /** The `sub` claim of issued tokens. Default 'repo:octo-org/site:ref:refs/heads/main'. */
  subject?: string;
  /** Default 3600, as IAM's default MaxSessionDuration. */
  maxSessionDurationSeconds?: number;
  /** Lifetime of issued ID tokens. Default 5 minutes (GitHub's are valid for minutes). */
  tokenLifetimeSeconds?: number;
  /** 0 (the default) = any free port. Always 127.0.0.1. */
  port?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface IssuedToken {
  readonly token: string;
  readonly audience: string;
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly roleArn: string;
  readonly roleSessionName: string;
}

/** Consumed once each, by the next STS request, in queue order. */
export type StsFault = 'IDPCommunicationError' | 'Throttling' | 'InternalError' | 'reset';

export interface OidcStandin {
  /** Set as ACTIONS_ID_TOKEN_REQUEST_URL (it has a query, as the runner's does: core appends '&audience='). */
  idTokenUrl: string;
  /** Set as ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** For AWS_ENDPOINT_URL_STS / the sts endpoint option. */
  stsEndpoint: string;
  issuedTokens: IssuedToken[];
  issuedCredentials: IssuedCredentials[];
  faults: StsFault[];
  requests: { idToken: number; sts: number };
  stop(): Promise<void>;
}

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export async function startOidcStandin(options: OidcStandinOptions): Promise<OidcStandin> {
  const now = options.now ?? (() => new Date());
  const signingKey = randomBytes(32);
  const requestToken = randomBytes(24).toString('hex');
  const issuedTokens: IssuedToken[] = [];
  const issuedCredentials: IssuedCredentials[] = [];
  const faults: StsFault[] = [];
  const requests = { idToken: 0, sts: 0 };
  const roles = new Set(options.allowedRoles);

  function sign(headerAndClaims: string): string {
    return base64url(createHmac('sha256', signingKey).update(headerAndClaims).digest());
  }

  function issueToken(audience: string): string {
    const iat = Math.floor(now().getTime() / 1000);
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'standin' }));
    const claims = base64url(
      JSON.stringify({
        iss: GITHUB_ISSUER,
        aud: audience,
        sub: options.subject ?? 'repo:octo-org/site:ref:refs/heads/main',
        iat,
        nbf: iat,
        exp: iat + (options.tokenLifetimeSeconds ?? 300),
        jti: randomUUID(),
      }),
    );
    const token = `${header}.${claims}.${sign(`${header}.${claims}`)}`;
    issuedTokens.push({ token, audience });
    return token;
  }

  /** The claims of a token this server signed; throws STS's answer otherwise. */
  function verifiedClaims(token: string): { aud?: unknown; exp?: unknown } {
    const [header, claims, signature, ...rest] = token.split('.');
    const expected = Buffer.from(sign(`${header}.${claims}`));
    const given = Buffer.from(signature ?? '');
    const signed = given.length === expected.length && timingSafeEqual(given, expected);
    if (!header || !claims || rest.length > 0 || !signed) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        'The web identity token could not be validated: its signature does not match any key of the provider.',
      );
    }
    return JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud?: unknown; exp?: unknown };
  }

  function assumeRole(form: URLSearchParams): string {
    if (form.get('Action') !== 'AssumeRoleWithWebIdentity' || form.get('Version') !== '2011-06-15') {
      throw new StsError(
        400,
        'InvalidAction',
        `Could not find operation ${form.get('Action') ?? ''} for version ${form.get('Version') ?? ''}`,
      );
    }
    const roleArn = form.get('RoleArn') ?? '';
    const roleSessionName = form.get('RoleSessionName') ?? '';
    const duration = Number(form.get('DurationSeconds') ?? '3600');
    const token = form.get('WebIdentityToken') ?? '';
    if (roleArn.length < 20) {
      throw validation(
        `Value '${roleArn}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
      );
    }
    if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
      throw validation(
        `Value '${roleSessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
      throw validation(
        `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    }
    if (token.length < 4) {
      throw validation(
        "Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
      );
    }
    const claims = verifiedClaims(token);
    if (claims.aud !== 'sts.amazonaws.com') throw new StsError(400, 'InvalidIdentityToken', 'Incorrect token audience');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now().getTime()) {
      throw new StsError(
        400,
        'ExpiredTokenException',
        'Token expired: current date/time must be before the expiration date/time.',
      );
    }
    if (!roles.has(roleArn))
      throw new StsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    if (duration > (options.maxSessionDurationSeconds ?? 3600)) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    const issued: IssuedCredentials = {
      accessKeyId: 'ASIA' + randomAlnum(16),
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(120).toString('base64'),
      expiration: new Date(now().getTime() + duration * 1000),
      roleArn,
      roleSessionName,
    };
    issuedCredentials.push(issued);
    return credentialsXml(issued);
  }

  function handleIdToken(req: IncomingMessage, url: URL, res: ServerResponse): void {
    requests.idToken += 1;
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      reply(res, 401, 'application/json', JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    const audience = url.searchParams.get('audience') ?? 'https://github.com/octo-org';
    reply(res, 200, 'application/json', JSON.stringify({ count: 1, value: issueToken(audience) }));
  }

  function handleSts(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    requests.sts += 1;
    const fault = faults.shift();
    if (fault === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    const requestId = randomUUID();
    try {
      if (fault === 'IDPCommunicationError')
        throw new StsError(400, fault, "Couldn't retrieve verification key from your identity provider");
      if (fault === 'Throttling') throw new StsError(400, fault, 'Rate exceeded');
      if (fault === 'InternalError') throw new StsError(500, fault, 'An internal error occurred');
      if (
        req.method !== 'POST' ||
        !String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')
      ) {
        throw new StsError(400, 'InvalidAction', 'Expected a form POST');
      }
      reply(res, 200, 'text/xml', assumeRole(new URLSearchParams(body.toString('utf8'))), requestId);
    } catch (error) {
      if (!(error instanceof StsError)) throw error;
      reply(res, error.status, 'text/xml', errorXml(error, requestId), requestId);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      try {
        if (req.method === 'GET' && url.pathname === ID_TOKEN_PATH) handleIdToken(req, url, res);
        else if (url.pathname === STS_PATH) handleSts(req, Buffer.concat(chunks), res);
        else reply(res, 404, 'text/plain', `no stand-in answers ${req.method} ${url.pathname}`);
      } catch (error) {
        reply(res, 500, 'text/plain', `stand-in failure: ${(error as Error).message}`);
      }
      options.log?.(`${req.method} ${url.pathname} → ${res.statusCode}`);
    });
  });
  const { base, stop } = await listenLocally(server, options.port);
  return {
    idTokenUrl: `${base}${ID_TOKEN_PATH}?api-version=2.0`,
    requestToken,
    stsEndpoint: `${base}${STS_PATH}`,
    issuedTokens,
    issuedCredentials,
    faults,
    requests,
    stop,
  };
}

function validation(detail: string): StsError {
  return new StsError(400, 'ValidationError', `1 validation error detected: ${detail}`);
}

function randomAlnum(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

function reply(res: ServerResponse, status: number, type: string, body: string, requestId?: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...(requestId === undefined ? {} : { 'x-amzn-RequestId': requestId }),
  });
  res.end(body);
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function credentialsXml(issued: IssuedCredentials): string {
  const roleName = issued.roleArn.slice(issued.roleArn.lastIndexOf('/') + 1);
  const account = issued.roleArn.split(':')[4] ?? '000000000000';
  return `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:octo-org/site:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::${escapeXml(account)}:assumed-role/${escapeXml(roleName)}/${escapeXml(issued.roleSessionName)}</Arn>
      <AssumedRoleId>AROA${randomAlnum(17)}:${escapeXml(issued.roleSessionName)}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${escapeXml(issued.sessionToken)}</SessionToken>
      <SecretAccessKey>${escapeXml(issued.secretAccessKey)}</SecretAccessKey>
      <Expiration>${issued.expiration.toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration>
      <AccessKeyId>${issued.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>${GITHUB_ISSUER.replace('https://', '')}</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomUUID()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
}

function errorXml(error: StsError, requestId: string): string {
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  return (
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
    `<Error><Type>${type}</Type><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
