import type { CacheStore } from '@complexionist/core';

/**
 * The `--no-cache` view of a store: every read is a miss, while fresh answers are still written so the
 * next normal run benefits from them (spec §7).
 */
export function writeOnlyStore(store: CacheStore): CacheStore {
  return {
    get: async () => undefined,
    set: (namespace, key, value, ttlSeconds) => store.set(namespace, key, value, ttlSeconds),
    delete: async (namespace, key) => store.delete?.(namespace, key),
  };
}
