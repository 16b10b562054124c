/* A fixed watchlist report for the page's tests: two films (one upcoming), a show not owned, an owned show
   with gaps, one unmatched item. */
import type { WatchlistReport } from '@complexionist/core';

/** The watchlist a fake scanner's `scanWatchlist` answers in the page's tests. */
export function watchlistReport(overrides: Partial<WatchlistReport> = {}): WatchlistReport {
  return {
    type: 'watchlist',
    status: 'complete',
    generatedAt: '2025-06-01T12:00:00.000Z',
    libraries: ['Movies', 'TV Shows'],
    summary: {
      items: 6,
      owned: 1,
      missingMovies: 1,
      upcomingMovies: 1,
      showsNotOwned: 1,
      showsWithGaps: 1,
      unmatched: 1,
    },
    warnings: [],
    unmatched: [
      {
        title: 'Home Movie',
        year: null,
        ratingKey: '5d776b59ad5437001f79c6f8',
        library: 'Watchlist',
        code: 'no-id',
        reason: 'it has no TMDB or TVDB id',
      },
    ],
    movies: [
      {
        tmdbId: 603,
        imdbId: 'tt0133093',
        title: 'The Matrix',
        year: 1999,
        releaseDate: '1999-03-31',
        released: true,
      },
      {
        tmdbId: 9001,
        imdbId: null,
        title: 'Dune: Part Three',
        year: 2026,
        releaseDate: '2026-12-18',
        released: false,
      },
    ],
    shows: [
      {
        tvdbId: 121361,
        tmdbId: 1399,
        imdbId: 'tt0944947',
        title: 'Game of Thrones',
        year: 2011,
        owned: false,
        missingCount: 0,
        seasons: [],
      },
      {
        tvdbId: 81189,
        tmdbId: 1396,
        imdbId: 'tt0903747',
        title: 'Breaking Bad',
        year: 2008,
        owned: true,
        missingCount: 3,
        seasons: [
          {
            season: 2,
            missing: [
              { season: 2, episode: 5, title: 'Breakage', aired: '2009-04-05' },
              { season: 2, episode: 6, title: 'Peekaboo', aired: '2009-04-12' },
            ],
          },
          { season: 3, missing: [{ season: 3, episode: 1, title: 'No Más', aired: '2010-03-21' }] },
        ],
      },
    ],
    ...overrides,
  };
}
