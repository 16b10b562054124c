import { plexGuid } from '../guids.js';
import type { TmdbCollection, TmdbMovie, WorldMovie } from '../world/types.js';

/** TMDB movie record, written out by hand. */
function tmdb(
  id: number,
  title: string,
  releaseDate: string,
  imdbId: string | null,
  collectionId: number | null,
): TmdbMovie {
  const status = releaseDate === '' ? 'Planned' : releaseDate > '2090' ? 'In Production' : 'Released';
  return { id, title, releaseDate, imdbId, status, collectionId, posterPath: `/poster-${id}.jpg` };
}

/** TMDB: three collections (one complete), two loose films. */
export const smallTmdbMovies = (): TmdbMovie[] => [
  tmdb(603, 'The Matrix', '1999-03-31', 'tt0133093', 2344),
  tmdb(604, 'The Matrix Reloaded', '2003-05-15', 'tt0234215', 2344),
  tmdb(605, 'The Matrix Revolutions', '2003-11-05', 'tt0242653', 2344),
  tmdb(624860, 'The Matrix Resurrections', '2021-12-16', 'tt10838180', 2344),
  tmdb(348, 'Alien', '1979-05-25', 'tt0078748', 8091),
  tmdb(679, 'Aliens', '1986-07-18', 'tt0090605', 8091),
  tmdb(8077, 'Alien³', '1992-05-22', 'tt0103644', 8091),
  tmdb(8078, 'Alien Resurrection', '1997-11-12', 'tt0118583', 8091),
  tmdb(945961, 'Alien: Romulus', '2024-08-13', 'tt18412256', 8091),
  tmdb(1400001, 'Untitled Alien Sequel', '', null, 8091),
  tmdb(1400002, 'Alien: Horizon', '2099-05-21', null, 8091),
  tmdb(862, 'Toy Story', '1995-11-22', 'tt0114709', 10194),
  tmdb(863, 'Toy Story 2', '1999-10-30', 'tt0120363', 10194),
  tmdb(10193, 'Toy Story 3', '2010-06-16', 'tt0435761', 10194),
  tmdb(301528, 'Toy Story 4', '2019-06-19', 'tt1979376', 10194),
  tmdb(949, 'Heat', '1995-12-15', 'tt0113277', null),
  tmdb(27205, 'Inception', '2010-07-15', 'tt1375666', null),
];

/** Parts deliberately out of release order, as TMDB serves them. */
export const smallTmdbCollections = (): TmdbCollection[] => [
  { id: 2344, name: 'The Matrix Collection', partIds: [605, 624860, 603, 604] },
  { id: 8091, name: 'Alien Collection', partIds: [8077, 1400001, 348, 945961, 8078, 1400002, 679] },
  { id: 10194, name: 'Toy Story Collection', partIds: [10193, 862, 301528, 863] },
];

function movie(
  ratingKey: number,
  title: string,
  year: number,
  guid: string,
  guids: string[],
  files?: string[],
): WorldMovie {
  const name = `${title} (${year})`;
  return {
    ratingKey: String(ratingKey),
    title,
    year,
    guid,
    guids,
    files: files ?? [`/data/movies/${name}/${name}.mkv`],
  };
}
const newAgent = (rk: number, title: string, year: number, tmdbId: number, imdb: string, files?: string[]) =>
  movie(rk, title, year, plexGuid('movie', rk), [`imdb://${imdb}`, `tmdb://${tmdbId}`], files);

/** The "Movies" section: new-agent, legacy TMDB, legacy IMDb-only and unmatched items. */
export const smallMoviesSection = (): WorldMovie[] => [
  newAgent(101, 'The Matrix', 1999, 603, 'tt0133093'),
  movie(102, 'The Matrix Revolutions', 2003, 'com.plexapp.agents.imdb://tt0242653?lang=en', []),
  movie(103, 'Alien', 1979, 'com.plexapp.agents.themoviedb://348?lang=en', []),
  newAgent(104, 'Aliens', 1986, 679, 'tt0090605'),
  newAgent(105, 'Alien Resurrection', 1997, 8078, 'tt0118583'),
  newAgent(106, 'Toy Story', 1995, 862, 'tt0114709'),
  newAgent(107, 'Toy Story 2', 1999, 863, 'tt0120363'),
  newAgent(108, 'Toy Story 3', 2010, 10193, 'tt0435761', [
    '/data/movies/Toy Story 3 (2010)/Toy Story 3 (2010) - cd1.avi',
    '/data/movies/Toy Story 3 (2010)/Toy Story 3 (2010) - cd2.avi',
  ]),
  newAgent(109, 'Toy Story 4', 2019, 301528, 'tt1979376'),
  newAgent(110, 'Heat', 1995, 949, 'tt0113277'),
  newAgent(111, 'Inception', 2010, 27205, 'tt1375666'),
  movie(112, 'Home Video', 2019, 'local://112', [], ['/data/movies/Home Video 2019/Home Video 2019.mp4']),
];

/** The "4K Movies" section: a second copy of a film already owned. */
export const small4kSection = (): WorldMovie[] => [
  newAgent(301, 'Aliens', 1986, 679, 'tt0090605', ['/data/movies-4k/Aliens (1986)/Aliens (1986) 2160p.mkv']),
];
