import type {
  Collection,
  EpisodeList,
  LibrarySection,
  MovieDetails,
  OwnedEpisode,
  OwnedMovie,
  OwnedShow,
  PlexOrdering,
  TvdbSeasonType,
} from './types.js';

/** Options every port call accepts. */
export interface CallOptions {
  /** Aborts the call; implementations reject with the signal's reason. */
  signal?: AbortSignal;
}

/** Options of paged listing calls. */
export interface ListOptions extends CallOptions {
  /** Called after each page with the number of items read so far and the total the server announced. */
  onPage?: (read: number, total: number) => void;
  /**
   * Called with a sentence naming the service, the path and the field when an item of the listing cannot be
   * read (docs/spec.md §9 "malformed response"); the item is left out and the listing goes on. Without this
   * callback such an item fails the whole listing.
   */
  onSkippedItem?: (message: string) => void;
}

/** Options of {@link MediaLibrary.listSections}. */
export interface ListSectionsOptions extends CallOptions {
  /**
   * Called when one of several servers could not be read while others answered: its sections are left out
   * and the scan goes on, `partial` (docs/spec.md §5 "Several servers"). `message` names the server and the
   * cause, never a secret.
   */
  onUnavailable?: (server: string, message: string) => void;
}

/**
 * The user's media library (Plex, or anything shaped like it).
 * Listings are section-wide: implementations never fetch per show or per season.
 */
export interface MediaLibrary {
  listSections(options?: ListSectionsOptions): Promise<LibrarySection[]>;
  listMovies(sectionKey: string, options?: ListOptions): Promise<OwnedMovie[]>;
  listShows(sectionKey: string, options?: ListOptions): Promise<OwnedShow[]>;
  listEpisodes(sectionKey: string, options?: ListOptions): Promise<OwnedEpisode[]>;
  /** The section's default episode ordering (`showOrdering` pref), or null when unknown. */
  getDefaultOrdering(sectionKey: string, options?: CallOptions): Promise<PlexOrdering | null>;
}

/**
 * Movie metadata (TMDB). "Not found" resolves to `null`; other failures reject with a
 * {@link ComplexionistError}.
 */
export interface MovieMetadataSource {
  /** Identifies the source and its base URL; used to scope cache keys. */
  readonly cacheScope: string;
  getMovie(tmdbId: number, options?: CallOptions): Promise<MovieDetails | null>;
  getCollection(collectionId: number, options?: CallOptions): Promise<Collection | null>;
  /** Resolves an IMDb id (`tt…`) to a TMDB movie id. */
  findMovieByImdb(imdbId: string, options?: CallOptions): Promise<number | null>;
}

/** TheTVDB episode lists and id lookups. `null` means not found. */
export interface TvdbEpisodeSource {
  readonly cacheScope: string;
  getSeriesEpisodes(
    tvdbId: number,
    seasonType: TvdbSeasonType,
    options?: CallOptions,
  ): Promise<EpisodeList | null>;
  /** Resolves an IMDb id to a TVDB series id (`/search/remoteid/{imdb}`). */
  findSeriesByImdb(imdbId: string, options?: CallOptions): Promise<number | null>;
}

/** TMDB TV episode lists and id lookups. `null` means not found. */
export interface TmdbEpisodeSource {
  readonly cacheScope: string;
  /** Every episode of every season of the show (TMDB's own aired order). */
  getShowEpisodes(tmdbId: number, options?: CallOptions): Promise<EpisodeList | null>;
  /** `/tv/{id}/external_ids`: the show's TVDB and IMDb ids. */
  getShowExternalIds(
    tmdbId: number,
    options?: CallOptions,
  ): Promise<{ tvdb: number | null; imdb: string | null } | null>;
  /** `/find/{tvdbId}?external_source=tvdb_id` → TMDB show id. */
  findShowByTvdb(tvdbId: number, options?: CallOptions): Promise<number | null>;
  /** `/find/{imdbId}?external_source=imdb_id` → TMDB show id. */
  findShowByImdb(imdbId: string, options?: CallOptions): Promise<number | null>;
}

/** A stored cache value. Wrapping lets a cached `null` (a remembered 404) differ from a miss. */
export interface CacheEntry<T> {
  value: T;
  /** When the entry was written (epoch ms, by the cache's clock), if the store knows. */
  storedAt?: number;
}

/**
 * Key/value cache shared by scans. Namespaces separate kinds of data (`tmdb_movie`, `tmdb_collection`,
 * `tvdb_episodes`, `tmdb_episodes`, …); keys already include the source's `cacheScope`.
 */
export interface CacheStore {
  get<T>(namespace: string, key: string): Promise<CacheEntry<T> | undefined>;
  /** Stores a JSON-serialisable value for `ttlSeconds`. */
  set<T>(namespace: string, key: string, value: T, ttlSeconds: number): Promise<void>;
  delete?(namespace: string, key: string): Promise<void>;
}

/**
 * A place to keep a login token until it expires, between runs (TheTVDB's; the cache database keeps it):
 * what `createTvdbClient({ tokenStore })` takes and `cachedTokenStore` gives.
 */
export interface TokenStore {
  get(): Promise<string | undefined>;
  set(token: string, expiresAt: Date): Promise<void>;
}
