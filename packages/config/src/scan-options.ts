import type { CacheTtls, EpisodeScanOptions, MovieScanOptions } from '@complexionist/core';
import type { Config } from './types.js';

/** Movie scan options of core from the configuration (`libraries` comes from the command line). */
export function toMovieScanOptions(config: Config): MovieScanOptions {
  return {
    includeFuture: !config.options.excludeFuture,
    minCollectionSize: config.options.minCollectionSize,
    minOwned: config.options.minOwned,
    ignore: structuredClone(config.ignore),
  };
}

/** Episode scan options of core from the configuration (`libraries` comes from the command line). */
export function toEpisodeScanOptions(config: Config): EpisodeScanOptions {
  return {
    includeFuture: !config.options.excludeFuture,
    includeSpecials: !config.options.excludeSpecials,
    recentThresholdHours: config.options.recentThresholdHours,
    excludeShows: [...config.exclusions.shows],
    episodeSource: config.options.episodeSource,
    ignore: structuredClone(config.ignore),
  };
}

/** Cache lifetimes in hours (`cache.ttl_hours.*`). */
export function toCacheTtls(config: Config): CacheTtls {
  return { ...config.cache.ttlHours };
}
