/** Lists of things the user chose never to report (docs/spec.md §6 `ignore.*`). */
export interface IgnoreList {
  /** TMDB collection ids. */
  collections: number[];
  /** TMDB movie ids. */
  movies: number[];
  /** TVDB ids as `"81189"`, or TMDB ids as `"tmdb:1396"`. */
  shows: string[];
  /** `"<showId>:S01E02"` where showId is as in `shows`. */
  episodes: string[];
}

/** Options of a movie scan (docs/spec.md §2, §6). */
export interface MovieScanOptions {
  /** Section titles or keys to scan; empty means every movie section. */
  libraries?: string[];
  /** Include parts without a release date or released after today. @default false */
  includeFuture?: boolean;
  /** @default 2 */
  minCollectionSize?: number;
  /** @default 1 */
  minOwned?: number;
  ignore?: Partial<IgnoreList>;
}

/** Which episode list to compare with (docs/spec.md §3.4). `auto` follows each show's Plex ordering. */
export type EpisodeSourceChoice = 'auto' | 'tvdb' | 'tmdb';

/** Options of an episode scan (docs/spec.md §3, §6). */
export interface EpisodeScanOptions {
  libraries?: string[];
  /** @default false */
  includeFuture?: boolean;
  /** @default false */
  includeSpecials?: boolean;
  /** @default 24 */
  recentThresholdHours?: number;
  /** Show titles to skip (case-insensitive). @default [] */
  excludeShows?: string[];
  /** @default 'auto' */
  episodeSource?: EpisodeSourceChoice;
  ignore?: Partial<IgnoreList>;
}

/** Cache lifetimes in hours (docs/spec.md §6 `cache.ttl_hours`). */
export interface CacheTtls {
  /** @default 1440 (60 days: a film's collection rarely changes) */
  tmdbMovie: number;
  /** @default 168 */
  tmdbCollection: number;
  /** @default 24 */
  tvdbEpisodes: number;
  /** @default 24 */
  tmdbEpisodes: number;
}
