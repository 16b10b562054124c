import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { tempDir } from './test-helpers.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;

// The cache holds the TVDB token: nobody but its owner may read it (issue 13, finding 6).
describe('the cache file is owner-only (POSIX modes)', () => {
  it('a new cache.db and its -wal and -shm files are 0600', async () => {
    const path = join(tempDir(), 'cache', 'cache.db');
    const handle = openCache({ path });
    await handle.store.set('tmdb_movie', 'k', { title: 'Alien' }, 3600);
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(`${path}-wal`)).toBe(0o600);
    expect(modeOf(`${path}-shm`)).toBe(0o600);
    handle.close();
  });

  it('a cache.db left world-readable by an older version is tightened when opened', async () => {
    const dir = join(tempDir(), 'cache');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'cache.db');
    const first = openCache({ path });
    await first.store.set('tmdb_movie', 'k', 1, 3600);
    first.close();
    chmodSync(path, 0o644);
    writeFileSync(`${path}-wal`, '');
    chmodSync(`${path}-wal`, 0o644);
    const second = openCache({ path });
    expect(modeOf(path)).toBe(0o600);
    expect(modeOf(`${path}-wal`)).toBe(0o600);
    second.close();
  });
});
