/**
 * Domain types shared by every ComPlexionist package. Plain data only: no classes, no I/O.
 */

/** Kind of a Plex library section that ComPlexionist understands. */
export type SectionType = 'movie' | 'show' | 'other';

/** One Plex library section (a "library" in the Plex UI). */
export interface LibrarySection {
  /** Plex section key, an opaque string such as `"1"`. */
  key: string;
  title: string;
  type: SectionType;
  /** Metadata agent id, e.g. `tv.plex.agents.movie` or `com.plexapp.agents.thetvdb`. */
  agent?: string;
  /** Name of the Plex server holding the section, when several servers are scanned as one library. */
  server?: string;
}

/** External ids parsed from an item's Plex GUIDs. Absent when the item has none of that kind. */
export interface ExternalIds {
  tmdb?: number;
  tvdb?: number;
  /** IMDb id such as `tt0133093`. */
  imdb?: string;
  /** AniDB id (HAMA agent); informative only. */
  anidb?: number;
}

/**
 * The numbering mode a HAMA GUID names (`com.plexapp.agents.hama://tvdb3-N`): `tvdb` TVDB seasons and
 * episodes; `tvdb2` absolute files shown as TVDB seasons (numbers reset each season); `tvdb3` TVDB seasons
 * with absolute episode numbers; `tvdb4` seasons from a custom arc mapping; `anidb` AniDB numbering; `tmdb`,
 * `imdb` a plain id (api-notes §8.4.1).
 */
export type HamaMode = 'tvdb' | 'tvdb2' | 'tvdb3' | 'tvdb4' | 'anidb' | 'tmdb' | 'imdb';

/** A movie the user owns in Plex. */
export interface OwnedMovie {
  ratingKey: string;
  title: string;
  year?: number;
  ids: ExternalIds;
  /** Section key the movie was read from. */
  sectionKey: string;
}

/**
 * Episode ordering as Plex names it. Current values: `tmdbAiring`, `tvdbAiring`, `tvdbDvd`, `tvdbAbsolute`;
 * legacy values: `aired`, `dvd`, `absolute`. Any other string is passed through unchanged and treated as unknown.
 */
export type PlexOrdering = string;

/** A show the user owns in Plex (from a `type=2` section listing). */
export interface OwnedShow {
  ratingKey: string;
  title: string;
  year?: number;
  ids: ExternalIds;
  /**
   * Other, conflicting TVDB ids found on the show (docs/spec.md §3.2: the first `tvdb://` id wins, the rest
   * are reported as a warning). Empty or absent when there is no conflict.
   */
  conflictingTvdbIds?: number[];
  /** The show's own `showOrdering` override; absent or empty means "library default". */
  ordering?: PlexOrdering;
  /** The mode of the show's HAMA GUID; absent for every other agent. */
  hamaMode?: HamaMode;
  sectionKey: string;
}

/** An episode item from a section-wide `type=4` listing. */
export interface OwnedEpisode {
  /** `grandparentRatingKey`: joins the episode to its show. */
  showRatingKey: string;
  /** `parentIndex`; absent for date-based or unmatched episodes. */
  season?: number;
  /** `index`; absent for date-based or unmatched episodes. */
  episode?: number;
  /** Paths of every Part file of the item (for multi-episode file names). */
  files: string[];
  /** Episode-level external ids (TVDB / TMDB *episode* ids, not show ids). */
  ids: ExternalIds;
}

/** A movie as TMDB describes it (`/movie/{id}`). */
export interface MovieDetails {
  tmdbId: number;
  title: string;
  /** `YYYY-MM-DD`, or null when TMDB has no date. */
  releaseDate: string | null;
  imdbId?: string | null;
  collection: { tmdbId: number; name: string } | null;
}

/** One film of a TMDB collection. */
export interface CollectionPart {
  tmdbId: number;
  title: string;
  /** `YYYY-MM-DD`, or null when empty. */
  releaseDate: string | null;
  posterPath?: string | null;
}

/** A TMDB collection with its parts sorted by release date, empty dates last. */
export interface Collection {
  tmdbId: number;
  name: string;
  parts: CollectionPart[];
}

/** Which reference episode list a show is compared with. */
export type EpisodeSourceName = 'tvdb' | 'tmdb';

/** TVDB season types ComPlexionist reads (`/series/{id}/episodes/{type}`). */
export type TvdbSeasonType = 'default' | 'official' | 'dvd' | 'absolute';

/** One episode of a reference list (TVDB or TMDB), numbered in the ordering it was fetched for. */
export interface ReferenceEpisode {
  season: number;
  episode: number;
  title: string | null;
  /** `YYYY-MM-DD`, or null when unaired or unknown. */
  aired: string | null;
  /** The source's own episode id (TVDB episode id or TMDB episode id). */
  id?: number;
  /** TVDB's absolute episode number, when known (HAMA `tvdb3-` files are numbered by it). */
  absolute?: number;
}

/** A show's full reference episode list. */
export interface EpisodeList {
  episodes: ReferenceEpisode[];
  /** True when the source marks the show as ended (lets caches keep the list much longer). */
  ended: boolean;
}

/** Ids of a show as resolved across TVDB, TMDB and IMDb. */
export interface ShowIds {
  tvdb: number | null;
  tmdb: number | null;
  imdb: string | null;
}
