import { type CacheHandle, openCache } from '@complexionist/cache';
import { homePaths } from '@complexionist/config';

/** `<home>/cache/cache.db` (docs/spec.md §7): the one cache file the CLI and the server share. */
export function cachePath(home: string): string {
  return homePaths(home).cacheDb;
}

/** Options of {@link openHomeCache}. */
export interface HomeCacheOptions {
  /**
   * `command`: one command reads most of the cache once, then exits, so each namespace is read in one query
   * and no LRU copy is kept (core asks for each key once per scan). `server`: a long-running process keeps
   * the default LRU in front of SQLite.
   */
  use: 'command' | 'server';
  /** Told about a damaged cache file that was set aside. */
  onWarning?: (message: string) => void;
  /** The clock the cache ages its entries by (a scan's fixed `COMPLEXIONIST_NOW`, `pnpm bench --days`). @default the system clock */
  now?: () => number;
}

/** Opens the home's cache file for one face. */
export function openHomeCache(home: string, options: HomeCacheOptions): CacheHandle {
  const path = cachePath(home);
  const shared = {
    path,
    ...(options.onWarning && { onWarning: options.onWarning }),
    ...(options.now && { now: options.now }),
  };
  return options.use === 'command'
    ? openCache({ ...shared, readAhead: true, memoryEntries: 0 })
    : openCache(shared);
}
