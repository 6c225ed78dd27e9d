/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (issue 11 §4), through a forward proxy on 127.0.0.1 that the
 * test starts: requests really pass through it (and reach the server with their exact path), and
 * NO_PROXY sends them straight to the server.
 */
import http from 'node:http';
import type net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpClient, type ProxyEnv } from '../../src/aws/http.js';
import { proxyFor } from '../../src/aws/proxy.js';
import { createS3Store } from '../../src/aws/s3.js';
import { systemClock } from '../../src/ports.js';

const CREDENTIALS = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const PLAIN = { contentType: 'text/plain', metadata: {} };

let server: http.Server;
let proxy: http.Server;
/** Request lines the server received. */
const atServer: string[] = [];
/** Request lines (absolute URIs) and CONNECT targets the proxy received. */
const atProxy: string[] = [];

const portOf = (s: http.Server) => (s.address() as AddressInfo).port;
const listen = (s: http.Server) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));

beforeAll(async () => {
  server = http.createServer((req, res) => {
    atServer.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => res.writeHead(200, { etag: '"0cc175b9c0f1b6a831c399e269772661"' }).end());
  });
  // A forward proxy: absolute-URI requests are forwarded; CONNECT is refused (no TLS server here),
  // which is enough to see that HTTPS requests ask the proxy for a tunnel.
  proxy = http.createServer((req, res) => {
    atProxy.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const forward = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url?.slice(target.origin.length),
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  proxy.on('connect', (req, socket: net.Socket) => {
    atProxy.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await Promise.all([listen(server), listen(proxy)]);
});

afterAll(async () => {
  for (const s of [server, proxy]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

beforeEach(() => {
  atServer.length = 0;
  atProxy.length = 0;
});

async function put(proxyEnv: ProxyEnv, key = 'www/a b/../app.js'): Promise<void> {
  const client = createHttpClient({ credentials: CREDENTIALS, concurrency: 1, clock: systemClock, proxyEnv });
  try {
    const store = createS3Store({
      http: client,
      bucket: 'site',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${portOf(server)}`,
    });
    await store.putObject(key, Buffer.from('a'), PLAIN);
  } finally {
    client.close();
  }
}

test('HTTP_PROXY: the request goes through the proxy and reaches the server with its exact path', async () => {
  await put({ HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}` });
  expect(atProxy).toEqual([`PUT http://127.0.0.1:${portOf(server)}/site/www/a%20b/../app.js`]);
  expect(atServer).toEqual(['PUT /site/www/a%20b/../app.js']);
});

test('http_proxy (lower case) is honoured too', async () => {
  await put({ http_proxy: `http://127.0.0.1:${portOf(proxy)}` });
  expect(atProxy).toHaveLength(1);
  expect(atServer).toHaveLength(1);
});

test.each([
  ['NO_PROXY', '127.0.0.1'],
  ['no_proxy', '127.0.0.1'],
  ['NO_PROXY', '*'],
])('%s=%s: straight to the server', async (name, value) => {
  await put({ HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}`, [name]: value });
  expect(atProxy).toEqual([]);
  expect(atServer).toEqual(['PUT /site/www/a%20b/../app.js']);
});

test('no proxy variables: straight to the server', async () => {
  await put({});
  expect(atProxy).toEqual([]);
  expect(atServer).toHaveLength(1);
});

test('HTTPS_PROXY: an https endpoint asks the proxy for a CONNECT tunnel', async () => {
  const client = createHttpClient({
    credentials: CREDENTIALS,
    concurrency: 1,
    clock: systemClock,
    proxyEnv: { HTTPS_PROXY: `http://127.0.0.1:${portOf(proxy)}` },
    retryPolicies: {
      standard: { maxAttempts: 1, baseDelayMs: 1, throttleBaseDelayMs: 1, maxBackoffMs: 1 },
      persistent: { maxAttempts: 1, baseDelayMs: 1, throttleBaseDelayMs: 1, maxBackoffMs: 1 },
    },
  });
  try {
    const store = createS3Store({
      http: client,
      bucket: 'site',
      region: 'us-east-1',
      endpoint: 'https://s3.example.test:8443',
    });
    await expect(store.putObject('a.txt', Buffer.from('a'), PLAIN)).rejects.toThrow();
  } finally {
    client.close();
  }
  expect(atProxy).toEqual(['CONNECT s3.example.test:8443']);
});

test('STS (unsigned) goes through the same proxy', async () => {
  const client = createHttpClient({
    concurrency: 1,
    clock: systemClock,
    proxyEnv: { HTTP_PROXY: `http://127.0.0.1:${portOf(proxy)}` },
  });
  try {
    await client.sendUnsigned({
      endpoint: { protocol: 'http:', hostname: '127.0.0.1', port: portOf(server) },
      method: 'POST',
      path: '/',
      body: Buffer.from('Action=x'),
    });
  } finally {
    client.close();
  }
  expect(atProxy).toEqual([`POST http://127.0.0.1:${portOf(server)}/`]);
});

test.each([
  ['HTTP_PROXY', 'http://127.0.0.1:4568'],
  ['HTTPS_PROXY', 'https://s3.example.test:8443'],
])('a dead %s is named as the proxy, without its password, not as a dead endpoint', async (variable, endpoint) => {
  // A port just closed: nothing listens there.
  const dead = http.createServer();
  await listen(dead);
  const port = portOf(dead);
  await new Promise((resolve) => dead.close(resolve));
  const once = { maxAttempts: 1, baseDelayMs: 1, throttleBaseDelayMs: 1, maxBackoffMs: 1 };
  const client = createHttpClient({
    credentials: CREDENTIALS,
    concurrency: 1,
    clock: systemClock,
    proxyEnv: { [variable]: `http://user:hunter2@127.0.0.1:${port}` },
    retryPolicies: { standard: once, persistent: once },
  });
  try {
    const store = createS3Store({ http: client, bucket: 'site', region: 'us-east-1', endpoint });
    const error = await store.getObject('a.txt').then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `could not reach ${endpoint.replace(/\./g, '\\.')} through the proxy http://127\\.0\\.0\\.1:${port} \\(${variable}\\) \\(.*ECONNREFUSED.*\\)\\. Check that proxy \\(or NO_PROXY\\)`,
      ),
    );
    expect(error?.message).not.toContain('hunter2');
    expect(error?.message).not.toContain('AWS_ENDPOINT_URL_S3');
  } finally {
    client.close();
  }
});

describe('proxyFor reads the variables as curl and the AWS CLI do', () => {
  const aws = { protocol: 'https:', hostname: 'bucket.s3.eu-west-1.amazonaws.com' } as const;
  const local = { protocol: 'http:', hostname: '127.0.0.1', port: 4568 } as const;
  test.each([
    [{ HTTPS_PROXY: 'http://proxy:3128' }, aws, 'http://proxy:3128/'],
    [{ HTTPS_PROXY: 'proxy:3128' }, aws, 'http://proxy:3128/'],
    [{ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2' }, aws, 'http://lower:2/'],
    [{ HTTP_PROXY: 'http://proxy:3128' }, aws, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, local, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'amazonaws.com' }, aws, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: '.amazonaws.com' }, aws, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: '*.amazonaws.com' }, aws, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost, s3.eu-west-1.amazonaws.com:443' }, aws, undefined],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'amazonaws.com:8443' }, aws, 'http://proxy:3128/'],
    [{ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'zonaws.com' }, aws, 'http://proxy:3128/'],
    [{ HTTP_PROXY: 'http://proxy:3128', NO_PROXY: '127.0.0.1:4568' }, local, undefined],
  ])('%j for %j → %s', (env, endpoint, expected) => {
    expect(proxyFor(env, endpoint)?.href).toBe(expected);
  });

  test('a proxy URL that is not one is refused without quoting it (it may hold a password)', () => {
    expect(() => proxyFor({ HTTPS_PROXY: 'http://user:s3cret@[bad' }, aws)).toThrow(
      /^HTTPS_PROXY is set, but not to a URL/,
    );
    expect(() => proxyFor({ HTTPS_PROXY: 'http://user:s3cret@[bad' }, aws)).not.toThrow(/s3cret/);
  });

  test('credentials in the proxy URL become Proxy-Authorization', async () => {
    let authorization: string | undefined;
    proxy.once('request', (req: http.IncomingMessage) => {
      authorization = req.headers['proxy-authorization'];
    });
    await put({ HTTP_PROXY: `http://deploy:p%40ss@127.0.0.1:${portOf(proxy)}` });
    expect(authorization).toBe(`Basic ${Buffer.from('deploy:p@ss').toString('base64')}`);
  });
});
