import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore } from './memory-cache.js';

describe('createMemoryCacheStore', () => {
  it('returns what was set until the TTL runs out by the injected clock', async () => {
    let t = 1_000;
    const cache = createMemoryCacheStore({ now: () => t });
    await cache.set('tmdb_movie', 'k', { title: 'Alien' }, 10);
    expect(await cache.get('tmdb_movie', 'k')).toEqual({ value: { title: 'Alien' }, storedAt: 1_000 });
    t += 10_000;
    expect(await cache.get('tmdb_movie', 'k')).toBeUndefined();
  });

  it('a cached null differs from a miss, and namespaces are separate', async () => {
    const cache = createMemoryCacheStore({ now: () => 0 });
    await cache.set('tmdb_movie', '1', null, 60);
    expect(await cache.get('tmdb_movie', '1')).toEqual({ value: null, storedAt: 0 });
    expect(await cache.get('tmdb_collection', '1')).toBeUndefined();
    await cache.delete?.('tmdb_movie', '1');
    expect(await cache.get('tmdb_movie', '1')).toBeUndefined();
  });
});
