import { describe, expect, it } from 'vitest';
import { expectedRequestCounts, PLEX_PAGE_SIZE } from './request-counts.js';
import { smallWorld } from './small/small-world.js';
import type { World, WorldMovie } from './world/types.js';

describe('expectedRequestCounts', () => {
  it('counts the small world by hand: 6 listings, 2 prefs, 11 movies, 2 finds, 3 collections, 1 show, 2 pages', () => {
    expect(expectedRequestCounts(smallWorld(), { skipListedMovies: false })).toEqual({
      plex: { total: 9, byRoute: { sections: 1, all: 6, prefs: 2 } },
      tmdb: { total: 17, byRoute: { movie: 11, find: 2, collection: 3, tv: 1 } },
      tvdb: { total: 3, byRoute: { login: 1, episodes: 2 } },
    });
  });

  it('counts one owned member per collection once a part list settles the others (issue 19)', () => {
    // Matrix: 2 owned, Alien: 3, Toy Story: 4 → 1 + 2 + 3 lookups settled by the part lists.
    expect(expectedRequestCounts(smallWorld()).tmdb).toEqual({
      total: 11,
      byRoute: { movie: 5, find: 2, collection: 3, tv: 1 },
    });
  });

  it('pages Plex listings at 500 items: 1001 movies cost 3 requests, 1000 cost 2', () => {
    expect(PLEX_PAGE_SIZE).toBe(500);
    const world = (n: number): World => {
      const movies: WorldMovie[] = Array.from({ length: n }, (_, i) => ({
        ratingKey: String(i),
        title: 'M',
        guid: `local://${i}`,
        guids: [],
        files: [],
      }));
      return {
        plex: {
          machineIdentifier: 'x',
          friendlyName: 'x',
          version: '1',
          username: 'u',
          sections: [{ key: '1', title: 'M', type: 'movie', agent: '', scanner: '', language: '', movies }],
        },
        tmdb: { movies: [], collections: [], shows: [] },
        tvdb: { series: [] },
      };
    };
    expect(expectedRequestCounts(world(1001)).plex.byRoute.all).toBe(3);
    expect(expectedRequestCounts(world(1000)).plex.byRoute.all).toBe(2);
    expect(expectedRequestCounts(world(0)).plex.byRoute.all).toBe(1);
    expect(expectedRequestCounts(world(0)).tvdb).toEqual({ total: 0, byRoute: {} });
  });

  it('counts TVDB pages at the given page size', () => {
    expect(expectedRequestCounts(smallWorld(), { tvdb: 5 }).tvdb.byRoute).toEqual({ login: 1, episodes: 6 });
  });
});
