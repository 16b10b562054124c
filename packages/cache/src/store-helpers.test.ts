import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock } from './test-helpers.js';
import { cachedTokenStore } from './token-store.js';
import { writeOnlyStore } from './write-only-store.js';

describe('writeOnlyStore (--no-cache)', () => {
  it('never answers from the cache but still stores fresh answers for the next run', async () => {
    const cache = openCache();
    await cache.store.set('tmdb_movie', 'old', 'cached', 60);
    const noCache = writeOnlyStore(cache.store);
    expect(await noCache.get('tmdb_movie', 'old')).toBeUndefined();
    await noCache.set('tmdb_movie', 'new', 'fresh', 60);
    expect(await cache.store.get('tmdb_movie', 'new')).toEqual({ value: 'fresh' });
  });
});

describe('cachedTokenStore', () => {
  it('keeps a login token exactly until it expires', async () => {
    const clock = fakeClock();
    const cache = openCache({ now: clock.now });
    const tokens = cachedTokenStore(cache.store, 'tvdb|https://api4.thetvdb.com/v4|key-hash', {
      now: clock.now,
    });
    expect(await tokens.get()).toBeUndefined();
    await tokens.set('jwt-token', new Date(clock.now() + 30 * 24 * 3600 * 1000));
    clock.advance(30 * 24 * 3600 * 1000 - 1000);
    expect(await tokens.get()).toBe('jwt-token');
    clock.advance(1000);
    expect(await tokens.get()).toBeUndefined();
  });

  it('an already expired token is not stored', async () => {
    const clock = fakeClock();
    const cache = openCache({ now: clock.now });
    const tokens = cachedTokenStore(cache.store, 'k', { now: clock.now });
    await tokens.set('stale', new Date(clock.now() - 1));
    expect(await tokens.get()).toBeUndefined();
  });
});
