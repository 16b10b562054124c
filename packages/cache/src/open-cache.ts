import type { Backend } from './backend.js';
import { createGuardedBackend } from './guarded-backend.js';
import { createLayeredStore } from './layered-store.js';
import { createMemoryBackend } from './memory-backend.js';
import { openSqliteFile, rebuildDamaged } from './open-database.js';
import { createStateStore } from './state-store.js';
import type { CacheHandle, CacheStats, OpenCacheOptions } from './types.js';

const DEFAULT_MEMORY_ENTRIES = 5000;
const PRUNED_AT = 'cache.pruned_at';
const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;

/** Deletes expired rows at most once a day, so a normal run pays nothing for it. */
function pruneOccasionally(backend: Backend, now: number): void {
  const last = Number(backend.getState(PRUNED_AT) ?? 0);
  if (now - last < PRUNE_EVERY_MS) return;
  backend.prune(now);
  backend.setState(PRUNED_AT, String(now), now);
}

/**
 * Opens the cache of docs/spec.md §7: a SQLite file (WAL, busy timeout) with an in-memory LRU in front, or
 * memory only when `path` is left out. Never throws for cache problems: a damaged file is set aside as
 * `<path>.corrupt-<time>` and rebuilt, an unwritable folder gives a memory-only cache, and every such event
 * is added to `warnings`.
 *
 * @example
 * const cache = openCache({ path: join(home, 'cache', 'cache.db') });
 * const report = await scanMovies({ library, metadata, cache: cache.store }, options);
 * cache.close();
 */
export function openCache(options: OpenCacheOptions = {}): CacheHandle {
  const now = options.now ?? Date.now;
  const memoryEntries = Math.max(0, options.memoryEntries ?? DEFAULT_MEMORY_ENTRIES);
  const warnings: string[] = [];
  const warn = (message: string): void => {
    if (warnings.includes(message)) return;
    warnings.push(message);
    options.onWarning?.(message);
  };
  const memory = (): Backend => createMemoryBackend(memoryEntries || DEFAULT_MEMORY_ENTRIES);

  const { path } = options;
  const file = path === undefined ? null : openSqliteFile(path, { now, warn });
  const backend =
    path !== undefined && file
      ? createGuardedBackend(file, {
          rebuild: () => rebuildDamaged(path, { now, warn }),
          fallback: memory,
          warn,
          label: `file ${path}`,
        })
      : memory();
  if (backend.persistent) pruneOccasionally(backend, now());

  // A memory backend is itself an LRU, so a second one in front of it would only duplicate entries.
  const layered = createLayeredStore({
    backend,
    memoryEntries: file ? memoryEntries : 0,
    readAhead: options.readAhead ?? false,
    now,
    warn,
  });

  const currentPath = (): string | null => (backend.persistent ? (path ?? null) : null);

  return {
    store: layered.store,
    get persistent() {
      return backend.persistent;
    },
    get path() {
      return currentPath();
    },
    warnings,
    state: createStateStore(backend, now),
    stats(): CacheStats {
      const namespaces = backend.namespaceStats(now());
      const sum = (pick: (n: (typeof namespaces)[number]) => number) =>
        namespaces.reduce((total, n) => total + pick(n), 0);
      return {
        path: currentPath(),
        persistent: backend.persistent,
        fileBytes: backend.fileBytes(),
        entries: sum((n) => n.entries),
        bytes: sum((n) => n.bytes),
        expired: sum((n) => n.expired),
        namespaces,
      };
    },
    clear(namespace) {
      layered.forget(namespace);
      backend.clear(namespace);
    },
    close() {
      layered.shut();
      backend.close();
    },
  };
}
