import type { OptionNameOf, ScanOptionValues } from './options/scan-option-values.js';

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

/** Options of a movie scan (docs/spec.md §2, §6); each option is defined in `options/scan-option-table.ts`. */
export interface MovieScanOptions extends Partial<Pick<ScanOptionValues, OptionNameOf<'movies'>>> {
  /** Section titles or keys to scan; empty means every movie section. */
  libraries?: string[];
  ignore?: Partial<IgnoreList>;
}

/** Which episode list to compare with (docs/spec.md §3.4). `auto` follows each show's Plex ordering. */
export type EpisodeSourceChoice = ScanOptionValues['episodeSource'];

/** Options of an episode scan (docs/spec.md §3, §6); each option is defined in `options/scan-option-table.ts`. */
export interface EpisodeScanOptions extends Partial<Pick<ScanOptionValues, OptionNameOf<'episodes'>>> {
  libraries?: string[];
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
