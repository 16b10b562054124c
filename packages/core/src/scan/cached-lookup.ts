import type { CacheStore } from '../ports.js';
import type { Limiter } from './limiter.js';

/** Hours a "not found" answer is remembered (docs/spec.md §7). */
export const NOT_FOUND_TTL_HOURS = 24;
/** Hours an episode list of an ended show is kept (docs/spec.md §7 "much longer"): 30 days. */
export const ENDED_SHOW_TTL_HOURS = 720;

/** Cache namespaces core writes. */
export type CacheNamespace =
  | 'tmdb_movie'
  | 'tmdb_collection'
  | 'tmdb_find'
  | 'tvdb_episodes'
  | 'tmdb_episodes'
  | 'show_ids';

/** What a lookup needs from the scan. */
export interface LookupContext {
  cache?: CacheStore;
  /** False for `--no-cache`: skip reads, still write. */
  readCache: boolean;
  limiter: Limiter;
  /** Called once if the cache itself fails (the scan goes on without it). */
  onCacheError: (error: unknown) => void;
}

/** A memoised, cached, concurrency-limited lookup through a port. */
export type Lookup = <T>(
  namespace: CacheNamespace,
  key: string,
  ttlHours: number | ((value: T) => number),
  fetch: () => Promise<T | null>,
) => Promise<T | null>;

/**
 * Creates the lookup function of one scan. Every (namespace, key) is fetched at most once per scan;
 * identical concurrent lookups share one promise. Cache hits skip the port; a cached `null` is a
 * remembered 404. Only port calls take a slot of the limiter.
 */
export function createLookup(ctx: LookupContext): Lookup {
  const memo = new Map<string, Promise<unknown>>();
  let cacheBroken = false;
  const safe = async <R>(op: () => Promise<R>): Promise<R | undefined> => {
    if (cacheBroken) return undefined;
    try {
      return await op();
    } catch (error) {
      cacheBroken = true;
      ctx.onCacheError(error);
      return undefined;
    }
  };
  const run = async <T>(
    namespace: CacheNamespace,
    key: string,
    ttlHours: number | ((value: T) => number),
    fetch: () => Promise<T | null>,
  ): Promise<T | null> => {
    const cache = ctx.cache;
    if (cache && ctx.readCache) {
      const hit = await safe(() => cache.get<T | null>(namespace, key));
      if (hit !== undefined) return hit.value;
    }
    const value = await ctx.limiter(fetch);
    if (cache) {
      const hours =
        value === null ? NOT_FOUND_TTL_HOURS : typeof ttlHours === 'number' ? ttlHours : ttlHours(value);
      if (hours > 0) await safe(() => cache.set(namespace, key, value, Math.round(hours * 3600)));
    }
    return value;
  };
  return <T>(
    namespace: CacheNamespace,
    key: string,
    ttlHours: number | ((value: T) => number),
    fetch: () => Promise<T | null>,
  ): Promise<T | null> => {
    const id = `${namespace}\u0000${key}`;
    let promise = memo.get(id) as Promise<T | null> | undefined;
    if (!promise) {
      promise = run(namespace, key, ttlHours, fetch);
      memo.set(id, promise);
    }
    return promise;
  };
}
