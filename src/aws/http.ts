/**
 * The HTTP client every AWS service here shares: keep-alive agents sized to the configured
 * concurrency (through HTTP(S)_PROXY unless NO_PROXY says otherwise), SigV4 or SigV4A signing with a clock
 * corrected from the server's, a socket timeout, and retries (standard, or persistent for
 * idempotent calls) that share one retry quota and say what they do through the Log port.
 */
import type { Credentials } from '../core/types.js';
import { type Clock, type Log, silentLog } from '../ports.js';
import { viaProxy } from './errors.js';
import { type Agents, createAgents, type ProxyEnv } from './proxy.js';
import type { AwsRequest, AwsResponse, UnsignedRequest } from './request.js';
import {
  describeRetry,
  persistentRetryPolicy,
  type RetryEvent,
  type RetryPolicy,
  SigningClock,
  standardRetryPolicy,
  withRetries,
} from './retry.js';
import { RetryQuota } from './retry-quota.js';
import { signRequest, unsignedRequest } from './sign.js';
import { signRequestV4A } from './sigv4a.js';
import { exchange, okOrThrow } from './wire.js';

export type { ProxyEnv } from './proxy.js';
export type { AwsRequest, AwsResponse, UnsignedRequest } from './request.js';

export interface HttpClientOptions {
  /** Needed by send(); sendUnsigned() works without (see withCredentials). */
  readonly credentials?: Credentials | undefined;
  /** Sockets per host (keep-alive agent maxSockets). */
  readonly concurrency: number;
  readonly clock: Clock;
  /** Where each retry is reported. Default: nowhere. */
  readonly log?: Log | undefined;
  /** Idle-socket timeout per request. Default 60 s. */
  readonly timeoutMs?: number | undefined;
  readonly random?: (() => number) | undefined;
  /** Default standardRetryPolicy and persistentRetryPolicy. */
  readonly retryPolicies?: { readonly standard: RetryPolicy; readonly persistent: RetryPolicy } | undefined;
  /** Usually process.env: HTTPS_PROXY/HTTP_PROXY/NO_PROXY as the AWS CLI reads them. Default: no proxy. */
  readonly proxyEnv?: ProxyEnv | undefined;
}

export interface HttpClient {
  /** Signs and sends with retries. Resolves with a 2xx response; anything else rejects with an AwsError. */
  send(request: AwsRequest): Promise<AwsResponse>;
  /** Sends without a signature, with the same retries (the one call made before there are credentials). */
  sendUnsigned(request: UnsignedRequest): Promise<AwsResponse>;
  /** A client signing with credentials that shares this one's sockets, proxy, clock and retry quota. */
  withCredentials(credentials: Credentials): HttpClient;
  /** The clock the client signs and sleeps with. */
  readonly clock: Clock;
  /** Parallel requests per host the client is sized for; callers size their pools to it. */
  readonly concurrency: number;
  /**
   * Closes the sockets and ends the client: a request still in flight fails without another attempt
   * (and without a retry line: a connection closed on the way out is no network fault).
   */
  close(): void;
}

type RetrySpec = Pick<AwsRequest, 'method' | 'path' | 'label' | 'idempotent' | 'classify' | 'signal' | 'onRetry'>;

interface Shared {
  readonly options: HttpClientOptions;
  readonly agents: Agents;
  readonly signingClock: SigningClock;
  readonly quota: RetryQuota;
  /** Aborted by close(): no retry starts after it. */
  readonly closing: AbortController;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  return clientOf(
    {
      options,
      agents: createAgents(options.concurrency, options.proxyEnv),
      signingClock: new SigningClock(options.clock),
      quota: new RetryQuota(),
      closing: new AbortController(),
    },
    options.credentials,
  );
}

function clientOf(shared: Shared, credentials: Credentials | undefined): HttpClient {
  const { options, agents, signingClock } = shared;
  const timeoutMs = options.timeoutMs ?? 60_000;

  const sendWithRetries = (request: RetrySpec, once: () => Promise<AwsResponse>): Promise<AwsResponse> => {
    const policies = options.retryPolicies ?? { standard: standardRetryPolicy, persistent: persistentRetryPolicy };
    return withRetries(once, {
      clock: options.clock,
      policy: request.idempotent === true ? policies.persistent : policies.standard,
      classify: request.classify,
      signal:
        request.signal === undefined ? shared.closing.signal : AbortSignal.any([request.signal, shared.closing.signal]),
      quota: shared.quota,
      signingClock,
      random: options.random,
      onRetry: async (event: RetryEvent) => {
        (options.log ?? silentLog).info(describeRetry(request.label ?? `${request.method} ${request.path}`, event));
        await request.onRetry?.(event);
      },
    });
  };

  /** One exchange on the endpoint's route; a failure on the way to a proxy names it. */
  const exchangeVia = async (request: AwsRequest | UnsignedRequest, wire: Parameters<typeof exchange>[1]) => {
    const route = agents.routeTo(request.endpoint);
    try {
      return await exchange(request, wire, route, request.idleTimeoutMs ?? timeoutMs);
    } catch (error) {
      throw viaProxy(error, route.via);
    }
  };

  return {
    clock: options.clock,
    concurrency: Math.max(1, options.concurrency),
    async send(request) {
      if (credentials === undefined) throw new Error('this HTTP client has no credentials to sign with');
      return sendWithRetries(request, async () => {
        const at = signingClock.now();
        const wire =
          request.signing === 'sigv4a'
            ? signRequestV4A(request, credentials, at).wire
            : signRequest(request, credentials, at);
        return okOrThrow(request, await exchangeVia(request, wire));
      });
    },
    sendUnsigned(request) {
      return sendWithRetries(request, async () =>
        okOrThrow(request, await exchangeVia(request, unsignedRequest(request))),
      );
    },
    withCredentials: (other) => clientOf(shared, other),
    close: () => {
      shared.closing.abort(new Error('the HTTP client was closed'));
      agents.destroy();
    },
  };
}
