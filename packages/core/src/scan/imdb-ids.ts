import type { CacheTtls } from '../options.js';
import type { CacheStore, MovieMetadataSource } from '../ports.js';
import { resolveCacheTtls } from '../resolve-options.js';
import type { MovieDetails } from '../types.js';
import { forEachBounded } from './abort.js';
import { createLookup } from './cached-lookup.js';
import { itemFailure } from './item-errors.js';
import { createLimiter } from './limiter.js';
import { concurrencyOf } from './run-context.js';

/** Options of {@link findImdbIds}. */
export interface FindImdbIdsOptions {
  /** Cache lifetimes (hours); the movie entries use `tmdbMovie`. */
  cacheTtls?: Partial<CacheTtls>;
  signal?: AbortSignal;
  /** Lookups in flight. @default 16 */
  concurrency?: number;
}

/**
 * The IMDb ids of TMDB movies (collection parts carry none; Radarr's StevenLu list needs them). Reads the
 * movie details through the same cache entries a movie scan writes, so films a scan already looked up cost
 * nothing. An id TMDB has no IMDb id for, or whose lookup fails, maps to null; bad credentials or
 * settings and an abort still throw.
 *
 * @example
 * const ids = await findImdbIds({ metadata: tmdb, cache }, [8077, 8078]);
 * ids.get(8077); // 'tt0103644'
 */
export async function findImdbIds(
  deps: { metadata: MovieMetadataSource; cache?: CacheStore },
  tmdbIds: readonly number[],
  options: FindImdbIdsOptions = {},
): Promise<Map<number, string | null>> {
  const { metadata, cache } = deps;
  const concurrency = concurrencyOf(options.concurrency);
  const lookup = createLookup({
    ...(cache && { cache }),
    readCache: true,
    limiter: createLimiter(concurrency),
    onCacheError: () => {},
  });
  const ttl = resolveCacheTtls(options.cacheTtls).tmdbMovie;
  const found = new Map<number, string | null>();
  const unique = [...new Set(tmdbIds)];
  await forEachBounded(unique, concurrency, options.signal, async (id) => {
    try {
      const details = await lookup<MovieDetails>('tmdb_movie', `${metadata.cacheScope}:${id}`, ttl, () =>
        metadata.getMovie(id, options.signal ? { signal: options.signal } : {}),
      );
      found.set(id, details?.imdbId ?? null);
    } catch (error) {
      // The scans' rule: an abort or bad credentials rethrow, any other failure only costs this id.
      itemFailure(error, {
        item: `movie ${id}`,
        service: 'tmdb',
        action: 'Looking up',
        signal: options.signal,
      });
      found.set(id, null);
    }
  });
  return found;
}
