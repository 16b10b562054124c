import type { EpisodeScanOptions, MovieScanOptions } from '@complexionist/core';
import type { ConfiguredSettings } from '../wiring/session.js';
import type { ScanCommandOptions } from './scan-options.js';

/** Drops undefined values, so `{ ...configured, ...flags }` keeps the configured value for a flag not given. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function librariesOf(options: ScanCommandOptions): { libraries?: string[] } {
  return options.libraries.length > 0 ? { libraries: options.libraries } : {};
}

/** Core's movie options: flags over the configuration; core fills the remaining defaults. */
export function movieScanOptions(
  options: ScanCommandOptions,
  settings: ConfiguredSettings,
): MovieScanOptions {
  return {
    ...settings.movies,
    ...librariesOf(options),
    ...defined({
      includeFuture: options.includeFuture,
      minCollectionSize: options.minCollectionSize,
      minOwned: options.minOwned,
    }),
  };
}

/** Core's episode options: flags over the configuration; `--exclude-show` adds to `exclusions.shows`. */
export function episodeScanOptions(
  options: ScanCommandOptions,
  settings: ConfiguredSettings,
): EpisodeScanOptions {
  return {
    ...settings.episodes,
    ...librariesOf(options),
    ...defined({
      includeFuture: options.includeFuture,
      includeSpecials: options.includeSpecials,
      recentThresholdHours: options.recentHours,
    }),
    excludeShows: [...(settings.episodes.excludeShows ?? []), ...options.excludeShows],
  };
}
