import { createHash } from 'node:crypto';
import type { CacheStore, TokenStore } from '@complexionist/core';

/** Core's port, re-exported for the callers of {@link cachedTokenStore}. */
export type { TokenStore };

/**
 * The cache key of a login token: the service URL and a short one-way digest of the credentials, so two
 * configurations never share a token and the credentials themselves are never stored. The CLI and the
 * server both use it, so either reuses a login the other made.
 *
 * @example tokenKey('https://api4.thetvdb.com/v4', apiKey, pin) // 'https://api4.thetvdb.com/v4|3f2a…'
 */
export function tokenKey(url: string, ...credentials: string[]): string {
  const digest = createHash('sha256').update(credentials.join('\0')).digest('hex').slice(0, 16);
  return `${url}|${digest}`;
}

/**
 * Keeps a token in the cache under `namespace`/`key` until its own expiry, so a new process reuses the
 * TVDB login instead of logging in again. Make `key` with {@link tokenKey}.
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
