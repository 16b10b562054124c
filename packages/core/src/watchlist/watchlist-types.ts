import type { ListOptions } from '../ports.js';
import type { LibraryServer, ReportStatus, ReportWarning, SeasonGap, UnmatchedItem } from '../report.js';
import type { ExternalIds } from '../types.js';

/** One item of the account's Plex watchlist (plex.tv Discover, api-notes §8.4.2). */
export interface WatchlistItem {
  /** Discover rating key (24 hex characters); not a key of any server. */
  ratingKey: string;
  type: 'movie' | 'show';
  title: string;
  year?: number;
  /** `originallyAvailableAt` (`YYYY-MM-DD`): a film's release, a show's first air date; absent when unknown. */
  releaseDate?: string;
  ids: ExternalIds;
}

/**
 * The account's watchlist (the Discover service). Failures reject with a `ComplexionistError`; an item that
 * cannot be read is reported through `onSkippedItem` and left out (without the callback it fails the list).
 */
export interface WatchlistSource {
  listWatchlist(options?: Pick<ListOptions, 'signal' | 'onSkippedItem'>): Promise<WatchlistItem[]>;
}

/** A watchlisted film no scanned server owns. */
export interface WatchlistMovie {
  tmdbId: number | null;
  imdbId: string | null;
  title: string;
  year: number | null;
  /** `YYYY-MM-DD`, or null when unknown. */
  releaseDate: string | null;
  /** False when the date is missing or after today (UTC of the scan's `now`). */
  released: boolean;
}

/** A watchlisted show no scanned server owns, or owns with aired episodes missing. */
export interface WatchlistShow {
  tvdbId: number | null;
  tmdbId: number | null;
  imdbId: string | null;
  title: string;
  year: number | null;
  /** `false`: on no scanned server. `true`: owned, with `missingCount` aired episodes missing. */
  owned: boolean;
  missingCount: number;
  /** The missing episodes of an owned show, as the episode scan found them (empty when not owned). */
  seasons: SeasonGap[];
}

/** Counts summarising a watchlist report. */
export interface WatchlistSummary {
  items: number;
  /** Watchlisted items some scanned server owns whole (not listed). */
  owned: number;
  missingMovies: number;
  upcomingMovies: number;
  showsNotOwned: number;
  showsWithGaps: number;
  unmatched: number;
}

/** What `complexionist watchlist` reports (docs/spec.md §5 "Watchlist"). */
export interface WatchlistReport {
  type: 'watchlist';
  status: ReportStatus;
  generatedAt: string;
  /** The libraries whose items count as owned. */
  libraries: string[];
  libraryServers?: LibraryServer[];
  summary: WatchlistSummary;
  warnings: ReportWarning[];
  /** Watchlisted items without a TMDB or TVDB id (`library` is `Watchlist`). */
  unmatched: UnmatchedItem[];
  /** Released films first (oldest first), then upcoming ones (soonest first, undated last). */
  movies: WatchlistMovie[];
  /** Shows not owned, then owned shows with gaps, each in watchlist order. */
  shows: WatchlistShow[];
}
