/**
 * What a contract suite needs to know about the data behind a port: which ids exist and what they hold.
 * Adapters seed their fakes (msw handlers) with records and pass matching fixtures.
 */

/** Fixtures of a {@link MovieMetadataSource}. */
export interface MovieMetadataFixtures {
  /** A film that belongs to `collection`. */
  movieInCollection: { tmdbId: number; title: string };
  /** A film that belongs to no collection. */
  movieWithoutCollection: { tmdbId: number };
  /** A collection and its part ids in the order the port must return them (release date, empty dates last). */
  collection: { tmdbId: number; name: string; partIds: number[] };
  /** An IMDb id and the TMDB movie it maps to. */
  imdb: { imdbId: string; tmdbId: number };
  unknownMovieId: number;
  unknownCollectionId: number;
  unknownImdbId: string;
  /** The language the source was created with; its cache scope must name it (issue 14). */
  language?: string;
}

/** Fixtures of a {@link TvdbEpisodeSource}. */
export interface TvdbFixtures {
  /** A series and how many episodes each listed season type holds. */
  series: {
    tvdbId: number;
    ended: boolean;
    episodeCounts: { default: number } & Partial<Record<'dvd' | 'absolute' | 'official', number>>;
  };
  /** An IMDb id and the TVDB series it maps to. */
  imdb: { imdbId: string; tvdbId: number };
  unknownTvdbId: number;
  unknownImdbId: string;
  /**
   * A series in another language than the source's, and the titles its default list must carry: the
   * translation where one exists, else the original name (issue 14). Every TVDB source must supply it.
   */
  translated?: { tvdbId: number; language: string; titles: Array<string | null> };
}

/** Fixtures of a {@link TmdbEpisodeSource}. */
export interface TmdbEpisodeFixtures {
  show: { tmdbId: number; tvdbId: number; imdbId: string; ended: boolean; episodeCount: number };
  unknownTmdbId: number;
  unknownTvdbId: number;
  unknownImdbId: string;
  /** The language the source was created with; its cache scope must name it (issue 14). */
  language?: string;
}

/** Fixtures of a {@link MediaLibrary}. */
export interface MediaLibraryFixtures {
  movieSection: { key: string; title: string; movieCount: number };
  showSection: {
    key: string;
    title: string;
    showCount: number;
    episodeCount: number;
    defaultOrdering: string | null;
    /** The section's metadata agent, which decides the ordering when the library has none (issue 14). */
    agent: string;
  };
}
