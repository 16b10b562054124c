import { describe, expect, it } from 'vitest';
import { collection, movieReport } from '../test-helpers.js';
import { applyMovieIgnores } from './apply-ignores.js';

const none = { collections: [], movies: [], shows: [], episodes: [] };

describe('applyMovieIgnores', () => {
  it('an ignored movie leaves the upcoming list as well as the missing list', () => {
    const alien = collection(8091, 'Alien Collection', [
      [8077, 'Alien³'],
      [8078, 'Alien Resurrection'],
    ]);
    alien.upcoming = [
      { tmdbId: 9001, title: 'Alien: Next', year: null, releaseDate: null },
      { tmdbId: 9002, title: 'Alien: After', year: null, releaseDate: null },
    ];
    const out = applyMovieIgnores(movieReport([alien]), { ...none, movies: [8077, 9001] });
    expect(out.collections[0]?.missing.map((m) => m.title)).toEqual(['Alien Resurrection']);
    expect(out.collections[0]?.upcoming?.map((m) => m.title)).toEqual(['Alien: After']);
    expect(out.summary.missingMovies).toBe(1);
  });

  it('a collection without an upcoming list gets none', () => {
    const out = applyMovieIgnores(movieReport(), none);
    expect(out.collections[0]).not.toHaveProperty('upcoming');
  });
});
