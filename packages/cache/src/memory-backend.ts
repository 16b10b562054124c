import { LRUCache } from 'lru-cache';
import { type Backend, namespaceStats, type StoredEntry } from './backend.js';

const SEPARATOR = '\u0000';

/** Joins namespace and key into one map key (a NUL byte never occurs in either). */
export function entryId(namespace: string, key: string): string {
  return `${namespace}${SEPARATOR}${key}`;
}

function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf(SEPARATOR));
}

/**
 * A {@link Backend} held in memory, bounded to `max` entries (least recently used go first). Used when
 * there is no file, the folder is read-only, or the file failed during the run.
 */
export function createMemoryBackend(max: number): Backend {
  const entries = new LRUCache<string, StoredEntry>({ max: Math.max(1, max) });
  const state = new Map<string, string>();

  return {
    persistent: false,
    get: (namespace, key) => entries.get(entryId(namespace, key)),
    entries: (namespace, now) => {
      const found: Array<[string, StoredEntry]> = [];
      for (const [id, entry] of entries.entries())
        if (namespaceOf(id) === namespace && entry.expiresAt > now)
          found.push([id.slice(namespace.length + SEPARATOR.length), entry]);
      return found;
    },
    set: (namespace, key, entry) => {
      entries.set(entryId(namespace, key), entry);
    },
    delete: (namespace, key) => {
      entries.delete(entryId(namespace, key));
    },
    clear: (namespace) => {
      if (namespace === undefined) entries.clear();
      else for (const id of [...entries.keys()]) if (namespaceOf(id) === namespace) entries.delete(id);
    },
    prune: (now) => {
      let removed = 0;
      for (const [id, entry] of [...entries.entries()]) {
        if (entry.expiresAt <= now && entries.delete(id)) removed++;
      }
      return removed;
    },
    namespaceStats: (now) => {
      const totals = new Map<
        string,
        { entries: number; bytes: number; oldest: number; newest: number; expired: number }
      >();
      for (const [id, entry] of entries.entries()) {
        const ns = namespaceOf(id);
        const t = totals.get(ns) ?? {
          entries: 0,
          bytes: 0,
          oldest: entry.createdAt,
          newest: entry.createdAt,
          expired: 0,
        };
        t.entries++;
        t.bytes += Buffer.byteLength(id) - Buffer.byteLength(ns) - 1 + Buffer.byteLength(entry.text);
        t.oldest = Math.min(t.oldest, entry.createdAt);
        t.newest = Math.max(t.newest, entry.createdAt);
        if (entry.expiresAt <= now) t.expired++;
        totals.set(ns, t);
      }
      return [...totals.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([ns, t]) => namespaceStats(ns, t.entries, t.bytes, t.oldest, t.newest, t.expired));
    },
    getState: (key) => state.get(key),
    setState: (key, text) => {
      state.set(key, text);
    },
    deleteState: (key) => {
      state.delete(key);
    },
    fileBytes: () => 0,
    close: () => {},
  };
}
