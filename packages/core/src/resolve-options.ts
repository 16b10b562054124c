import { UsageError } from './errors.js';
import type { MovieGapOptions } from './movie-gaps.js';
import type {
  CacheTtls,
  EpisodeScanOptions,
  EpisodeSourceChoice,
  IgnoreList,
  MovieScanOptions,
} from './options.js';

/**
 * Cache lifetimes in hours when the user sets none (docs/spec.md §6). A movie's own answer (its
 * collection membership, which rarely changes) is kept 60 days since issue 19 (docs/freshness.md).
 */
export const DEFAULT_CACHE_TTLS: CacheTtls = Object.freeze({
  tmdbMovie: 1440,
  tmdbCollection: 168,
  tvdbEpisodes: 24,
  tmdbEpisodes: 24,
});

/** Episode gap options with every default filled in. */
export interface EpisodeGapOptions {
  includeFuture: boolean;
  includeSpecials: boolean;
  recentThresholdHours: number;
  excludeShows: string[];
  episodeSource: EpisodeSourceChoice;
  ignoreShows: string[];
  ignoreEpisodes: string[];
}

function count(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new UsageError(`Option ${name} must be a number of at least ${min}, got ${String(value)}.`);
  }
  return value;
}

function ignoreOf(ignore: Partial<IgnoreList> | undefined): IgnoreList {
  return {
    collections: ignore?.collections ?? [],
    movies: ignore?.movies ?? [],
    shows: ignore?.shows ?? [],
    episodes: ignore?.episodes ?? [],
  };
}

/** Fills the defaults of docs/spec.md §6 into movie options; throws {@link UsageError} for a bad value. */
export function resolveMovieOptions(options: MovieScanOptions = {}): MovieGapOptions {
  const ignore = ignoreOf(options.ignore);
  return {
    includeFuture: options.includeFuture ?? false,
    minCollectionSize: count('minCollectionSize', options.minCollectionSize, 2, 1),
    minOwned: count('minOwned', options.minOwned, 1, 0),
    ignoreCollections: ignore.collections,
    ignoreMovies: ignore.movies,
  };
}

/** Fills the defaults of docs/spec.md §6 into episode options; throws {@link UsageError} for a bad value. */
export function resolveEpisodeOptions(options: EpisodeScanOptions = {}): EpisodeGapOptions {
  const ignore = ignoreOf(options.ignore);
  const source = options.episodeSource ?? 'auto';
  if (source !== 'auto' && source !== 'tvdb' && source !== 'tmdb') {
    throw new UsageError(`Option episodeSource must be auto, tvdb or tmdb, got ${String(source)}.`);
  }
  return {
    includeFuture: options.includeFuture ?? false,
    includeSpecials: options.includeSpecials ?? false,
    recentThresholdHours: count('recentThresholdHours', options.recentThresholdHours, 24, 0),
    excludeShows: options.excludeShows ?? [],
    episodeSource: source,
    ignoreShows: ignore.shows,
    ignoreEpisodes: ignore.episodes,
  };
}

/** Cache TTLs with defaults filled in. */
export function resolveCacheTtls(ttls: Partial<CacheTtls> = {}): CacheTtls {
  return {
    ...DEFAULT_CACHE_TTLS,
    ...Object.fromEntries(Object.entries(ttls).filter(([, v]) => v !== undefined)),
  };
}
