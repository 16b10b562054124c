import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheStoreContract } from '@complexionist/contract';
import { openCache } from './open-cache.js';

function onFile(memoryEntries?: number, readAhead?: boolean) {
  return async (clock: { now(): number }) => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-contract-'));
    const handle = openCache({
      path: join(dir, 'cache.db'),
      now: () => clock.now(),
      memoryEntries,
      readAhead,
    });
    return {
      store: handle.store,
      dispose: () => {
        handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

cacheStoreContract('openCache on a file (LRU in front)', onFile());
cacheStoreContract('openCache on a file without the LRU', onFile(0));
cacheStoreContract('openCache on a file, reading ahead', onFile(undefined, true));
cacheStoreContract('openCache on a file without the LRU, reading ahead', onFile(0, true));
cacheStoreContract('openCache in memory', async (clock) => {
  const handle = openCache({ now: () => clock.now() });
  return { store: handle.store, dispose: () => handle.close() };
});
