import type { CacheEntry, CacheStore } from '@complexionist/core';
import { LRUCache } from 'lru-cache';
import type { Backend, StoredEntry } from './backend.js';
import { entryId } from './memory-backend.js';

/** Options of {@link createLayeredStore}. */
export interface LayeredStoreOptions {
  backend: Backend;
  /** Entries of the in-memory layer; 0 for none. */
  memoryEntries: number;
  /** Read a whole namespace on its first read; see `OpenCacheOptions.readAhead`. */
  readAhead?: boolean;
  now: () => number;
  warn: (message: string) => void;
}

/** The store plus what the handle needs to manage its memory layer. */
export interface LayeredStore {
  store: CacheStore;
  /** Forgets entries of the memory layer (all, or one namespace). */
  forget(namespace?: string): void;
  /** After this every read is a miss and every write a no-op. */
  shut(): void;
}

// A TTL this long (or Infinity) means "keep until cleared"; capped so it fits SQLite's INTEGER.
const MAX_EXPIRY = Number.MAX_SAFE_INTEGER;

/**
 * The {@link CacheStore} port: an LRU of JSON text in front of a backend. Text, not parsed objects, is
 * kept in memory so every hit returns a fresh copy, exactly as a read from SQLite would.
 */
export function createLayeredStore(options: LayeredStoreOptions): LayeredStore {
  const { backend, now, warn } = options;
  const front =
    options.memoryEntries > 0 ? new LRUCache<string, StoredEntry>({ max: options.memoryEntries }) : null;
  // Per namespace read ahead: the entries not handed out yet (each is handed out once, then kept in `front`
  // when there is one).
  const ahead = options.readAhead ? new Map<string, Map<string, StoredEntry>>() : null;
  let open = true;

  function readAhead(namespace: string, key: string): StoredEntry | undefined {
    if (!ahead) return undefined;
    let pending = ahead.get(namespace);
    if (!pending) {
      pending = new Map(backend.entries(namespace, now()));
      ahead.set(namespace, pending);
    }
    const entry = pending.get(key);
    if (entry) pending.delete(key);
    return entry;
  }

  function read(namespace: string, key: string): StoredEntry | undefined {
    const id = entryId(namespace, key);
    const cached = front?.get(id);
    if (cached && cached.expiresAt > now()) return cached;
    if (cached) front?.delete(id);
    // Not read ahead → ask the backend: another process may have written it since the namespace was read.
    const stored = readAhead(namespace, key) ?? backend.get(namespace, key);
    if (!stored || stored.expiresAt <= now()) return undefined;
    front?.set(id, stored);
    return stored;
  }

  const store: CacheStore = {
    async get<T>(namespace: string, key: string): Promise<CacheEntry<T> | undefined> {
      if (!open) return undefined;
      const entry = read(namespace, key);
      if (!entry) return undefined;
      try {
        return { value: JSON.parse(entry.text) as T, storedAt: entry.createdAt };
      } catch {
        // Unreadable JSON is treated as a miss and replaced by the next write.
        return undefined;
      }
    },
    async set<T>(namespace: string, key: string, value: T, ttlSeconds: number): Promise<void> {
      if (!open) return;
      const id = entryId(namespace, key);
      ahead?.get(namespace)?.delete(key);
      if (!(ttlSeconds > 0)) {
        front?.delete(id);
        backend.delete(namespace, key);
        return;
      }
      let text: string;
      try {
        text = JSON.stringify(value ?? null);
      } catch (error) {
        warn(`A ${namespace} answer could not be cached: ${(error as Error).message}`);
        return;
      }
      const createdAt = now();
      const entry = { text, createdAt, expiresAt: Math.min(MAX_EXPIRY, createdAt + ttlSeconds * 1000) };
      front?.set(id, entry);
      backend.set(namespace, key, entry);
    },
    async delete(namespace: string, key: string): Promise<void> {
      if (!open) return;
      ahead?.get(namespace)?.delete(key);
      front?.delete(entryId(namespace, key));
      backend.delete(namespace, key);
    },
  };

  return {
    store,
    forget(namespace) {
      if (namespace === undefined) {
        ahead?.clear();
        front?.clear();
        return;
      }
      ahead?.delete(namespace);
      for (const id of [...(front?.keys() ?? [])])
        if (id.startsWith(entryId(namespace, ''))) front?.delete(id);
    },
    shut() {
      open = false;
      ahead?.clear();
      front?.clear();
    },
  };
}
