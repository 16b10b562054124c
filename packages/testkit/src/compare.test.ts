import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { toExpectedEpisodes, toExpectedMovies } from './compare.js';
import { smallWorldExpected } from './small/small-world-expected.js';

const summary = {
  moviesScanned: 13,
  moviesMatched: 12,
  moviesUnmatched: 1,
  collectionsChecked: 3,
  collectionsWithGaps: 2,
  missingMovies: 4,
};

describe('toExpectedMovies / toExpectedEpisodes', () => {
  it('reduce a movie report to the expected shape whatever its order and extra fields', () => {
    const [alien, matrix] = smallWorldExpected.movies.collections;
    const report: MovieGapReport = {
      type: 'movies',
      generatedAt: '2026-11-25T12:00:00Z',
      libraries: ['Movies', '4K Movies'],
      summary,
      warnings: [],
      unmatched: [
        {
          title: 'Home Video',
          year: 2019,
          ratingKey: '112',
          library: 'Movies',
          code: 'no-id',
          reason: 'no external id',
        },
      ],
      collections: [
        { ...matrix!, missing: matrix!.missing.map((m) => ({ ...m, posterPath: '/x.jpg' })) },
        {
          ...alien!,
          upcoming: [{ tmdbId: 1400001, title: 'Untitled Alien Sequel', year: null, releaseDate: null }],
        },
      ],
    };
    expect(toExpectedMovies(report)).toEqual(smallWorldExpected.movies);
  });

  it('reduce an episode report, and a wrong gap still shows as a difference', () => {
    const shows = [...smallWorldExpected.episodes.shows].reverse().map((s) => ({
      ...s,
      imdbId: null,
      year: 2000,
      orderingOrigin: 'library' as const,
      orderingReason: 'library setting',
    }));
    const report: EpisodeGapReport = {
      type: 'episodes',
      generatedAt: '2026-11-25T12:00:00Z',
      libraries: ['TV Shows', 'More TV'],
      warnings: [],
      summary: {
        showsScanned: 4,
        showsMatched: 3,
        showsUnmatched: 1,
        showsExcluded: 0,
        showsWithGaps: 3,
        episodesOwned: 27,
        missingEpisodes: 5,
      },
      unmatched: [
        {
          title: 'Home Movies (Family)',
          year: null,
          ratingKey: '2200',
          library: 'TV Shows',
          code: 'no-id',
          reason: 'no external id',
        },
      ],
      shows,
    };
    expect(toExpectedEpisodes(report)).toEqual(smallWorldExpected.episodes);
    shows[0]!.missingCount = 3;
    expect(toExpectedEpisodes(report)).not.toEqual(smallWorldExpected.episodes);
  });
});
