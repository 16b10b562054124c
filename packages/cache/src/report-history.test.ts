import { join } from 'node:path';
import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { openCache } from './open-cache.js';
import { hasNewMissing, recordReports } from './record-reports.js';
import { createReportHistory } from './report-history.js';
import { tempDir } from './test-helpers.js';

const movies = (generatedAt: string, extra: Partial<MovieGapReport> = {}): MovieGapReport => ({
  type: 'movies',
  generatedAt,
  libraries: ['Movies'],
  summary: {
    moviesScanned: 1,
    moviesMatched: 1,
    moviesUnmatched: 0,
    collectionsChecked: 1,
    collectionsWithGaps: 0,
    missingMovies: 0,
  },
  warnings: [],
  unmatched: [],
  collections: [],
  ...extra,
});

const episodes = (generatedAt: string): EpisodeGapReport => ({
  type: 'episodes',
  generatedAt,
  libraries: ['TV'],
  summary: {
    showsScanned: 0,
    showsMatched: 0,
    showsUnmatched: 0,
    showsExcluded: 0,
    showsWithGaps: 0,
    episodesOwned: 0,
    missingEpisodes: 0,
  },
  warnings: [],
  unmatched: [],
  shows: [],
});

describe('createReportHistory', () => {
  it('keeps complete reports in the SQLite file across a reopen, newest first', () => {
    const path = join(tempDir(), 'cache.db');
    const first = openCache({ path });
    const history = createReportHistory(first.state);
    history.add(movies('2026-01-01T04:00:00.000Z'));
    history.add(movies('2026-01-02T04:00:00.000Z'));
    history.add(episodes('2026-01-02T04:00:00.000Z'));
    first.close();

    const again = openCache({ path });
    const reopened = createReportHistory(again.state);
    expect(reopened.list('movies').map((e) => [e.id, e.generatedAt])).toEqual([
      [2, '2026-01-02T04:00:00.000Z'],
      [1, '2026-01-01T04:00:00.000Z'],
    ]);
    expect(reopened.get('movies', 1)?.generatedAt).toBe('2026-01-01T04:00:00.000Z');
    expect(reopened.latest('episodes')?.report.type).toBe('episodes');
    again.close();
  });

  it('drops the oldest reports past its size, and never reuses an id', () => {
    const cache = openCache();
    const history = createReportHistory(cache.state, { size: 2 });
    for (const day of ['01', '02', '03']) history.add(movies(`2026-01-${day}T04:00:00.000Z`));
    expect(history.list('movies').map((e) => e.id)).toEqual([3, 2]);
    expect(history.get('movies', 1)).toBeUndefined();
    expect(history.add(movies('2026-01-04T04:00:00.000Z'))?.id).toBe(4);
  });

  it('does not keep a partial report (an item could not be checked)', () => {
    const history = createReportHistory(openCache().state);
    const partial = movies('2026-01-01T04:00:00.000Z', {
      warnings: [{ code: 'connection-error', message: 'Fetching collection 10 failed (tmdb): timeout' }],
    });
    expect(history.add(partial)).toBeUndefined();
    expect(history.list('movies')).toEqual([]);
    expect(history.latest('movies')).toBeUndefined();
  });
});

describe('recordReports', () => {
  const alien = (generatedAt: string, missing: Array<[number, string]>) =>
    movies(generatedAt, {
      collections: [
        {
          tmdbId: 8091,
          name: 'Alien Collection',
          owned: 1,
          total: 1 + missing.length,
          missing: missing.map(([tmdbId, title]) => ({
            tmdbId,
            title,
            year: 2024,
            releaseDate: '2024-08-13',
          })),
        },
      ],
    });

  it('keeps the first complete report as the baseline, then compares each with the one before', () => {
    const history = createReportHistory(openCache().state);
    const first = recordReports(history, [
      alien('2026-01-01T04:00:00.000Z', []),
      episodes('2026-01-01T04:00:00.000Z'),
    ]);
    expect(first).toEqual({ baseline: ['movies', 'episodes'], partial: [] });
    const second = recordReports(history, [alien('2026-01-02T04:00:00.000Z', [[945961, 'Alien: Romulus']])]);
    expect(second.movies?.newlyMissing.map((m) => m.title)).toEqual(['Alien: Romulus']);
    expect(hasNewMissing(second)).toBe(true);
  });

  it('skips a report of no library and lists a partial one without keeping it', () => {
    const history = createReportHistory(openCache().state);
    const partial = movies('2026-01-01T04:00:00.000Z', {
      warnings: [{ code: 'rate-limited', message: 'x' }],
    });
    const changes = recordReports(history, [
      partial,
      { ...episodes('2026-01-01T04:00:00.000Z'), libraries: [] },
    ]);
    expect(changes).toEqual({ baseline: [], partial: ['movies'] });
    expect(history.list('movies')).toEqual([]);
    expect(history.list('episodes')).toEqual([]);
  });

  it('compares a scan with the last one of the same libraries only', () => {
    const history = createReportHistory(openCache().state);
    recordReports(history, [alien('2026-01-01T04:00:00.000Z', [[8077, 'Alien³']])]);
    const other = { ...alien('2026-01-02T04:00:00.000Z', []), libraries: ['4K Movies'] };
    expect(recordReports(history, [other])).toEqual({ baseline: ['movies'], partial: [] });
    const again = recordReports(history, [alien('2026-01-03T04:00:00.000Z', [[8077, 'Alien³']])]);
    expect(again.movies).toMatchObject({ from: '2026-01-01T04:00:00.000Z', newlyMissing: [], acquired: [] });
  });
});
