/**
 * The runner's OIDC token, fetched as core.getIDToken does: GET the URL the runner sets, plus
 * `&audience=`, with its request token as a bearer; the answer is {"value": token}. The runner sets
 * both variables only when the job has `permissions: id-token: write`. Our own HTTP client sends it
 * (proxy, timeout and retries as for every other call), so @actions/http-client and undici are not
 * loaded on every run for a call most runs never make.
 */
import { parseEndpointUrl } from '../aws/endpoints.js';
import type { HttpClient } from '../aws/http.js';

const TOKEN_URL_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const REQUEST_TOKEN_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';

export async function fetchIdToken(
  audience: string,
  runner: { readonly http: HttpClient; readonly env: NodeJS.ProcessEnv },
): Promise<string> {
  const url = runner.env[TOKEN_URL_VARIABLE];
  const requestToken = runner.env[REQUEST_TOKEN_VARIABLE];
  if (url === undefined || url === '') throw new Error(`${TOKEN_URL_VARIABLE} is not set`);
  if (requestToken === undefined || requestToken === '') throw new Error(`${REQUEST_TOKEN_VARIABLE} is not set`);
  const parsed = new URL(url);
  const { endpoint } = parseEndpointUrl(parsed.origin, 'OIDC token');
  const answer = await runner.http.sendUnsigned({
    endpoint,
    method: 'GET',
    path: parsed.pathname,
    query: { ...Object.fromEntries(parsed.searchParams), audience },
    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
    label: 'GitHub OIDC token',
    idempotent: true,
  });
  let value: unknown;
  try {
    value = (JSON.parse(answer.body.toString('utf8')) as { value?: unknown }).value;
  } catch {
    throw new Error(`the token endpoint answered HTTP ${answer.status} with something other than JSON`);
  }
  if (typeof value !== 'string') throw new Error('the token endpoint answered without a token (no "value")');
  return value;
}
