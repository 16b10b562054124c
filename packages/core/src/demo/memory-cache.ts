import type { CacheEntry, CacheStore } from '../ports.js';

/**
 * A {@link CacheStore} in a Map, for tests and the demo. Values are copied through JSON (as a persistent
 * store would) and expire after their TTL by the injected clock.
 * @param options.now milliseconds since the epoch; inject your clock (core never reads the system clock).
 */
export function createMemoryCacheStore(options: { now: () => number }): CacheStore & { size(): number } {
  const entries = new Map<string, { json: string; expiresAt: number; storedAt: number }>();
  const id = (namespace: string, key: string): string => `${namespace}\u0000${key}`;
  return {
    async get<T>(namespace: string, key: string): Promise<CacheEntry<T> | undefined> {
      const entry = entries.get(id(namespace, key));
      if (!entry) return undefined;
      if (entry.expiresAt <= options.now()) {
        entries.delete(id(namespace, key));
        return undefined;
      }
      return { value: JSON.parse(entry.json) as T, storedAt: entry.storedAt };
    },
    async set<T>(namespace: string, key: string, value: T, ttlSeconds: number): Promise<void> {
      entries.set(id(namespace, key), {
        json: JSON.stringify(value),
        expiresAt: options.now() + ttlSeconds * 1000,
        storedAt: options.now(),
      });
    },
    async delete(namespace: string, key: string): Promise<void> {
      entries.delete(id(namespace, key));
    },
    size: () => entries.size,
  };
}
