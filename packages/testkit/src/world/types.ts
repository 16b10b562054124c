/**
 * The world the fake services serve: a Plex server, TMDB and TVDB, as plain JSON-able data.
 * Field names are camelCase here; the fakes render them in each service's own shapes (api-notes.md).
 */

/** A movie item of a Plex movie section. */
export interface WorldMovie {
  ratingKey: string;
  title: string;
  year?: number;
  /**
   * Plex `guid`: `plex://movie/<hex>` (new agent), `com.plexapp.agents.themoviedb://603?lang=en`,
   * `com.plexapp.agents.imdb://tt0133093?lang=en` (legacy) or `local://12` (unmatched).
   */
  guid: string;
  /** `Guid[].id` values (`tmdb://603`, `imdb://tt0133093`); empty for legacy-agent and unmatched items. */
  guids: string[];
  /** Part file paths of the item's one Media. */
  files: string[];
  originallyAvailableAt?: string;
}

/** An episode item of a Plex show section. */
export interface WorldEpisode {
  ratingKey: string;
  title: string;
  /** `parentIndex`; absent for an unmatched or date-based item. */
  season?: number;
  /** `index`; absent for an unmatched or date-based item. */
  episode?: number;
  originallyAvailableAt?: string;
  /** Plex `guid`; defaults to a `plex://episode/…` value. */
  guid?: string;
  /** Episode-level `Guid[].id` values (`tvdb://<episode id>`, `tmdb://<episode id>`). */
  guids: string[];
  /** Part file paths; two items of a multi-episode file share one path. */
  files: string[];
}

/** A show item of a Plex show section, with its episodes. */
export interface WorldShow {
  ratingKey: string;
  title: string;
  year?: number;
  guid: string;
  guids: string[];
  /** Per-show ordering override (`tvdbDvd`, `aired`, `tmdbAiring`, …); absent = library default. */
  showOrdering?: string;
  /** Hidden seasons: episodes carry no `parentKey`/`parentRatingKey` and have `skipParent: true`. */
  flattenSeasons?: boolean;
  episodes: WorldEpisode[];
}

/** Fields every Plex section has. */
interface WorldSectionBase {
  key: string;
  title: string;
  agent: string;
  scanner: string;
  language: string;
}

/** A Plex movie section. */
export interface WorldMovieSection extends WorldSectionBase {
  type: 'movie';
  movies: WorldMovie[];
}

/** A Plex show section; `showOrdering` is the library default (the `showOrdering` pref). */
export interface WorldShowSection extends WorldSectionBase {
  type: 'show';
  showOrdering: string;
  shows: WorldShow[];
}

/** A section ComPlexionist must ignore (music, photos). */
export interface WorldOtherSection extends WorldSectionBase {
  type: 'artist' | 'photo';
}

/** Any Plex section. */
export type WorldSection = WorldMovieSection | WorldShowSection | WorldOtherSection;

/** A TMDB movie (`/movie/{id}`); collection parts are movies too. */
export interface TmdbMovie {
  id: number;
  title: string;
  /** `YYYY-MM-DD` or `""` (unknown, as TMDB sends it). */
  releaseDate: string;
  imdbId: string | null;
  status: 'Released' | 'Post Production' | 'In Production' | 'Planned' | 'Rumored' | 'Canceled';
  collectionId: number | null;
  posterPath: string | null;
}

/** A TMDB collection; `partIds` is the order served, deliberately not chronological. */
export interface TmdbCollection {
  id: number;
  name: string;
  partIds: number[];
}

/** One TMDB TV episode. */
export interface TmdbEpisode {
  id: number;
  episodeNumber: number;
  name: string;
  airDate: string | null;
  episodeType: 'standard' | 'finale' | 'mid_season';
}

/** One TMDB TV season (season 0 = specials). */
export interface TmdbSeason {
  seasonNumber: number;
  episodes: TmdbEpisode[];
}

/** A TMDB TV show with its seasons and external ids. */
export interface TmdbShow {
  id: number;
  name: string;
  firstAirDate: string;
  status: 'Ended' | 'Returning Series' | 'Canceled' | 'In Production';
  imdbId: string | null;
  tvdbId: number | null;
  seasons: TmdbSeason[];
}

/** One TVDB episode as numbered in one season type. */
export interface TvdbEpisode {
  id: number;
  /** Name in the series' original language (null when unknown). */
  name: string | null;
  /** Name served by the `/eng` translation endpoint; defaults to `name` for English-language series. */
  nameEng?: string | null;
  aired: string | null;
  seasonNumber: number;
  number: number;
  absoluteNumber: number;
  isMovie?: 0 | 1;
  finaleType?: 'season' | 'midseason' | 'series' | null;
}

/** A TVDB series and its episode lists per season type (`default` serves `official`). */
export interface TvdbSeries {
  id: number;
  name: string;
  status: 'Ended' | 'Continuing' | 'Upcoming';
  firstAired: string;
  originalLanguage: string;
  imdbId: string | null;
  tmdbId: number | null;
  episodes: { official: TvdbEpisode[]; dvd?: TvdbEpisode[]; absolute?: TvdbEpisode[] };
  /** When TVDB last changed the series or one of its episodes (ISO 8601); `/updates` lists it from then. */
  lastUpdated?: string;
}

/** One item of the account's watchlist, as the fake plex.tv Discover serves it (api-notes §8.4.2). */
export interface WorldWatchlistItem {
  /** Discover rating key (24 hex characters). */
  ratingKey: string;
  type: 'movie' | 'show';
  title: string;
  year?: number;
  originallyAvailableAt?: string;
  /** `Guid[].id` values (`tmdb://603`, `tvdb://81189`, `imdb://tt…`); empty for an item Plex could not match. */
  guids: string[];
  /** Served without `Guid` in the list, so a client must ask `/library/metadata/{ratingKey}` for its ids. */
  guidsOnlyInDetails?: boolean;
}

/** Everything the fake services know. */
export interface World {
  plex: {
    machineIdentifier: string;
    friendlyName: string;
    version: string;
    /** Account name plex.tv's `/api/v2/user` returns. */
    username: string;
    sections: WorldSection[];
  };
  tmdb: { movies: TmdbMovie[]; collections: TmdbCollection[]; shows: TmdbShow[] };
  tvdb: { series: TvdbSeries[] };
  /** The account's watchlist (plex.tv Discover); absent = empty. */
  watchlist?: WorldWatchlistItem[];
  /**
   * The instant (ISO 8601) the world was built for. The fakes date "today" from it (which episodes have
   * aired, `nextAired`), never from their own clock, so a run crossing UTC midnight sees one day throughout.
   * Absent: the clock when the fakes start.
   */
  now?: string;
}
