import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock, tempDir } from './test-helpers.js';

describe('stats and clear', () => {
  it('stats count entries, bytes, oldest, newest and expired per namespace', async () => {
    const clock = fakeClock(Date.UTC(2024, 0, 1));
    const path = join(tempDir(), 'cache.db');
    const cache = openCache({ path, now: clock.now });
    await cache.store.set('tmdb_movie', 'a', 'xy', 60);
    clock.advance(60_000);
    await cache.store.set('tmdb_movie', 'b', 'z', 3600);
    await cache.store.set('tvdb_episodes', 'c', [1, 2], 3600);
    const stats = cache.stats();
    expect(stats.path).toBe(path);
    expect(stats.persistent).toBe(true);
    expect(stats.fileBytes).toBeGreaterThan(0);
    expect(stats.entries).toBe(3);
    expect(stats.expired).toBe(1);
    expect(stats.namespaces).toEqual([
      {
        namespace: 'tmdb_movie',
        entries: 2,
        bytes: 'a"xy"'.length + 'b"z"'.length,
        oldest: '2024-01-01T00:00:00.000Z',
        newest: '2024-01-01T00:01:00.000Z',
        expired: 1,
      },
      {
        namespace: 'tvdb_episodes',
        entries: 1,
        bytes: 'c[1,2]'.length,
        oldest: '2024-01-01T00:01:00.000Z',
        newest: '2024-01-01T00:01:00.000Z',
        expired: 0,
      },
    ]);
  });

  it('a memory-only cache reports the same figures without a file', async () => {
    const clock = fakeClock(Date.UTC(2024, 0, 1));
    const cache = openCache({ now: clock.now });
    await cache.store.set('tmdb_movie', 'a', 'xy', 60);
    clock.advance(60_000);
    expect(cache.stats()).toEqual({
      path: null,
      persistent: false,
      fileBytes: 0,
      entries: 1,
      bytes: 5,
      expired: 1,
      namespaces: [
        {
          namespace: 'tmdb_movie',
          entries: 1,
          bytes: 5,
          oldest: '2024-01-01T00:00:00.000Z',
          newest: '2024-01-01T00:00:00.000Z',
          expired: 1,
        },
      ],
    });
  });

  it('clear(namespace) empties one namespace, memory layer included; clear() empties all', async () => {
    const cache = openCache({ path: join(tempDir(), 'cache.db') });
    await cache.store.set('tmdb_movie', 'a', 1, 60);
    await cache.store.set('tvdb_episodes', 'b', 2, 60);
    cache.clear('tmdb_movie');
    expect(await cache.store.get('tmdb_movie', 'a')).toBeUndefined();
    expect(await cache.store.get('tvdb_episodes', 'b')).toMatchObject({ value: 2 });
    cache.clear();
    expect(await cache.store.get('tvdb_episodes', 'b')).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
  });

  it('expired entries are pruned from the file when a cache is opened a day later', async () => {
    const clock = fakeClock();
    const path = join(tempDir(), 'cache.db');
    const first = openCache({ path, now: clock.now });
    await first.store.set('ns', 'short', 1, 60);
    await first.store.set('ns', 'long', 2, 7 * 24 * 3600);
    first.close();
    clock.advance(25 * 3600 * 1000);
    const second = openCache({ path, now: clock.now });
    expect(second.stats().namespaces).toEqual([expect.objectContaining({ entries: 1, expired: 0 })]);
  });
});

describe('state', () => {
  it('state values survive a restart and are not removed by clear()', () => {
    const path = join(tempDir(), 'cache.db');
    const first = openCache({ path });
    first.state.set('server.latest.movies', { type: 'movies', collections: [] });
    first.clear();
    first.close();
    const second = openCache({ path });
    expect(second.state.get('server.latest.movies')).toEqual({ type: 'movies', collections: [] });
    second.state.delete('server.latest.movies');
    expect(second.state.get('server.latest.movies')).toBeUndefined();
  });
});
