import { UsageError } from './errors.js';
import type { MovieGapOptions } from './movie-gaps.js';
import { SCAN_OPTIONS, type ScanOptionName } from './options/scan-option-table.js';
import {
  describeScanOption,
  isScanOptionValue,
  type ScanOptionValues,
  scanOptionDefaults,
} from './options/scan-option-values.js';
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

/** The option's value, or its default (docs/options.md) when absent; a value out of bounds is a usage error. */
function optionValue<N extends ScanOptionName>(
  name: N,
  given: ScanOptionValues[N] | undefined,
): ScanOptionValues[N] {
  const def = SCAN_OPTIONS[name];
  if (given === undefined) return scanOptionDefaults()[name];
  if (!isScanOptionValue(def, given)) {
    throw new UsageError(`Option ${name} must be ${describeScanOption(def)}, got ${String(given)}.`);
  }
  return given;
}

function ignoreOf(ignore: Partial<IgnoreList> | undefined): IgnoreList {
  return {
    collections: ignore?.collections ?? [],
    movies: ignore?.movies ?? [],
    shows: ignore?.shows ?? [],
    episodes: ignore?.episodes ?? [],
  };
}

/** Fills the defaults of the option table (docs/options.md) into movie options; throws {@link UsageError} for a bad value. */
export function resolveMovieOptions(options: MovieScanOptions = {}): MovieGapOptions {
  const ignore = ignoreOf(options.ignore);
  return {
    includeFuture: optionValue('includeFuture', options.includeFuture),
    minCollectionSize: optionValue('minCollectionSize', options.minCollectionSize),
    minOwned: optionValue('minOwned', options.minOwned),
    ignoreCollections: ignore.collections,
    ignoreMovies: ignore.movies,
  };
}

/** Fills the defaults of the option table (docs/options.md) into episode options; throws {@link UsageError} for a bad value. */
export function resolveEpisodeOptions(options: EpisodeScanOptions = {}): EpisodeGapOptions {
  const ignore = ignoreOf(options.ignore);
  return {
    includeFuture: optionValue('includeFuture', options.includeFuture),
    includeSpecials: optionValue('includeSpecials', options.includeSpecials),
    recentThresholdHours: optionValue('recentThresholdHours', options.recentThresholdHours),
    excludeShows: options.excludeShows ?? [],
    episodeSource: optionValue('episodeSource', options.episodeSource),
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
