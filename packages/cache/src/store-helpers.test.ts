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

  it('never changes for the same service and credentials, so every process and version finds the one login', () => {
    // Pinned: a key that changed between runs (a salt, a random part, another digest) would orphan the
    // login every earlier run stored in the cache file.
    expect(tokenKey(URL_A, 'secret-key', '1234')).toBe('https://api4.thetvdb.com/v4|7fa2f95ce23134f7');
    expect(tokenKey(URL_A, 'secret-key')).toBe(tokenKey(URL_A, 'secret-key'));
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
