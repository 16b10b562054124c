import type { TvdbUpdateFeed } from './feed-ports.js';
import type { CacheTtls } from './options.js';
import type {
  CacheStore,
  MediaLibrary,
  MovieMetadataSource,
  TmdbEpisodeSource,
  TvdbEpisodeSource,
} from './ports.js';
import type { FreshnessOptions } from './scan/freshness-options.js';

/** Phase of a running scan, in the order they happen. */
export type ScanPhase =
  | 'libraries' // reading sections and Plex listings
  | 'movies' // TMDB movie lookups (and IMDb → TMDB resolution)
  | 'collections' // TMDB collection lookups
  | 'shows' // show id resolution
  | 'episodes' // reference episode lists
  | 'done';

/** A progress event. `total` may grow while a phase discovers more work. */
export interface ScanProgress {
  scan: 'movies' | 'episodes';
  phase: ScanPhase;
  done: number;
  total: number;
}

/** Run-time settings shared by both scans. */
export interface ScanRunOptions {
  /** The current time; every date comparison uses it (never the system clock). */
  now: Date;
  signal?: AbortSignal;
  onProgress?: (event: ScanProgress) => void;
  /** Maximum lookups in flight through the ports. @default 16 */
  concurrency?: number;
  /** Cache lifetimes (hours). Defaults per docs/spec.md §6. */
  cacheTtls?: Partial<CacheTtls>;
  /** Jitter, change feeds and skipping of listed movies (docs/freshness.md). Defaults: every one on. */
  freshness?: Partial<FreshnessOptions>;
  /** When false, cached answers are not read but fresh answers are still written (`--no-cache`). @default true */
  readCache?: boolean;
  /**
   * When `libraries` names only libraries of the other type: `'error'` throws a UsageError naming them;
   * `'empty'` gives a report of no library (for a scan of both halves given movie and show names).
   * @default 'error'
   */
  whenNoLibraryOfType?: 'error' | 'empty';
}

/** What `scanMovies` reads through. */
export interface MovieScanDeps {
  library: MediaLibrary;
  metadata: MovieMetadataSource;
  cache?: CacheStore;
}

/** What `scanEpisodes` reads through. At least one of `tvdb` / `tmdb` must be given. */
export interface EpisodeScanDeps {
  library: MediaLibrary;
  tvdb?: TvdbEpisodeSource;
  tmdb?: TmdbEpisodeSource;
  cache?: CacheStore;
  /**
   * TVDB's change feed: unchanged episode lists are kept longer (docs/freshness.md). Defaults to `tvdb`
   * when that source serves the feed too (the TVDB adapter does).
   */
  tvdbUpdates?: TvdbUpdateFeed;
}
