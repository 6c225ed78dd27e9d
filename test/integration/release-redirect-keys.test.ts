/**
 * writeKeys (the release's redirect keys) against the KeyValueStore stand-in through our client: batches within the
 * 50-key quota, each against the version the last returned, and a write by another site in between (a conflict)
 * met by writing the batch again against the new version, leaving the other site's key alone.
 */
import { type KvsStandin, startKvsStandin } from '../../playground/keyvaluestore/server.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { createKeyValueStoreClient } from '../../src/aws/keyvaluestore.js';
import { writeKeys } from '../../src/flows/release-redirects.js';
import type { KeyValueStore } from '../../src/ports.js';
import { systemClock } from '../../src/ports.js';
import { collectingLog } from '../support/logs.js';
import { TEST_CREDENTIALS } from '../support/moto.js';

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

let standin: KvsStandin;
let http: HttpClient;
let kvs: KeyValueStore;

beforeAll(async () => {
  standin = await startKvsStandin({ stores: { [ARN]: { 'blog:live': 'b1' } }, credentials: [TEST_CREDENTIALS] });
  http = createHttpClient({ credentials: TEST_CREDENTIALS, concurrency: 4, clock: systemClock });
  kvs = createKeyValueStoreClient({ http, storeArn: ARN, endpoint: standin.endpoint });
});
afterAll(async () => {
  http?.close();
  await standin?.stop();
});

const items = () => standin.state.snapshot().stores[ARN]?.items ?? {};

test('120 keys in 3 batches; another site writing between two of them costs one batch written again', async () => {
  const puts = new Map(Array.from({ length: 120 }, (_, i) => [`site:r:r1:/p${i}`, `301 /n${i}`]));
  let updates = 0;
  // Another site's deploy switches its pointer right after our first batch lands.
  const interleaved: KeyValueStore = {
    ...kvs,
    name: kvs.name,
    get: (key) => kvs.get(key),
    version: () => kvs.version(),
    isConflict: (error) => kvs.isConflict(error),
    async update(ifMatch, change) {
      const version = await kvs.update(ifMatch, change);
      if (++updates === 1) await kvs.update(version, { puts: { 'blog:live': 'b2' } });
      return version;
    },
  };
  const log = collectingLog();
  await writeKeys(interleaved, { puts }, log);
  expect(items()).toEqual({ 'blog:live': 'b2', ...Object.fromEntries(puts) });
  expect(standin.state.requests.UpdateKeys).toBe(5);
  expect(log.lines.join('\n')).toContain('writing the batch again');

  await writeKeys(kvs, { deletes: [...puts.keys()] }, log);
  expect(items()).toEqual({ 'blog:live': 'b2' });
});
