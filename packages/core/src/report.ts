import type { OrderingOrigin } from './agent-ordering.js';
import type { EpisodeSourceName } from './types.js';

/**
 * How much of a report could be checked. `complete`: every lookup answered. `partial`: some lookups failed
 * (each is a warning) but no more than the stated share (`FAILED_SHARE`, half of a phase), so what is listed
 * is right but items whose lookup failed may be missing from it. A scan whose service answered fewer is
 * `failed` and gives no report at all (a `ScanFailedError`).
 */
export type ReportStatus = 'complete' | 'partial';

/** A problem with one item that did not stop the scan. */
export interface ReportWarning {
  /** Stable machine code, e.g. `tmdb-not-found`, `malformed-response`, `source-fallback`, `tvdb-id-conflict`. */
  code: string;
  /** Human-readable sentence naming the item and the cause. Never contains a secret. */
  message: string;
  service?: string;
  /** The item concerned, e.g. a title or `tmdb:603`. */
  item?: string;
}

/**
 * Why an item could not be compared: `no-id` (Plex has no usable id), `anidb-only` (HAMA matched it to AniDB
 * alone), `imdb-unknown` (its IMDb id resolves to nothing), `not-found` (the source answered 404 for its id),
 * `not-comparable` (its numbering cannot be reproduced from TVDB or TMDB, e.g. HAMA `tvdb4-`).
 */
export type UnmatchedCode = 'no-id' | 'anidb-only' | 'imdb-unknown' | 'not-found' | 'not-comparable';

/**
 * An item ComPlexionist could not match to an external id, or could not compare (docs/spec.md §2.2, §3.2).
 */
export interface UnmatchedItem {
  title: string;
  year: number | null;
  ratingKey: string;
  /** Section title. */
  library: string;
  /** Machine-readable cause. */
  code: UnmatchedCode;
  /** The cause and the fix, as a sentence fragment. */
  reason: string;
}

/** One film missing from a collection. */
export interface MissingMovie {
  tmdbId: number;
  title: string;
  year: number | null;
  releaseDate: string | null;
  posterPath?: string | null;
}

/** One part of a collection the user owns (a "neighbour" of the missing ones; not the Plex listing `OwnedMovie`). */
export interface OwnedPart {
  tmdbId: number;
  title: string;
  /** Absent when TMDB gives no release date. */
  year?: number;
}

/** One collection with gaps. */
export interface CollectionGap {
  tmdbId: number;
  name: string;
  /** Considered parts the user owns. */
  owned: number;
  /**
   * The considered parts the user owns (`owned` of them), oldest release first. Added after the first JSON
   * contract: absent in reports saved before it, and not part of the text or CSV output.
   */
  ownedMovies?: OwnedPart[];
  /** Considered parts. */
  total: number;
  /** Oldest release first. */
  missing: MissingMovie[];
  /** Unreleased parts that were left out (listed only when `include_future` is off). */
  upcoming?: MissingMovie[];
}

/** Counts summarising a movie scan. */
export interface MovieSummary {
  moviesScanned: number;
  moviesMatched: number;
  moviesUnmatched: number;
  collectionsChecked: number;
  collectionsWithGaps: number;
  missingMovies: number;
}

/** Which server a scanned library is on (several Plex servers, docs/spec.md §5). */
export interface LibraryServer {
  /** Section title, as in `libraries`. */
  library: string;
  /** The server's name (`plex.servers[].name`). */
  server: string;
}

/** Report of a movie collection scan (docs/spec.md §4). */
export interface MovieGapReport {
  type: 'movies';
  /** Absent in reports saved before statuses existed: read those as `complete` ({@link reportStatus}). */
  status?: ReportStatus;
  /** ISO-8601 timestamp. */
  generatedAt: string;
  /** Titles of the scanned sections. */
  libraries: string[];
  /** The server of each scanned section, in the order of `libraries`; absent for a single unnamed server. */
  libraryServers?: LibraryServer[];
  summary: MovieSummary;
  warnings: ReportWarning[];
  unmatched: UnmatchedItem[];
  collections: CollectionGap[];
}

/** One missing episode. */
export interface MissingEpisode {
  season: number;
  episode: number;
  title: string | null;
  aired: string | null;
}

/** The missing episodes of one season. */
export interface SeasonGap {
  season: number;
  missing: MissingEpisode[];
}

/** One show with gaps. */
export interface ShowGap {
  tvdbId: number | null;
  tmdbId: number | null;
  imdbId: string | null;
  /** Which reference list the show was compared with. */
  source: EpisodeSourceName;
  /** The ordering the show was compared in (`tvdbAiring`, `tmdbAiring`, `hamaTvdb3`, …). */
  ordering: string;
  /** Where the ordering came from: the show's override, the library setting, or the library's agent. */
  orderingOrigin: OrderingOrigin;
  /** Why, in a few words (`library setting`, `default of com.plexapp.agents.thetvdb`, `HAMA tvdb3- GUID …`). */
  orderingReason: string;
  title: string;
  year: number | null;
  missingCount: number;
  seasons: SeasonGap[];
}

/** Counts summarising an episode scan. */
export interface EpisodeSummary {
  showsScanned: number;
  showsMatched: number;
  showsUnmatched: number;
  showsExcluded: number;
  showsWithGaps: number;
  episodesOwned: number;
  missingEpisodes: number;
}

/** Report of a TV episode scan (docs/spec.md §4). */
export interface EpisodeGapReport {
  type: 'episodes';
  /** Absent in reports saved before statuses existed: read those as `complete` ({@link reportStatus}). */
  status?: ReportStatus;
  generatedAt: string;
  libraries: string[];
  /** The server of each scanned section, in the order of `libraries`; absent for a single unnamed server. */
  libraryServers?: LibraryServer[];
  summary: EpisodeSummary;
  warnings: ReportWarning[];
  unmatched: UnmatchedItem[];
  shows: ShowGap[];
}

/** Both reports of a `scan`. */
export interface ScanReport {
  movies: MovieGapReport;
  episodes: EpisodeGapReport;
}

/** Any report a formatter accepts. */
export type AnyReport = MovieGapReport | EpisodeGapReport | ScanReport;

/** The status of a report or of a scan of both halves (`partial` when either half is). */
export function reportStatus(report: AnyReport): ReportStatus {
  if ('type' in report) return report.status ?? 'complete';
  return reportStatus(report.movies) === 'partial' || reportStatus(report.episodes) === 'partial'
    ? 'partial'
    : 'complete';
}
