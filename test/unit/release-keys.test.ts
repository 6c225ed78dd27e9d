/**
 * A release's store keys (flows/release-redirects.ts writeReleaseKeys): their list is kept in the release's folder
 * first, the keys go in UpdateKeys batches of 50, and a layered release's base key goes last, alone, so a rollback
 * that finds it finds every key of the release.
 */
import { releaseKeysKey } from '../../src/core/release-layout.js';
import { writeReleaseKeys } from '../../src/flows/release-redirects.js';
import { type KeyValueChange, type KeyValueStore, silentLog } from '../../src/ports.js';
import { MemoryStore } from '../support/memory-store.js';

function recordingStore(failOnBatch?: number): KeyValueStore & { batches: KeyValueChange[] } {
  const batches: KeyValueChange[] = [];
  return {
    name: 'arn:store',
    batches,
    get: async () => undefined,
    version: async () => `v${batches.length}`,
    async update(_ifMatch, change) {
      if (batches.length === failOnBatch) throw new Error('refused');
      batches.push(change);
      return `v${batches.length}`;
    },
    isConflict: () => false,
  };
}

const keys = new Map<string, string>([['site:b:r2', 'r1']]);
for (let i = 0; i < 120; i++) keys.set(`site:f:r2:/f${i}.txt`, 'r2');

test('the base key is written last and alone; the list in the folder names every key', async () => {
  const store = new MemoryStore();
  const kvs = recordingStore();
  await writeReleaseKeys(kvs, { prefix: '', id: 'r2' }, keys, { store, log: silentLog }, 'layer', 'site:b:r2');
  expect(kvs.batches.map((batch) => Object.keys(batch.puts ?? {}).length)).toEqual([50, 50, 20, 1]);
  expect(kvs.batches.at(-1)).toEqual({ puts: { 'site:b:r2': 'r1' } });
  const list = JSON.parse((await store.getObject(releaseKeysKey('', 'r2')))!.toString('utf8'));
  expect(new Set(list)).toEqual(new Set(keys.keys()));
});

test('a batch refused halfway: the base key is never written, and the error says the release is not live', async () => {
  const kvs = recordingStore(1);
  await expect(
    writeReleaseKeys(
      kvs,
      { prefix: '', id: 'r2' },
      keys,
      { store: new MemoryStore(), log: silentLog },
      'layer',
      'site:b:r2',
    ),
  ).rejects.toThrow(/release r2 is uploaded but not live: its layer keys could not all be written/);
  expect(kvs.batches.flatMap((batch) => Object.keys(batch.puts ?? {}))).not.toContain('site:b:r2');
});
