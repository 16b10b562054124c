import type { Expected } from '../world/expected-types.js';

/**
 * The gaps of {@link smallWorld} with default options, written by hand from the world's story (not
 * computed), so end-to-end tests compare against independent truth.
 */
export const smallWorldExpected: Expected = {
  movies: {
    collections: [
      {
        tmdbId: 8091,
        name: 'Alien Collection',
        owned: 3,
        total: 5,
        missing: [
          { tmdbId: 8077, title: 'Alien³', year: 1992, releaseDate: '1992-05-22' },
          { tmdbId: 945961, title: 'Alien: Romulus', year: 2024, releaseDate: '2024-08-13' },
        ],
      },
      {
        tmdbId: 2344,
        name: 'The Matrix Collection',
        owned: 2,
        total: 4,
        missing: [
          { tmdbId: 604, title: 'The Matrix Reloaded', year: 2003, releaseDate: '2003-05-15' },
          { tmdbId: 624860, title: 'The Matrix Resurrections', year: 2021, releaseDate: '2021-12-16' },
        ],
      },
    ],
    unmatched: [{ title: 'Home Video', ratingKey: '112', library: 'Movies' }],
  },
  episodes: {
    shows: [
      {
        title: 'Abbott Elementary',
        tvdbId: 403245,
        tmdbId: 125935,
        source: 'tmdb',
        ordering: 'tmdbAiring',
        missingCount: 2,
        seasons: [
          { season: 1, missing: [{ season: 1, episode: 3, title: 'Wishlist', aired: '2021-12-21' }] },
          { season: 3, missing: [{ season: 3, episode: 2, title: 'Mural', aired: '2024-02-14' }] },
        ],
      },
      {
        title: 'Breaking Bad',
        tvdbId: 81189,
        tmdbId: 1396,
        source: 'tvdb',
        ordering: 'tvdbAiring',
        missingCount: 1,
        seasons: [{ season: 2, missing: [{ season: 2, episode: 4, title: 'Down', aired: '2009-03-29' }] }],
      },
      {
        title: 'Firefly',
        tvdbId: 78874,
        tmdbId: null,
        source: 'tvdb',
        ordering: 'tvdbDvd',
        missingCount: 2,
        seasons: [
          {
            season: 1,
            missing: [
              { season: 1, episode: 4, title: 'Shindig', aired: '2002-11-01' },
              { season: 1, episode: 13, title: 'Heart of Gold', aired: '2003-06-23' },
            ],
          },
        ],
      },
    ],
    unmatched: [{ title: 'Home Movies (Family)', ratingKey: '2200', library: 'TV Shows' }],
  },
};
