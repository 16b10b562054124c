import type { CacheStore } from '@complexionist/core';

/** A place to keep a login token until it expires (the shape `createTvdbClient({ tokenStore })` takes). */
export interface TokenStore {
  get(): Promise<string | undefined>;
  set(token: string, expiresAt: Date): Promise<void>;
}

/**
 * Keeps a token in the cache under `namespace`/`key` until its own expiry, so a new process reuses the
 * TVDB login instead of logging in again. Put the service URL and a hash of the key in `key` so two
 * configurations never share a token.
 */
export function cachedTokenStore(
  store: CacheStore,
  key: string,
  options: { namespace?: string; now?: () => number } = {},
): TokenStore {
  const namespace = options.namespace ?? 'auth_token';
  const now = options.now ?? Date.now;
  return {
    async get() {
      const entry = await store.get<string>(namespace, key);
      return typeof entry?.value === 'string' ? entry.value : undefined;
    },
    async set(token, expiresAt) {
      const ttlSeconds = Math.floor((expiresAt.getTime() - now()) / 1000);
      await store.set(namespace, key, token, ttlSeconds);
    },
  };
}
