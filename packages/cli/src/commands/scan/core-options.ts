import {
  type EpisodeScanOptions,
  type MovieScanOptions,
  pickScanOptions,
  withOverrides,
} from '@complexionist/core';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import type { ConfiguredSettings } from '../../wiring/session.js';

function librariesOf(options: ScanCommandOptions): { libraries?: string[] } {
  return options.libraries.length > 0 ? { libraries: options.libraries } : {};
}

/** Core's movie options: flags over the configuration (core's `withOverrides`); core fills the defaults. */
export function movieScanOptions(
  options: ScanCommandOptions,
  settings: ConfiguredSettings,
): MovieScanOptions {
  return withOverrides<MovieScanOptions>(settings.movies, {
    ...librariesOf(options),
    ...pickScanOptions('movies', options),
  });
}

/** Core's episode options: flags over the configuration; `--exclude-show` adds to `exclusions.shows`. */
export function episodeScanOptions(
  options: ScanCommandOptions,
  settings: ConfiguredSettings,
): EpisodeScanOptions {
  return withOverrides<EpisodeScanOptions>(settings.episodes, {
    ...librariesOf(options),
    ...pickScanOptions('episodes', options),
    excludeShows: [...(settings.episodes.excludeShows ?? []), ...options.excludeShows],
  });
}
