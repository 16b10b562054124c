import { describe, expect, it } from 'vitest';
import { collection, episodeReport, movieReport, show } from '../../test-helpers.js';
import {
  endedText,
  freshMovieViews,
  freshShowViews,
  movieViews,
  progressText,
  showViews,
  withoutIgnoredMovies,
  withoutIgnoredShows,
} from './page-model.js';

describe('page model', () => {
  it('the filter keeps collections by name or by movie title', () => {
    const report = movieReport([
      collection(1, 'Alien Collection', [
        [10, 'Alien³'],
        [11, 'Alien Resurrection'],
      ]),
      collection(2, 'Toy Story Collection', [
        [20, 'Toy Story 4'],
        [21, 'Lightyear'],
      ]),
    ]);
    expect(movieViews(report, 'alien').map((v) => v.movies.length)).toEqual([2]);
    expect(movieViews(report, 'lightyear').map((v) => v.movies.map((m) => m.title))).toEqual([['Lightyear']]);
    expect(movieViews(report, '')).toHaveLength(2);
  });

  it('the filter keeps shows by title, or only the matching episodes', () => {
    const report = episodeReport([
      show('Lost', { tvdb: 1 }, { 1: [1, 2], 2: [3] }),
      show('Heroes', { tvdb: 2 }, { 1: [1] }),
    ]);
    expect(showViews(report, 'lost').map((v) => v.count)).toEqual([3]);
    const byCode = showViews(report, 's02e03');
    expect(byCode.map((v) => [v.show.title, v.count])).toEqual([['Lost', 1]]);
    expect(showViews(report, 'episode 1').map((v) => v.show.title)).toEqual(['Lost', 'Heroes']);
  });

  it('an ignored movie leaves its collection; a collection left empty goes', () => {
    const report = movieReport([
      collection(1, 'A', [
        [10, 'x'],
        [11, 'y'],
      ]),
      collection(2, 'B', [[20, 'z']]),
    ]);
    expect(withoutIgnoredMovies(report, 'movies', '10').map((c) => c.missing.length)).toEqual([1, 1]);
    expect(withoutIgnoredMovies(report, 'movies', '20').map((c) => c.name)).toEqual(['A']);
    expect(withoutIgnoredMovies(report, 'collections', '1').map((c) => c.name)).toEqual(['B']);
  });

  it('an ignored episode leaves its show with a lower count; an ignored show goes', () => {
    const report = episodeReport([
      show('Lost', { tvdb: 1 }, { 1: [1, 2] }),
      show('Heroes', { tmdb: 9 }, { 1: [1] }),
    ]);
    const left = withoutIgnoredShows(report, 'episodes', '1:S01E02');
    expect(left.map((s) => [s.title, s.missingCount])).toEqual([
      ['Lost', 1],
      ['Heroes', 1],
    ]);
    expect(withoutIgnoredShows(report, 'shows', 'tmdb:9').map((s) => s.title)).toEqual(['Lost']);
    expect(withoutIgnoredShows(report, 'episodes', 'tmdb:9:S01E01').map((s) => s.title)).toEqual(['Lost']);
  });

  it('progress reads as words with counts', () => {
    expect(progressText({ scan: 'movies', phase: 'collections', done: 3, total: 7 })).toBe(
      'movies: Fetching collections 3 / 7',
    );
    expect(progressText({ scan: null, phase: 'queued', done: 0, total: 0 })).toBe(
      'Waiting for another scan to finish',
    );
  });

  it('a cancelled scan reads as cancelled; a failed one gives its message and hint', () => {
    expect(endedText({ code: 'cancelled', message: 'The scan was cancelled.' })).toBe('Scan cancelled.');
    expect(endedText({ code: 'auth', message: 'TMDB rejected the key.', hint: 'Check tmdb.api_key.' })).toBe(
      'Scan failed: TMDB rejected the key. Check tmdb.api_key.',
    );
  });

  it('the "new since" filter keeps only the films and episodes new since the previous scan', () => {
    const movies = movieReport([
      collection(1, 'Alien', [
        [10, 'Alien³'],
        [11, 'Alien: Romulus'],
      ]),
      collection(2, 'Toy Story', [[20, 'Toy Story 4']]),
    ]);
    expect(freshMovieViews(movieViews(movies, ''), [11]).map((v) => v.movies.map((m) => m.title))).toEqual([
      ['Alien: Romulus'],
    ]);
    const episodes = episodeReport([
      show('Abbott', { tvdb: 403245 }, { 4: [3, 4] }),
      show('Lost', { tmdb: 4607 }, { 1: [1] }),
    ]);
    const fresh = freshShowViews(showViews(episodes, ''), ['403245:S04E04', 'tmdb:4607:S01E01']);
    expect(fresh.map((v) => [v.show.title, v.count, v.seasons[0]?.missing.map((e) => e.episode)])).toEqual([
      ['Abbott', 1, [4]],
      ['Lost', 1, [1]],
    ]);
  });
});
