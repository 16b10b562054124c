/** Ground truth of a world: the gaps a correct scan with default options reports. */

/** A film missing from a collection. */
export interface ExpectedMissingMovie {
  tmdbId: number;
  title: string;
  year: number | null;
  releaseDate: string | null;
}

/** A collection a correct movie scan reports. */
export interface ExpectedCollectionGap {
  tmdbId: number;
  name: string;
  owned: number;
  total: number;
  /** Oldest release first. */
  missing: ExpectedMissingMovie[];
}

/** A missing episode. */
export interface ExpectedMissingEpisode {
  season: number;
  episode: number;
  title: string | null;
  aired: string | null;
}

/** A show a correct episode scan reports. */
export interface ExpectedShowGap {
  title: string;
  tvdbId: number | null;
  tmdbId: number | null;
  source: 'tvdb' | 'tmdb';
  /** The show's effective Plex ordering, in the current vocabulary (`tvdbAiring`, `tvdbDvd`, …). */
  ordering: string;
  missingCount: number;
  /** Season order, episodes in order inside each season. */
  seasons: { season: number; missing: ExpectedMissingEpisode[] }[];
}

/** An item with no usable external id. */
export interface ExpectedUnmatched {
  title: string;
  ratingKey: string;
  /** Section title. */
  library: string;
}

/** Expected movie scan result (all movie sections, default options). */
export interface ExpectedMovies {
  /** Sorted by name, then TMDB id. */
  collections: ExpectedCollectionGap[];
  /** Sorted by library, then title, then ratingKey. */
  unmatched: ExpectedUnmatched[];
}

/** Expected episode scan result (all show sections, default options). */
export interface ExpectedEpisodes {
  /** Sorted by title, then ratingKey order of the world. */
  shows: ExpectedShowGap[];
  unmatched: ExpectedUnmatched[];
}

/** Ground truth of both scans. */
export interface Expected {
  movies: ExpectedMovies;
  episodes: ExpectedEpisodes;
}
