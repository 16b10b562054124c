import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import { createLookup } from './cached-lookup.js';
import { createLimiter } from './limiter.js';

const setup = (readCache = true) => {
  const cache = createMemoryCacheStore({ now: () => 0 });
  const lookup = createLookup({ cache, readCache, limiter: createLimiter(4), onCacheError: () => {} });
  return { cache, lookup };
};

describe('createLookup', () => {
  it('identical concurrent lookups share one request', async () => {
    const { lookup } = setup();
    let calls = 0;
    const fetch = async () => {
      calls += 1;
      return { id: 1 };
    };
    const [a, b] = await Promise.all([
      lookup('tmdb_movie', 'k', 1, fetch),
      lookup('tmdb_movie', 'k', 1, fetch),
    ]);
    expect(calls).toBe(1);
    expect(a).toBe(b);
  });

  it('the same key in another namespace is another lookup', async () => {
    const { lookup } = setup();
    let calls = 0;
    const fetch = async () => ++calls;
    await lookup('tmdb_movie', 'k', 1, fetch);
    await lookup('tmdb_collection', 'k', 1, fetch);
    expect(calls).toBe(2);
  });

  it('a TTL of 0 hours is not written', async () => {
    const { cache, lookup } = setup();
    await lookup('tmdb_movie', 'k', 0, async () => 1);
    expect(cache.size()).toBe(0);
  });

  it('a TTL can depend on the value', async () => {
    const { cache, lookup } = setup();
    await lookup(
      'tvdb_episodes',
      'k',
      (v: { ended: boolean }) => (v.ended ? 720 : 24),
      async () => ({ ended: true }),
    );
    expect(await cache.get('tvdb_episodes', 'k')).toMatchObject({ value: { ended: true } });
  });
});
