import type { CacheStore } from '@complexionist/core';

/** Options of {@link openCache}. */
export interface OpenCacheOptions {
  /**
   * SQLite file, e.g. `<home>/cache/cache.db`; its folder is created when missing.
   * Leave it out for a memory-only cache (nothing survives the process).
   */
  path?: string;
  /**
   * How many entries the in-memory LRU in front of SQLite keeps (and how many a memory-only cache holds).
   * `0` turns the in-memory layer off.
   * @default 5000
   */
  memoryEntries?: number;
  /**
   * Read a whole namespace in one query the first time one of its keys is asked for, and answer later reads
   * of that namespace from what was read (each entry once; keys not found there still go to the file). Made
   * for a short-lived process that reads most of the cache, like a CLI scan: one query per namespace instead
   * of one per key (12,000 keys: ~40 ms instead of ~200 ms). Leave it off in a long-lived process, which
   * would keep unread entries in memory.
   * @default false
   */
  readAhead?: boolean;
  /** Clock in epoch milliseconds; tests inject one. @default Date.now */
  now?: () => number;
  /** Called once per new warning (the same text is also pushed to {@link CacheHandle.warnings}). */
  onWarning?: (message: string) => void;
}

/** What one namespace of the cache holds. Expired entries count in `entries` until they are pruned. */
export interface NamespaceStats {
  namespace: string;
  entries: number;
  /** Bytes of keys and JSON values (not counting SQLite's own overhead). */
  bytes: number;
  /** ISO time of the oldest entry's write, or null when empty. */
  oldest: string | null;
  /** ISO time of the newest entry's write, or null when empty. */
  newest: string | null;
  /** Entries whose TTL has run out (they are misses and will be pruned). */
  expired: number;
}

/** The result of {@link CacheHandle.stats}. */
export interface CacheStats {
  /** The SQLite file, or null for a memory-only cache. */
  path: string | null;
  persistent: boolean;
  /** Size on disk of the database file and its write-ahead log (0 when memory-only). */
  fileBytes: number;
  /** Totals over every namespace. */
  entries: number;
  bytes: number;
  expired: number;
  namespaces: NamespaceStats[];
}

/**
 * Small persistent key/value table beside the cache (SQLite table `state`), for data that is not a cached
 * answer and must survive a restart, such as the server's latest report per type. Values are JSON.
 * Never expires and is not emptied by {@link CacheHandle.clear}.
 */
export interface StateStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** An open cache: the {@link CacheStore} port plus housekeeping. */
export interface CacheHandle {
  /** The port to hand to core (`scanMovies({ …, cache: handle.store }, …)`). */
  store: CacheStore;
  /** False when the cache lives in memory only (no path, read-only folder, or the file failed mid-run). */
  readonly persistent: boolean;
  /** The SQLite file, or null when memory-only. */
  readonly path: string | null;
  /** Problems met so far (set-aside files, unwritable folder, failed writes), each once. */
  warnings: string[];
  /** The `state` table; see {@link StateStore}. */
  state: StateStore;
  stats(): CacheStats;
  /** Deletes every cached entry, or only those of one namespace. Leaves {@link state} alone. */
  clear(namespace?: string): void;
  /** Closes the database; later calls on {@link store} are misses and no-ops. */
  close(): void;
}
