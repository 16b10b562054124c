import type {
  Collection,
  LibrarySection,
  MovieDetails,
  OwnedEpisode,
  OwnedMovie,
  OwnedShow,
  PlexOrdering,
} from '../types.js';
import { demoMovieMetadata, demoOwnedMovies } from './demo-movies.js';
import { type DemoTmdbShow, type DemoTvdbSeries, demoShowData } from './demo-shows.js';

export type { DemoTmdbShow, DemoTvdbSeries } from './demo-shows.js';

/**
 * Every raw record of the demo world, in core's domain shapes: what Plex holds (sections, movies, shows,
 * episodes, default orderings) and what TMDB and TVDB know. Adapters can serve these from fakes.
 */
export interface DemoData {
  sections: LibrarySection[];
  movies: OwnedMovie[];
  shows: OwnedShow[];
  episodes: OwnedEpisode[];
  /** Section key → the library's default episode ordering (`showOrdering` pref). */
  defaultOrderings: Record<string, PlexOrdering | null>;
  tmdbMovies: MovieDetails[];
  collections: Collection[];
  tvdbSeries: DemoTvdbSeries[];
  tmdbShows: DemoTmdbShow[];
}

/**
 * Builds the demo world. Dates that must stay in the future (Toy Story 5) are placed 120 days after `now`;
 * without `now` such parts have no release date (which counts as upcoming too).
 */
export function createDemoData(options: { now?: Date | undefined } = {}): DemoData {
  const { collections, movies: tmdbMovies } = demoMovieMetadata(options.now);
  const shows = demoShowData();
  return {
    sections: [
      { key: '1', title: 'Movies', type: 'movie', agent: 'tv.plex.agents.movie' },
      { key: '2', title: 'TV Shows', type: 'show', agent: 'tv.plex.agents.series' },
      { key: '3', title: 'Music', type: 'other', agent: 'tv.plex.agents.music' },
    ],
    movies: demoOwnedMovies(),
    shows: shows.shows,
    episodes: shows.episodes,
    defaultOrderings: { '2': 'tvdbAiring' },
    tmdbMovies,
    collections,
    tvdbSeries: shows.tvdbSeries,
    tmdbShows: shows.tmdbShows,
  };
}
