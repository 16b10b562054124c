import { describe, expect, it } from 'vitest';
import type { ShowGap } from '../report.js';
import { findWatchlistGaps, NO_IDS } from './watchlist-gaps.js';
import type { WatchlistItem } from './watchlist-types.js';

const now = new Date('2024-06-15T12:00:00Z');
const film = (title: string, ids: WatchlistItem['ids'], releaseDate?: string): WatchlistItem => ({
  ratingKey: `rk-${title}`,
  type: 'movie',
  title,
  ids,
  ...(releaseDate && { releaseDate }),
});
const series = (title: string, ids: WatchlistItem['ids']): WatchlistItem => ({
  ratingKey: `rk-${title}`,
  type: 'show',
  title,
  ids,
});
const gap = (tvdbId: number): ShowGap => ({
  tvdbId,
  tmdbId: null,
  imdbId: null,
  source: 'tvdb',
  ordering: 'tvdbAiring',
  orderingOrigin: 'library',
  orderingReason: 'library setting',
  title: 'Breaking Bad',
  year: 2008,
  missingCount: 1,
  seasons: [{ season: 2, missing: [{ season: 2, episode: 4, title: 'Down', aired: '2009-03-29' }] }],
});

describe('findWatchlistGaps', () => {
  it('lists films no server owns, released first, upcoming (and undated) after, with their dates', () => {
    const gaps = findWatchlistGaps(
      {
        items: [
          film('Dune Part Three', { tmdb: 3 }),
          film('Owned', { tmdb: 1 }, '2000-01-01'),
          film('Owned by IMDb', { tmdb: 9, imdb: 'tt9' }, '2001-01-01'),
          film('Sequel', { tmdb: 2 }, '2024-12-18'),
          film('Classic', { tmdb: 4 }, '1968-04-02'),
        ],
        ownedMovies: { tmdb: new Set([1]), tvdb: new Set(), imdb: new Set(['tt9']) },
        ownedShows: NO_IDS,
        showGaps: [],
      },
      now,
    );
    expect(gaps.movies.map((m) => [m.title, m.releaseDate, m.released])).toEqual([
      ['Classic', '1968-04-02', true],
      ['Sequel', '2024-12-18', false],
      ['Dune Part Three', null, false],
    ]);
    expect(gaps.owned).toBe(2);
  });

  it('lists shows not owned, then owned shows with aired episodes missing; complete owned shows are left out', () => {
    const gaps = findWatchlistGaps(
      {
        items: [
          series('Breaking Bad', { tvdb: 81189 }),
          series('Severance', { tmdb: 95396 }),
          series('Firefly', { tvdb: 78874 }),
        ],
        ownedMovies: NO_IDS,
        ownedShows: { tmdb: new Set(), tvdb: new Set([81189, 78874]), imdb: new Set() },
        showGaps: [gap(81189)],
      },
      now,
    );
    expect(gaps.shows.map((s) => [s.title, s.owned, s.missingCount])).toEqual([
      ['Severance', false, 0],
      ['Breaking Bad', true, 1],
    ]);
    expect(gaps.shows[1]?.seasons[0]?.missing[0]?.title).toBe('Down');
    expect(gaps.owned).toBe(1);
  });

  it('lists an item without a TMDB or TVDB id as unmatched, never as missing', () => {
    const gaps = findWatchlistGaps(
      {
        items: [film('Home Video', {}), series('Obscure', { imdb: 'tt0000001' })],
        ownedMovies: NO_IDS,
        ownedShows: NO_IDS,
        showGaps: [],
      },
      now,
    );
    expect(gaps.movies).toEqual([]);
    expect(gaps.shows).toEqual([]);
    expect(gaps.unmatched.map((u) => [u.title, u.code, u.library])).toEqual([
      ['Home Video', 'no-id', 'Watchlist'],
      ['Obscure', 'imdb-unknown', 'Watchlist'],
    ]);
  });
});
