import type { TmdbCollection, TmdbMovie, TmdbSeason, TmdbShow } from '../world/types.js';

/** TMDB response bodies built from world records, with the real field names (api-notes §3). */

function posterOf(id: number): string {
  return `/p${id.toString(36)}.jpg`;
}

/** `/movie/{id}` body (without appended objects). */
export function movieBody(movie: TmdbMovie, collection: TmdbCollection | undefined): Record<string, unknown> {
  return {
    adult: false,
    backdrop_path: `/b${movie.id.toString(36)}.jpg`,
    belongs_to_collection: collection
      ? {
          id: collection.id,
          name: collection.name,
          poster_path: posterOf(collection.id),
          backdrop_path: null,
        }
      : null,
    budget: 0,
    genres: [{ id: 18, name: 'Drama' }],
    homepage: '',
    id: movie.id,
    imdb_id: movie.imdbId,
    original_language: 'en',
    original_title: movie.title,
    overview: `${movie.title} is a film.`,
    popularity: 10.5,
    poster_path: movie.posterPath,
    production_companies: [],
    production_countries: [],
    release_date: movie.releaseDate,
    revenue: 0,
    runtime: movie.releaseDate ? 120 : 0,
    spoken_languages: [{ english_name: 'English', iso_639_1: 'en', name: 'English' }],
    status: movie.status,
    tagline: '',
    title: movie.title,
    video: false,
    vote_average: 7.1,
    vote_count: 1000,
  };
}

/** One collection part (the "list" movie shape, no `status`). */
export function partBody(movie: TmdbMovie): Record<string, unknown> {
  return {
    adult: false,
    backdrop_path: null,
    id: movie.id,
    title: movie.title,
    original_language: 'en',
    original_title: movie.title,
    overview: '',
    poster_path: movie.posterPath,
    media_type: 'movie',
    genre_ids: [18],
    popularity: 10.5,
    release_date: movie.releaseDate,
    video: false,
    vote_average: 7.1,
    vote_count: 1000,
  };
}

/** `/collection/{id}` body; parts keep the world's (unsorted) order. */
export function collectionBody(collection: TmdbCollection, parts: TmdbMovie[]): Record<string, unknown> {
  return {
    id: collection.id,
    name: collection.name,
    overview: `The ${collection.name}.`,
    poster_path: posterOf(collection.id),
    backdrop_path: null,
    parts: parts.map(partBody),
  };
}

/** `/tv/{id}/season/{n}` body. */
export function seasonBody(show: TmdbShow, season: TmdbSeason): Record<string, unknown> {
  return {
    _id: `5256c89f19c2956ff${(show.id * 100 + season.seasonNumber).toString(16).padStart(7, '0')}`,
    air_date: season.episodes[0]?.airDate ?? null,
    episodes: season.episodes.map((e) => ({
      air_date: e.airDate,
      episode_number: e.episodeNumber,
      episode_type: e.episodeType,
      id: e.id,
      name: e.name,
      overview: '',
      production_code: '',
      runtime: e.airDate ? 30 : null,
      season_number: season.seasonNumber,
      show_id: show.id,
      still_path: null,
      vote_average: 0,
      vote_count: 0,
      crew: [],
      guest_stars: [],
    })),
    name: season.seasonNumber === 0 ? 'Specials' : `Season ${season.seasonNumber}`,
    overview: '',
    id: show.id * 100 + season.seasonNumber,
    poster_path: null,
    season_number: season.seasonNumber,
    vote_average: 0,
  };
}

/** `/tv/{id}/external_ids` body. */
export function externalIdsBody(show: TmdbShow): Record<string, unknown> {
  return {
    id: show.id,
    imdb_id: show.imdbId,
    freebase_mid: null,
    freebase_id: null,
    tvdb_id: show.tvdbId,
    tvrage_id: null,
    wikidata_id: null,
    facebook_id: null,
    instagram_id: null,
    twitter_id: null,
  };
}

/** `/tv/{id}` body (without appended objects). */
export function tvBody(show: TmdbShow, today: string): Record<string, unknown> {
  const regular = show.seasons.filter((s) => s.seasonNumber > 0);
  const episodes = show.seasons.flatMap((s) => s.episodes.map((e) => ({ ...e, season: s.seasonNumber })));
  const aired = episodes.filter((e) => e.airDate && e.airDate <= today);
  const upcoming = episodes.filter((e) => !e.airDate || e.airDate > today);
  const brief = (e: (typeof episodes)[number] | undefined) =>
    e
      ? {
          id: e.id,
          name: e.name,
          air_date: e.airDate,
          episode_number: e.episodeNumber,
          episode_type: e.episodeType,
          season_number: e.season,
          show_id: show.id,
        }
      : null;
  return {
    adult: false,
    backdrop_path: null,
    episode_run_time: [30],
    first_air_date: show.firstAirDate,
    genres: [{ id: 18, name: 'Drama' }],
    homepage: '',
    id: show.id,
    in_production: show.status !== 'Ended' && show.status !== 'Canceled',
    languages: ['en'],
    last_air_date: aired.at(-1)?.airDate ?? null,
    last_episode_to_air: brief(aired.at(-1)),
    name: show.name,
    next_episode_to_air: brief(upcoming[0]),
    networks: [],
    number_of_episodes: regular.reduce((n, s) => n + s.episodes.length, 0),
    number_of_seasons: regular.length,
    origin_country: ['US'],
    original_language: 'en',
    original_name: show.name,
    overview: '',
    popularity: 50.2,
    poster_path: posterOf(show.id),
    seasons: show.seasons.map((s) => ({
      air_date: s.episodes[0]?.airDate ?? null,
      episode_count: s.episodes.length,
      id: show.id * 100 + s.seasonNumber,
      name: s.seasonNumber === 0 ? 'Specials' : `Season ${s.seasonNumber}`,
      overview: '',
      poster_path: null,
      season_number: s.seasonNumber,
      vote_average: 0,
    })),
    status: show.status,
    type: 'Scripted',
    vote_average: 8.1,
    vote_count: 500,
  };
}

/** A TV "list" item, as `/find` returns it in `tv_results`. */
export function tvResultBody(show: TmdbShow): Record<string, unknown> {
  return {
    adult: false,
    id: show.id,
    name: show.name,
    original_name: show.name,
    first_air_date: show.firstAirDate,
    media_type: 'tv',
    origin_country: ['US'],
    poster_path: posterOf(show.id),
    overview: '',
    original_language: 'en',
    genre_ids: [18],
    popularity: 50.2,
    vote_average: 8.1,
    vote_count: 500,
  };
}
