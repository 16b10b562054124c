import {
  findImdbIds,
  resolveEpisodeOptions,
  resolveMovieOptions,
  scanEpisodes,
  scanMovies,
} from '@complexionist/core';
import { createDemoDeps } from '@complexionist/core/demo';
import type { Scanner } from './scanner.js';

/** Options of {@link demoScanner}. */
export interface DemoScannerOptions {
  /** The clock; read once per scan so upcoming demo items stay upcoming. @default () => new Date() */
  now?: () => Date;
}

/** Scans the bundled demo library of `@complexionist/core` (no credentials, no network). */
export function demoScanner(options: DemoScannerOptions = {}): Scanner {
  const clock = options.now ?? (() => new Date());
  return {
    listLibraries: (signal) => createDemoDeps({ now: clock() }).library.listSections({ signal }),
    scanMovies(scanOptions, run) {
      const now = clock();
      const { library, metadata } = createDemoDeps({ now });
      return scanMovies({ library, metadata }, { ...scanOptions, now, ...run });
    },
    scanEpisodes(scanOptions, run) {
      const now = clock();
      const { library, tvdb, tmdb } = createDemoDeps({ now });
      return scanEpisodes({ library, tvdb, tmdb }, { ...scanOptions, now, ...run });
    },
    defaults: () => ({
      includeFuture: resolveMovieOptions().includeFuture,
      includeSpecials: resolveEpisodeOptions().includeSpecials,
    }),
    findImdbIds: (tmdbIds, signal) =>
      findImdbIds({ metadata: createDemoDeps({ now: clock() }).metadata }, tmdbIds, signal ? { signal } : {}),
  };
}
