import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock } from './test-helpers.js';
import { cachedTokenStore } from './token-store.js';

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
