import type { EpisodeScanOptions, MovieScanOptions } from '@complexionist/core';
import type { ConfiguredSettings } from '../wiring/session.js';
import type { ScanCommandOptions } from './scan-options.js';

function librariesOf(options: ScanCommandOptions): Pick<MovieScanOptions, 'libraries'> {
  return options.libraries.length > 0 ? { libraries: options.libraries } : {};
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Core's movie options: flags first, then the configuration; core fills the remaining defaults. */
export function movieScanOptions(options: ScanCommandOptions, settings: ConfiguredSettings): MovieScanOptions {
  return defined({
    ...librariesOf(options),
    includeFuture:
      options.includeFuture ?? (settings.excludeFuture === undefined ? undefined : !settings.excludeFuture),
    minCollectionSize: options.minCollectionSize ?? settings.minCollectionSize,
    minOwned: options.minOwned ?? settings.minOwned,
    ignore: settings.ignore,
  });
}

/** Core's episode options: flags first, then the configuration; `--exclude-show` adds to `exclusions.shows`. */
export function episodeScanOptions(options: ScanCommandOptions, settings: ConfiguredSettings): EpisodeScanOptions {
  return defined({
    ...librariesOf(options),
    includeFuture:
      options.includeFuture ?? (settings.excludeFuture === undefined ? undefined : !settings.excludeFuture),
    includeSpecials:
      options.includeSpecials ??
      (settings.excludeSpecials === undefined ? undefined : !settings.excludeSpecials),
    recentThresholdHours: options.recentHours ?? settings.recentThresholdHours,
    excludeShows: [...settings.excludeShows, ...options.excludeShows],
    episodeSource: settings.episodeSource,
    ignore: settings.ignore,
  });
}
