import type { CacheEntry, CacheStore } from '../ports.js';
import { jitteredSeconds } from './freshness.js';
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
  | 'tmdb_membership'
  | 'tvdb_episodes'
  | 'tmdb_episodes'
  | 'show_ids'
  | 'feeds';

/** What a lookup needs from the scan. */
export interface LookupContext {
  cache?: CacheStore;
  /** False for `--no-cache`: skip reads, still write. */
  readCache: boolean;
  limiter: Limiter;
  /** Called once if the cache itself fails (the scan goes on without it). */
  onCacheError: (error: unknown) => void;
  /** Share of each TTL that jitter may take off (see {@link jitteredSeconds}). @default 0 */
  jitter?: number;
  /**
   * Says a cached entry may no longer be used (a change feed named it, or it is older than the feed-less
   * TTL): it is fetched again as on a miss.
   */
  isStale?: (namespace: CacheNamespace, key: string, entry: CacheEntry<unknown>) => boolean;
}

/** A memoised, cached, concurrency-limited lookup through a port. */
export interface Lookup {
  <T>(
    namespace: CacheNamespace,
    key: string,
    ttlHours: number | ((value: T) => number),
    fetch: () => Promise<T | null>,
  ): Promise<T | null>;
  /** The usable cached entry of (namespace, key), without fetching; undefined on a miss. */
  peek<T>(namespace: CacheNamespace, key: string): Promise<CacheEntry<T | null> | undefined>;
  /** Stores a value this scan derived (not a port's answer) for `ttlHours`, jittered like the rest. */
  store<T>(namespace: CacheNamespace, key: string, value: T, ttlHours: number): Promise<void>;
}

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
  const peek = async <T>(
    namespace: CacheNamespace,
    key: string,
  ): Promise<CacheEntry<T | null> | undefined> => {
    const cache = ctx.cache;
    if (!cache || !ctx.readCache) return undefined;
    const hit = await safe(() => cache.get<T | null>(namespace, key));
    if (hit === undefined || ctx.isStale?.(namespace, key, hit)) return undefined;
    return hit;
  };
  const store = async <T>(namespace: CacheNamespace, key: string, value: T, hours: number): Promise<void> => {
    const cache = ctx.cache;
    const seconds = jitteredSeconds(hours, `${namespace}:${key}`, ctx.jitter ?? 0);
    if (cache && seconds > 0) await safe(() => cache.set(namespace, key, value, seconds));
  };
  const run = async <T>(
    namespace: CacheNamespace,
    key: string,
    ttlHours: number | ((value: T) => number),
    fetch: () => Promise<T | null>,
  ): Promise<T | null> => {
    const hit = await peek<T>(namespace, key);
    if (hit !== undefined) return hit.value;
    const value = await ctx.limiter(fetch);
    const hours =
      value === null ? NOT_FOUND_TTL_HOURS : typeof ttlHours === 'number' ? ttlHours : ttlHours(value);
    await store(namespace, key, value, hours);
    return value;
  };
  const lookup = <T>(
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
  return Object.assign(lookup, { peek, store });
}
