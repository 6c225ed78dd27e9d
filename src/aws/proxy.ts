/**
 * Keep-alive agents, and the proxy the environment names for each endpoint: HTTPS_PROXY for https
 * endpoints, HTTP_PROXY for http ones, lower-case forms first, and NO_PROXY as curl and the AWS
 * CLI read it ('*', host names matching themselves and their subdomains, '.suffix', optional
 * ':port'). https requests tunnel through the proxy with CONNECT (Node 24's agent does it).
 * http requests are sent to the proxy in absolute form by us, because Node's own proxy support
 * passes the path through WHATWG URL, which rewrites the '.' and '..' segments of S3 keys.
 */
import http from 'node:http';
import https from 'node:https';
import type { Endpoint } from './endpoints.js';

/** The environment variables that choose a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower-case too). */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

/** How to reach an endpoint: the agent, and for a plain-http endpoint behind a proxy, that proxy. */
export interface Route {
  readonly agent: http.Agent;
  readonly forwardProxy?: URL | undefined;
  /** The proxy on the way, as it may be printed (never its credentials): 'http://proxy:3128 (HTTPS_PROXY)'. */
  readonly via?: string | undefined;
}

export interface Agents {
  routeTo(endpoint: Endpoint): Route;
  destroy(): void;
}

export function createAgents(concurrency: number, env: ProxyEnv = {}): Agents {
  const base = { keepAlive: true, maxSockets: Math.max(1, concurrency) };
  const direct = { 'http:': new http.Agent(base), 'https:': new https.Agent(base) };
  const tunnels = new Map<string, https.Agent>();
  return {
    routeTo(endpoint) {
      const proxy = proxyFor(env, endpoint);
      if (proxy === undefined) return { agent: direct[endpoint.protocol] };
      const via = `${proxy.protocol}//${proxy.host} (${variableFor(endpoint)})`;
      if (endpoint.protocol === 'http:')
        return { agent: direct[proxy.protocol === 'https:' ? 'https:' : 'http:'], forwardProxy: proxy, via };
      let tunnel = tunnels.get(proxy.href);
      if (tunnel === undefined) {
        // proxyEnv is Node 24's (not in @types/node 20).
        tunnel = new https.Agent({ ...base, proxyEnv: { HTTPS_PROXY: proxy.href } } as https.AgentOptions);
        tunnels.set(proxy.href, tunnel);
      }
      return { agent: tunnel, via };
    },
    destroy() {
      for (const agent of [direct['http:'], direct['https:'], ...tunnels.values()]) agent.destroy();
    },
  };
}

/** The proxy for endpoint under env, or undefined to connect directly. */
export function proxyFor(env: ProxyEnv, endpoint: Endpoint): URL | undefined {
  const pick = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const name = variableFor(endpoint);
  const value = pick(name);
  if (value === undefined || bypassed(pick('NO_PROXY') ?? '', endpoint)) return undefined;
  try {
    return new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    // The value may hold a password: it is not quoted.
    throw new Error(`${name} is set, but not to a URL such as http://proxy.example.com:3128`);
  }
}

function variableFor(endpoint: Endpoint): 'HTTPS_PROXY' | 'HTTP_PROXY' {
  return endpoint.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
}

function bypassed(noProxy: string, endpoint: Endpoint): boolean {
  const host = endpoint.hostname.toLowerCase();
  const port = endpoint.port ?? (endpoint.protocol === 'https:' ? 443 : 80);
  return noProxy
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .some((entry) => {
      if (entry === '*') return true;
      const match = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(entry.toLowerCase());
      if (match === null || (match[2] !== undefined && Number(match[2]) !== port)) return false;
      const name = (match[1] ?? '').replace(/^\*?\./, '');
      return name !== '' && (host === name || host.endsWith(`.${name}`));
    });
}
