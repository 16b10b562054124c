import type { ReportHistory } from '@complexionist/cache';
import type {
  EpisodeGapReport,
  EpisodeScanOptions,
  IgnoreList,
  LibrarySection,
  MovieGapReport,
  MovieScanOptions,
  ScanProgress,
  WatchlistReport,
} from '@complexionist/core';
import type { NotifySettings } from './jobs/after-scan.js';
import type { ScheduleSettings } from './schedule/scheduler.js';
import type { SendTargets } from './send/send-targets.js';

/** What a scan request asks for: one scan of each kind, or both (`scan`). */
export type ScanType = 'movies' | 'episodes' | 'scan';

/** The two report kinds the server keeps a latest copy of. */
export type ReportType = 'movies' | 'episodes';

/** Maps a report type to its report. */
export interface ReportByType {
  movies: MovieGapReport;
  episodes: EpisodeGapReport;
}

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

/** Keeps the latest report of each type (persisted by the implementation when it can). */
export interface ReportStore {
  get<T extends ReportType>(type: T): Promise<ReportByType[T] | undefined>;
  set(report: MovieGapReport | EpisodeGapReport): Promise<void>;
}

/** One kind of ignore list entry (docs/spec.md §6 `ignore.*`). */
export type IgnoreKind = keyof IgnoreList;

/** The user's ignore list: items never to report. */
export interface IgnoreStore {
  list(): Promise<IgnoreList>;
  /** Adds a value (already normalised); adding one that is there is a no-op. Resolves to the new list. */
  add(kind: IgnoreKind, value: string | number): Promise<IgnoreList>;
  /** Removes a value; removing one that is not there is a no-op. Resolves to the new list. */
  remove(kind: IgnoreKind, value: string | number): Promise<IgnoreList>;
}

/** Where the server writes its log lines. Lines never contain secrets (the server redacts them). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Everything {@link createApp} needs; tests pass fakes, the Node entry passes the real wiring. */
export interface ServerDeps {
  scanner: Scanner;
  store: ReportStore;
  ignores: IgnoreStore;
  /**
   * When set, every `/api` route except health needs it: `X-Api-Key` or `Authorization: Bearer`, or the
   * `apikey` query on the Radarr/Sonarr list routes only.
   */
  apiKey?: string;
  logger?: Logger;
  /** Shows the demo banner on the page. @default false */
  demo?: boolean;
  /** Values that must never appear in a response or log line (tokens, API keys). */
  secrets?: string[];
  /** Finished scans kept in memory for `GET /api/scans/:id`. @default 20 */
  keepFinishedJobs?: number;
  /** Scans that may wait behind the running one; a further request is answered 429. @default 4 */
  maxQueuedScans?: number;
  /** `server.allowed_hosts`: names besides loopback and the listening address the server answers to. */
  allowedHosts?: string[];
  /** The address the server listens on (set by `startServer`); requests must be sent to it. @default '127.0.0.1' */
  listenHost?: string;
  /** This machine's addresses and names (asked when listening on `0.0.0.0`). @default from `node:os` */
  localNames?: () => string[];
  /** How long the page and `/api/libraries` wait for the media server's library list. @default 5000 */
  librariesTimeoutMs?: number;
  /** The clock of scan times and of the wrong-key lockout. @default () => new Date() */
  clock?: () => Date;
  /** Radarr/Sonarr for `POST /api/send/*`; a service absent here answers 409 "not set up". */
  send?: SendTargets;
  /** Reports of complete scans, for "what is new". @default a memory history (30 per type) */
  history?: ReportHistory;
  /** `notifications:` and `server.public_url`: who is told what is new after a scan. */
  notify?: NotifySettings;
  /** `server.schedule`: scan on a cron schedule (started by `startServer`). */
  schedule?: ScheduleSettings;
}
