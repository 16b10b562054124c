import type { MovieGapReport, ShowGap } from '@complexionist/core';
import { UsageError } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { filmsToSend, showsToSend } from './select-gaps.js';

const part = (tmdbId: number, title: string) => ({ tmdbId, title, year: 2000, releaseDate: '2000-01-01' });
const report = {
  collections: [
    {
      tmdbId: 1,
      name: 'A',
      owned: 1,
      total: 3,
      missing: [part(10, 'A2'), part(11, 'A3')],
      upcoming: [part(12, 'A4')],
    },
    { tmdbId: 2, name: 'B', owned: 1, total: 2, missing: [part(11, 'A3')] },
  ],
} as unknown as MovieGapReport;
const show = (tvdbId: number | null, seasons: number[]): ShowGap => ({
  tvdbId,
  tmdbId: null,
  imdbId: null,
  source: 'tvdb',
  ordering: 'tvdbAiring',
  orderingOrigin: 'library',
  orderingReason: 'library setting',
  title: `Show ${tvdbId}`,
  year: null,
  missingCount: seasons.length * 2,
  seasons: seasons.map((season) => ({
    season,
    missing: [1, 2].map((episode) => ({ season, episode, title: null, aired: null })),
  })),
});

describe('filmsToSend', () => {
  it('lists each missing film once, never the upcoming ones', () => {
    expect(filmsToSend(report, { all: true }).map((f) => f.tmdbId)).toEqual([10, 11]);
  });

  it('selects one collection or one film, and says when it is not in the scan', () => {
    expect(filmsToSend(report, { collection: 2 }).map((f) => f.tmdbId)).toEqual([11]);
    expect(filmsToSend(report, { movie: 10 })).toEqual([{ tmdbId: 10, title: 'A2', year: 2000 }]);
    expect(() => filmsToSend(report, { collection: 3 })).toThrow(UsageError);
    expect(() => filmsToSend(report, { movie: 12 })).toThrow(/Film 12 is not missing/);
    expect(() => filmsToSend(report, { show: 1 })).toThrow(/sonarr/);
  });
});

describe('showsToSend', () => {
  const shows = [show(1, [1, 2]), show(2, [1])];

  it('selects all shows, one show, or one season of it (with its count)', () => {
    expect(showsToSend(shows, { all: true })).toHaveLength(2);
    expect(showsToSend(shows, { show: 2 }).map((s) => s.tvdbId)).toEqual([2]);
    const [season] = showsToSend(shows, { show: 1, season: 2 });
    expect(season?.seasons.map((s) => s.season)).toEqual([2]);
    expect(season?.missingCount).toBe(2);
  });

  it('says when the show or season has nothing missing', () => {
    expect(() => showsToSend(shows, { show: 3 })).toThrow(/Show 3 has no missing episodes/);
    expect(() => showsToSend(shows, { show: 2, season: 5 })).toThrow(/Season 5 of show 2/);
    expect(() => showsToSend(shows, { collection: 1 })).toThrow(/radarr/);
  });
});
