import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { fakeClock } from './test-helpers.js';
import { cachedTokenStore, tokenKey } from './token-store.js';

describe('cachedTokenStore', () => {
  it('keeps a login token exactly until it expires', async () => {
    const clock = fakeClock();
    const cache = openCache({ now: clock.now });
    const tokens = cachedTokenStore(cache.store, tokenKey('https://api4.thetvdb.com/v4', 'key'), {
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

describe('tokenKey', () => {
  const URL_A = 'https://api4.thetvdb.com/v4';

  it('is the same for the same service and credentials, so every process finds the one login', () => {
    expect(tokenKey(URL_A, 'secret-key', '1234')).toBe(tokenKey(URL_A, 'secret-key', '1234'));
  });

  it('differs by service URL, key and PIN, and never contains a credential', () => {
    const keys = [
      tokenKey(URL_A, 'secret-key'),
      tokenKey('http://127.0.0.1:9/v4', 'secret-key'),
      tokenKey(URL_A, 'other-key'),
      tokenKey(URL_A, 'secret-key', '1234'),
      tokenKey(URL_A, 'secret-key1', '234'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).not.toMatch(/secret|other|1234/);
  });
});
