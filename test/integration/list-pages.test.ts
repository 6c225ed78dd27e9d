/**
 * The ListObjectsV2 scanner reads real pages from s3rver and moto_server exactly as the general XML
 * path does (the hand-made pages: test/unit/list-objects-xml.test.ts).
 */
import { type LocalServer, startS3rver } from '../../playground/local-s3.js';
import { encodeKeyPath } from '../../src/aws/encode.js';
import { createHttpClient } from '../../src/aws/http.js';
import { parseListPage } from '../../src/aws/list-objects-xml.js';
import { systemClock } from '../../src/ports.js';
import { LIST_KEYS as KEYS, viaGeneralParser } from '../support/list-pages.js';
import { startMoto, TEST_CREDENTIALS } from '../support/moto.js';

// moto_server's HTTP layer cannot take a line feed in a key.
describe.each([
  ['s3rver', (buckets: string[]) => startS3rver({ buckets }), KEYS],
  ['moto_server', (buckets: string[]) => startMoto({ buckets }), KEYS.filter((k) => !k.includes('\n'))],
])('real ListObjectsV2 pages from %s', (_serverName, start, keys) => {
  const BUCKET = 'list-pages';
  let server: LocalServer;
  const client = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 4, clock: systemClock });
  const send = (method: string, path: string, query?: Record<string, string>, body?: Buffer) => {
    const url = new URL(server.endpoint);
    return client.send({
      service: 's3',
      region: 'us-east-1',
      endpoint: { protocol: 'http:', hostname: url.hostname, port: Number(url.port) },
      method,
      path,
      ...(query === undefined ? {} : { query }),
      ...(body === undefined ? {} : { body, headers: { 'content-length': String(body.length) } }),
    });
  };

  beforeAll(async () => {
    server = await start([BUCKET]);
    for (const key of [...keys.filter((k) => k.trim() !== ''), 'plain/index.html']) {
      await send('PUT', `/${BUCKET}/${encodeKeyPath(`site/${key}`)}`, undefined, Buffer.from(key)).catch(
        (e: unknown) => {
          throw new Error(`PUT ${JSON.stringify(key)}: ${String(e)}`);
        },
      );
    }
  }, 60_000);

  afterAll(async () => {
    client.close();
    await server?.stop();
  });

  test.each([
    ['url-encoded, small pages', { 'list-type': '2', 'encoding-type': 'url', prefix: 'site/', 'max-keys': '5' }],
    ['raw keys, one page', { 'list-type': '2', prefix: 'site/' }],
  ])('%s: the same values as the general parser, page by page', async (_name, baseQuery) => {
    let token: string | undefined;
    let pages = 0;
    do {
      const query: Record<string, string> = {
        ...baseQuery,
        ...(token === undefined ? {} : { 'continuation-token': token }),
      };
      const xml = (await send('GET', `/${BUCKET}`, query)).body.toString('utf8');
      const scanned = parseListPage(xml);
      expect(scanned).toEqual(viaGeneralParser(xml));
      expect(scanned?.contents.length).toBeGreaterThan(0);
      token = scanned?.isTruncated === 'true' ? scanned.nextContinuationToken : undefined;
      pages += 1;
    } while (token !== undefined && pages < 20);
    expect(pages).toBeGreaterThan('max-keys' in baseQuery ? 1 : 0);
  });
});
