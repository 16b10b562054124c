import type { NamespaceStats } from './types.js';

/** One stored entry as a backend keeps it: JSON text and its expiry in epoch ms. */
export interface StoredEntry {
  text: string;
  createdAt: number;
  expiresAt: number;
}

/**
 * Storage below the in-memory layer (SQLite, or a bounded map when no file can be used). Synchronous, and
 * may throw; expiry is judged by the caller so that it lives in one place.
 */
export interface Backend {
  readonly persistent: boolean;
  get(namespace: string, key: string): StoredEntry | undefined;
  /** Every unexpired entry of `namespace`, read at once (see `OpenCacheOptions.readAhead`). */
  entries(namespace: string, now: number): Array<[key: string, entry: StoredEntry]>;
  set(namespace: string, key: string, entry: StoredEntry): void;
  delete(namespace: string, key: string): void;
  clear(namespace?: string): void;
  /** Removes expired entries; returns how many. */
  prune(now: number): number;
  namespaceStats(now: number): NamespaceStats[];
  getState(key: string): string | undefined;
  setState(key: string, text: string, now: number): void;
  deleteState(key: string): void;
  /** Bytes on disk (0 in memory). */
  fileBytes(): number;
  close(): void;
}

/** Builds the stats of one namespace from plain numbers (shared by both backends). */
export function namespaceStats(
  namespace: string,
  entries: number,
  bytes: number,
  oldest: number | null,
  newest: number | null,
  expired: number,
): NamespaceStats {
  return {
    namespace,
    entries,
    bytes,
    oldest: oldest === null ? null : new Date(oldest).toISOString(),
    newest: newest === null ? null : new Date(newest).toISOString(),
    expired,
  };
}
