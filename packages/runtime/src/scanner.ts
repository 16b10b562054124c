import type {
  EpisodeGapReport,
  EpisodeScanOptions,
  LibrarySection,
  MovieGapReport,
  MovieScanOptions,
  ScanProgress,
  WatchlistReport,
} from '@complexionist/core';

/** The configured values of the scan options the page shows as checkboxes (what a scan uses unless told). */
export interface ScanDefaults {
  includeFuture: boolean;
  includeSpecials: boolean;
}

/** Run-time hooks a scanner receives for one scan. */
export interface ScanRun {
  signal: AbortSignal;
  onProgress: (event: ScanProgress) => void;
  /**
   * What the scan does when the named libraries hold none of its type (core's option of that name): a `scan`
   * job's halves pass `'empty'`. @default 'error'
   */
  whenNoLibraryOfType?: 'error' | 'empty';
  /** Names of the Plex servers to scan (several servers, docs/spec.md §5); every server when absent. */
  servers?: string[];
}

/**
 * Runs scans for the server. Implementations wire the core scans to a data source (Plex + TMDB/TVDB, or the
 * demo library) and supply the clock, cache and configured defaults; the server only passes per-request options.
 */
export interface Scanner {
  /** Every library of every server; with several servers each names its `server`. */
  listLibraries(signal?: AbortSignal): Promise<LibrarySection[]>;
  scanMovies(options: MovieScanOptions, run: ScanRun): Promise<MovieGapReport>;
  scanEpisodes(options: EpisodeScanOptions, run: ScanRun): Promise<EpisodeGapReport>;
  /** The effective option values a scan falls back to; the page pre-checks its boxes from them. @default both false */
  defaults?(): ScanDefaults;
  /**
   * The IMDb ids of TMDB movies (null when unknown), for Radarr's StevenLu list. Without it every id is unknown.
   * Rejects only for bad credentials or an abort.
   */
  /** The account's watchlist items no scanned server owns (absent: no watchlist, e.g. the demo). */
  scanWatchlist?(options: EpisodeScanOptions, run: ScanRun): Promise<WatchlistReport>;
  findImdbIds?(tmdbIds: readonly number[], signal?: AbortSignal): Promise<Map<number, string | null>>;
}
