import type { Scanner } from '../types.js';

/** A scanner that forwards to another one, which the setup replaces once new settings are saved. */
export type SwappableScanner = Scanner & { replace(next: Scanner): void };

/**
 * Wraps `initial` so the job manager, which keeps the scanner it was given, scans with the newest one: a scan
 * already running keeps the scanner it started with.
 */
export function swappableScanner(initial: Scanner): SwappableScanner {
  let current = initial;
  return {
    listLibraries: (signal) => current.listLibraries(signal),
    scanMovies: (options, run) => current.scanMovies(options, run),
    scanEpisodes: (options, run) => current.scanEpisodes(options, run),
    defaults: () => current.defaults?.() ?? { includeFuture: false, includeSpecials: false },
    findImdbIds: (ids, signal) => current.findImdbIds?.(ids, signal) ?? Promise.resolve(new Map()),
    replace(next) {
      current = next;
    },
  };
}
