import { describe, expect, it } from 'vitest';
import type { CollectionGap, EpisodeGapReport, MovieGapReport, ShowGap } from '../report.js';
import { episodeReport, movieReport } from '../test-support/reports.js';
import { diffReports } from './diff-reports.js';
import { hasChanges } from './diff-types.js';

const film = (tmdbId: number, title: string) => ({ tmdbId, title, year: 2000, releaseDate: '2000-01-01' });
const collection = (tmdbId: number, name: string, missing: ReturnType<typeof film>[]): CollectionGap => ({
  tmdbId,
  name,
  owned: 1,
  total: 1 + missing.length,
  missing,
});
const movies = (generatedAt: string, collections: CollectionGap[]): MovieGapReport =>
  movieReport({ generatedAt, collections, warnings: [] });

const ep = (season: number, episode: number) => ({
  season,
  episode,
  title: `E${episode}`,
  aired: '2024-01-01',
});
const show = (tvdbId: number | null, title: string, eps: ReturnType<typeof ep>[]): ShowGap => ({
  tvdbId,
  tmdbId: tvdbId === null ? null : tvdbId + 1000,
  imdbId: null,
  source: 'tvdb',
  ordering: 'tvdbAiring',
  orderingOrigin: 'library',
  orderingReason: 'library setting',
  title,
  year: 2008,
  missingCount: eps.length,
  seasons: [{ season: 1, missing: eps }],
});
const episodes = (generatedAt: string, shows: ShowGap[]): EpisodeGapReport =>
  episodeReport({ generatedAt, shows, warnings: [] });

describe('diffReports (movies)', () => {
  const before = movies('2026-01-01T04:00:00Z', [
    collection(10, 'Alien Collection', [film(1, 'Alien³'), film(2, 'Alien Resurrection')]),
    collection(20, 'Terminator Collection', [film(3, 'Dark Fate')]),
  ]);

  it('lists a new part of a collection as newly missing and an owned one as acquired', () => {
    const after = movies('2026-01-02T04:00:00Z', [
      collection(10, 'Alien Collection', [film(2, 'Alien Resurrection'), film(4, 'Alien: Romulus')]),
      collection(20, 'Terminator Collection', [film(3, 'Dark Fate')]),
    ]);
    const diff = diffReports(before, after);
    expect(diff).toMatchObject({ type: 'movies', from: '2026-01-01T04:00:00Z', to: '2026-01-02T04:00:00Z' });
    expect(diff.newlyMissing).toEqual([
      { ...film(4, 'Alien: Romulus'), collection: { tmdbId: 10, name: 'Alien Collection' } },
    ]);
    expect(diff.acquired.map((m) => m.title)).toEqual(['Alien³']);
    expect(diff.newlyIgnored).toEqual([]);
  });

  it('counts a film that left because it or its collection is now ignored as newly ignored', () => {
    const after = movies('2026-01-02T04:00:00Z', []);
    const diff = diffReports(before, after, { ignore: { movies: [1], collections: [20] } });
    expect(diff.newlyIgnored.map((m) => m.tmdbId)).toEqual([1, 3]);
    expect(diff.acquired.map((m) => m.tmdbId)).toEqual([2]);
    expect(diff.newlyMissing).toEqual([]);
  });

  it('finds no change between equal reports', () => {
    expect(hasChanges(diffReports(before, structuredClone(before)))).toBe(false);
  });

  it('does not change the reports it compares', () => {
    const copy = structuredClone(before);
    diffReports(before, movies('2026-01-02T04:00:00Z', []));
    expect(before).toEqual(copy);
  });
});

describe('diffReports (episodes)', () => {
  const before = episodes('2026-01-01T04:00:00Z', [show(81189, 'Breaking Bad', [ep(1, 1), ep(1, 2)])]);

  it('lists a newly aired episode and a show that now has gaps as newly missing', () => {
    const after = episodes('2026-01-02T04:00:00Z', [
      show(81189, 'Breaking Bad', [ep(1, 1), ep(1, 2), ep(1, 3)]),
      show(null, 'Home Movies', [ep(1, 1)]),
    ]);
    const diff = diffReports(before, after);
    expect(diff.type).toBe('episodes');
    expect(diff.newlyMissing.map((e) => `${e.show.title} S${e.season}E${e.episode}`)).toEqual([
      'Breaking Bad S1E3',
      'Home Movies S1E1',
    ]);
    expect(diff.newlyMissing[0]).toEqual({
      show: { title: 'Breaking Bad', year: 2008, tvdbId: 81189, tmdbId: 82189 },
      ...ep(1, 3),
    });
    expect(diff.acquired).toEqual([]);
  });

  it('tells an acquired episode from one that is now ignored (by episode or by show)', () => {
    const two = episodes('2026-01-01T04:00:00Z', [
      show(81189, 'Breaking Bad', [ep(1, 1), ep(1, 2)]),
      show(73244, 'The Office', [ep(1, 1)]),
    ]);
    const after = episodes('2026-01-02T04:00:00Z', []);
    const diff = diffReports(two, after, { ignore: { episodes: ['81189:S01E02'], shows: ['tmdb:74244'] } });
    expect(diff.acquired.map((e) => `${e.show.title} ${e.episode}`)).toEqual(['Breaking Bad 1']);
    expect(diff.newlyIgnored.map((e) => `${e.show.title} ${e.episode}`)).toEqual([
      'Breaking Bad 2',
      'The Office 1',
    ]);
  });

  it('keeps episodes of two shows with equal numbers apart', () => {
    const after = episodes('2026-01-02T04:00:00Z', [
      show(81189, 'Breaking Bad', [ep(1, 1), ep(1, 2)]),
      show(73244, 'The Office', [ep(1, 1)]),
    ]);
    expect(diffReports(before, after).newlyMissing.map((e) => e.show.title)).toEqual(['The Office']);
  });
});

describe('diffReports refuses what is not a pair of complete reports', () => {
  const complete = movies('2026-01-01T04:00:00Z', []);

  it('refuses a report with an item that could not be checked', () => {
    const partial = movieReport({
      warnings: [{ code: 'connection-error', message: 'Fetching collection 10 failed (tmdb): timeout' }],
    });
    expect(() => diffReports(complete, partial)).toThrow(/to report .* not from a complete scan/);
    expect(() => diffReports(partial, complete)).toThrow(/from report/);
  });

  it('refuses a report whose status says it is partial or failed', () => {
    const partial = { ...complete, status: 'partial' } as MovieGapReport;
    expect(() => diffReports(complete, partial)).toThrow(expect.objectContaining({ kind: 'usage' }));
  });

  it('refuses reports of two types', () => {
    const tv = episodes('2026-01-02T04:00:00Z', []);
    expect(() => diffReports(complete, tv as unknown as MovieGapReport)).toThrow(/cannot be compared/);
  });
});
