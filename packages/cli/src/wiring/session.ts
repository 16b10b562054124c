import type { ReportHistory } from '@complexionist/cache';
import type {
  CacheStore,
  CacheTtls,
  EpisodeScanOptions,
  FreshnessOptions,
  MediaLibrary,
  MovieMetadataSource,
  MovieScanOptions,
  TmdbEpisodeSource,
  TvdbEpisodeSource,
  WatchlistSource,
} from '@complexionist/core';
import type { HttpStats } from '@complexionist/http';

/** Scan settings taken from the configuration file (docs/spec.md §6); flags override them. */
export interface ConfiguredSettings {
  movies: MovieScanOptions;
  episodes: EpisodeScanOptions;
  cacheTtls?: Partial<CacheTtls>;
  /** Jitter, change feeds, skipped lookups (`cache.*`, docs/freshness.md). */
  freshness?: Partial<FreshnessOptions>;
}

/** Everything a scan reads through, wired and ready: demo data or live clients. */
export interface ScanSession {
  library: MediaLibrary;
  metadata?: MovieMetadataSource;
  tvdb?: TvdbEpisodeSource;
  tmdb?: TmdbEpisodeSource;
  cache?: CacheStore;
  /** The account's Plex watchlist (live mode, with an account or server token). */
  watchlist?: WatchlistSource;
  /** The home's history of complete reports (live mode), shared with the server. */
  history?: ReportHistory;
  settings: ConfiguredSettings;
  /** Request counts per service, for `-v`. */
  requestStats(): HttpStats[];
  /** One line about the cache for `-v`, when there is one. */
  cacheSummary?(): string;
  /** Things worth telling the user before the scan (e.g. a damaged cache that was set aside). */
  notices: string[];
  close(): void;
}
