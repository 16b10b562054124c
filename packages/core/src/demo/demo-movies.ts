import type { Collection, MovieDetails, OwnedMovie } from '../types.js';

/** `[tmdbId, title, releaseDate, imdbId]` of one collection part. */
type Part = [number, string, string | null, string | null];

const DAY_MS = 86_400_000;

/**
 * The demo's TMDB collections. Toy Story 5 is dated 120 days after `now`, so it always stays upcoming;
 * without `now` it has no date (which also counts as upcoming).
 */
export function demoCollections(
  now: Date | undefined,
): Array<{ tmdbId: number; name: string; parts: Part[] }> {
  const soon = now ? new Date(now.getTime() + 120 * DAY_MS).toISOString().slice(0, 10) : null;
  return [
    {
      tmdbId: 8091,
      name: 'Alien Collection',
      parts: [
        [348, 'Alien', '1979-05-25', 'tt0078748'],
        [679, 'Aliens', '1986-07-18', 'tt0090605'],
        [8077, 'Alien³', '1992-05-22', 'tt0103644'],
        [8078, 'Alien Resurrection', '1997-11-12', 'tt0118583'],
        [945961, 'Alien: Romulus', '2024-08-13', 'tt18412256'],
      ],
    },
    {
      tmdbId: 528,
      name: 'The Terminator Collection',
      parts: [
        [218, 'The Terminator', '1984-10-26', 'tt0088247'],
        [280, 'Terminator 2: Judgment Day', '1991-07-03', 'tt0103064'],
        [296, 'Terminator 3: Rise of the Machines', '2003-07-02', 'tt0181852'],
        [534, 'Terminator Salvation', '2009-05-20', 'tt0438488'],
        [87101, 'Terminator Genisys', '2015-06-23', 'tt1340138'],
        [290859, 'Terminator: Dark Fate', '2019-10-23', 'tt6450804'],
      ],
    },
    {
      tmdbId: 10194,
      name: 'Toy Story Collection',
      parts: [
        [862, 'Toy Story', '1995-11-22', 'tt0114709'],
        [863, 'Toy Story 2', '1999-10-30', 'tt0120363'],
        [10193, 'Toy Story 3', '2010-06-16', 'tt0435761'],
        [301528, 'Toy Story 4', '2019-06-19', 'tt1979376'],
        [1084244, 'Toy Story 5', soon, null],
      ],
    },
    {
      tmdbId: 2344,
      name: 'The Matrix Collection',
      parts: [
        [603, 'The Matrix', '1999-03-30', 'tt0133093'],
        [604, 'The Matrix Reloaded', '2003-05-15', 'tt0234215'],
        [605, 'The Matrix Revolutions', '2003-11-05', 'tt0242653'],
        [624860, 'The Matrix Resurrections', '2021-12-16', 'tt10838180'],
      ],
    },
    {
      tmdbId: 264,
      name: 'Back to the Future Collection',
      parts: [
        [105, 'Back to the Future', '1985-07-03', 'tt0088763'],
        [165, 'Back to the Future Part II', '1989-11-22', 'tt0096874'],
        [196, 'Back to the Future Part III', '1990-05-25', 'tt0099088'],
      ],
    },
  ];
}

/** TMDB collections (parts sorted by release date, empty dates last) and every film TMDB knows in the demo. */
export function demoMovieMetadata(now: Date | undefined): {
  collections: Collection[];
  movies: MovieDetails[];
} {
  const collections: Collection[] = [];
  const movies: MovieDetails[] = [
    { tmdbId: 329865, title: 'Arrival', releaseDate: '2016-11-10', imdbId: 'tt2543164', collection: null },
  ];
  for (const c of demoCollections(now)) {
    collections.push({
      tmdbId: c.tmdbId,
      name: c.name,
      parts: c.parts.map(([tmdbId, title, releaseDate]) => ({
        tmdbId,
        title,
        releaseDate,
        posterPath: null,
      })),
    });
    for (const [tmdbId, title, releaseDate, imdbId] of c.parts) {
      movies.push({ tmdbId, title, releaseDate, imdbId, collection: { tmdbId: c.tmdbId, name: c.name } });
    }
  }
  return { collections, movies };
}

/** The films the demo user owns, in section `1` ("Movies"). */
export function demoOwnedMovies(): OwnedMovie[] {
  const owned: Array<[string, number, OwnedMovie['ids']]> = [
    ['Alien', 1979, { tmdb: 348, imdb: 'tt0078748' }],
    ['Aliens', 1986, { tmdb: 679, imdb: 'tt0090605' }],
    ['Arrival', 2016, { tmdb: 329865, imdb: 'tt2543164' }],
    // Matched by the legacy IMDb agent: only an IMDb id, resolved through TMDB /find.
    ['Back to the Future', 1985, { imdb: 'tt0088763' }],
    // A home video: no external id at all, so it is reported as unmatched.
    ['Family Holiday 2019', 2019, {}],
    ['The Matrix', 1999, { tmdb: 603, imdb: 'tt0133093' }],
    ['The Terminator', 1984, { tmdb: 218, imdb: 'tt0088247' }],
    ['Terminator 2: Judgment Day', 1991, { tmdb: 280, imdb: 'tt0103064' }],
    ['Terminator 3: Rise of the Machines', 2003, { tmdb: 296, imdb: 'tt0181852' }],
    ['Toy Story', 1995, { tmdb: 862, imdb: 'tt0114709' }],
    ['Toy Story 2', 1999, { tmdb: 863, imdb: 'tt0120363' }],
  ];
  return owned.map(([title, year, ids], i) => ({
    ratingKey: String(101 + i),
    title,
    year,
    ids,
    sectionKey: '1',
  }));
}
