import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock, tempDir } from './test-helpers.js';

const HOUR = 3600;

function cacheAt(dir: string, clock = fakeClock()) {
  const handle = openCache({ path: join(dir, 'cache', 'cache.db'), now: clock.now });
  return { handle, clock, store: handle.store };
}

describe('openCache', () => {
  it('returns what was stored until its TTL runs out, then misses', async () => {
    const { store, clock } = cacheAt(tempDir());
    await store.set('tmdb_movie', 'tmdb|1', { title: 'Alien' }, HOUR);
    clock.advance(HOUR * 1000 - 1);
    expect(await store.get('tmdb_movie', 'tmdb|1')).toMatchObject({ value: { title: 'Alien' } });
    clock.advance(1);
    expect(await store.get('tmdb_movie', 'tmdb|1')).toBeUndefined();
  });

  it('an expired entry is a miss also when read fresh from the file', async () => {
    const dir = tempDir();
    const first = cacheAt(dir);
    await first.store.set('tmdb_movie', 'k', 1, 10);
    first.handle.close();
    const clock = fakeClock();
    clock.advance(10_000);
    expect(await cacheAt(dir, clock).store.get('tmdb_movie', 'k')).toBeUndefined();
  });

  it('a stored null (a remembered 404) differs from a miss', async () => {
    const { store } = cacheAt(tempDir());
    await store.set('tmdb_movie', 'gone', null, HOUR);
    expect(await store.get('tmdb_movie', 'gone')).toMatchObject({ value: null });
    expect(await store.get('tmdb_movie', 'never-stored')).toBeUndefined();
  });

  it('answers survive closing and reopening the file', async () => {
    const dir = tempDir();
    const first = cacheAt(dir);
    await first.store.set('tvdb_episodes', 'tvdb|81189|default', { episodes: [{ season: 1 }] }, HOUR);
    await first.store.set('tmdb_movie', 'gone', null, HOUR);
    first.handle.close();
    const second = cacheAt(dir);
    expect(second.handle.persistent).toBe(true);
    expect(await second.store.get('tvdb_episodes', 'tvdb|81189|default')).toMatchObject({
      value: { episodes: [{ season: 1 }] },
    });
    expect(await second.store.get('tmdb_movie', 'gone')).toMatchObject({ value: null });
  });

  it('namespaces keep equal keys apart', async () => {
    const { store } = cacheAt(tempDir());
    await store.set('tmdb_movie', '1', 'movie', HOUR);
    await store.set('tmdb_collection', '1', 'collection', HOUR);
    expect(await store.get('tmdb_movie', '1')).toMatchObject({ value: 'movie' });
    expect(await store.get('tmdb_collection', '1')).toMatchObject({ value: 'collection' });
  });

  it('a hit from memory returns a copy, so changing it cannot change the cache', async () => {
    const { store } = cacheAt(tempDir());
    await store.set('ns', 'k', { list: [1] }, HOUR);
    const first = await store.get<{ list: number[] }>('ns', 'k');
    first?.value.list.push(2);
    expect(await store.get('ns', 'k')).toMatchObject({ value: { list: [1] } });
  });

  it('a recent answer is served from memory without querying SQLite', async () => {
    const dir = tempDir();
    const { store, handle } = cacheAt(dir);
    await store.set('tmdb_movie', 'k', 'v', HOUR);
    const statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1'));
    const spy = vi.spyOn(statement, 'get');
    try {
      expect(await store.get('tmdb_movie', 'k')).toMatchObject({ value: 'v' });
      expect(spy).not.toHaveBeenCalled();
      // Control: a second process-like handle has an empty memory layer and must read the file.
      const other = cacheAt(dir);
      expect(await other.store.get('tmdb_movie', 'k')).toMatchObject({ value: 'v' });
      expect(spy).toHaveBeenCalled();
      other.handle.close();
    } finally {
      spy.mockRestore();
      handle.close();
    }
  });

  it('a TTL of zero stores nothing and removes an older answer', async () => {
    const { store } = cacheAt(tempDir());
    await store.set('ns', 'k', 'old', HOUR);
    await store.set('ns', 'k', 'new', 0);
    expect(await store.get('ns', 'k')).toBeUndefined();
  });

  it('without a path the cache works in memory and says it is not persistent', async () => {
    const handle = openCache();
    await handle.store.set('ns', 'k', 42, HOUR);
    expect(await handle.store.get('ns', 'k')).toMatchObject({ value: 42 });
    expect(handle.persistent).toBe(false);
    expect(handle.path).toBeNull();
    expect(handle.warnings).toEqual([]);
  });

  it('after close the store misses and ignores writes instead of throwing', async () => {
    const { store, handle } = cacheAt(tempDir());
    await store.set('ns', 'k', 1, HOUR);
    handle.close();
    await expect(store.set('ns', 'k2', 2, HOUR)).resolves.toBeUndefined();
    expect(await store.get('ns', 'k')).toBeUndefined();
  });
});
