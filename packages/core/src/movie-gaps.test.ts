import { describe, expect, it } from 'vitest';
import { findMovieGaps, type MovieGapOptions } from './movie-gaps.js';
import type { Collection } from './types.js';

const now = new Date('2024-06-15T12:00:00Z');
const defaults: MovieGapOptions = {
  includeFuture: false,
  minCollectionSize: 2,
  minOwned: 1,
  ignoreCollections: [],
  ignoreMovies: [],
};
const alien: Collection = {
  tmdbId: 8091,
  name: 'Alien Collection',
  parts: [
    { tmdbId: 348, title: 'Alien', releaseDate: '1979-05-25' },
    { tmdbId: 679, title: 'Aliens', releaseDate: '1986-07-18' },
    { tmdbId: 8078, title: 'Alien Resurrection', releaseDate: '1997-11-12' },
    { tmdbId: 8077, title: 'Alien³', releaseDate: '1992-05-22' },
  ],
};
const withPart = (c: Collection, tmdbId: number, releaseDate: string | null): Collection => ({
  ...c,
  parts: [...c.parts, { tmdbId, title: `Part ${tmdbId}`, releaseDate }],
});
const gaps = (collections: Collection[], owned: number[], options: Partial<MovieGapOptions> = {}) =>
  findMovieGaps({ owned, collections }, { ...defaults, ...options }, now);

describe('findMovieGaps (docs/spec.md §2)', () => {
  it('reports the parts not owned, oldest release first, with owned and total counts', () => {
    const [gap] = gaps([alien], [348, 679]);
    expect(gap?.missing.map((m) => m.title)).toEqual(['Alien³', 'Alien Resurrection']);
    expect(gap).toMatchObject({ tmdbId: 8091, name: 'Alien Collection', owned: 2, total: 4 });
    expect(gap?.missing[0]).toEqual({
      tmdbId: 8077,
      title: 'Alien³',
      year: 1992,
      releaseDate: '1992-05-22',
      posterPath: null,
    });
  });

  it('an empty release_date counts as upcoming and is left out', () => {
    const [gap] = gaps([withPart(alien, 1, null)], [348]);
    expect(gap?.missing.map((m) => m.tmdbId)).not.toContain(1);
    expect(gap?.total).toBe(4);
    expect(gap?.upcoming?.map((m) => m.tmdbId)).toEqual([1]);
  });

  it('a release later than today (UTC) is upcoming; one released today is not', () => {
    const [gap] = gaps([withPart(withPart(alien, 2, '2024-06-16'), 3, '2024-06-15')], [348]);
    expect(gap?.missing.map((m) => m.tmdbId)).toContain(3);
    expect(gap?.upcoming?.map((m) => m.tmdbId)).toEqual([2]);
  });

  it('with includeFuture upcoming parts count and are missing, dateless ones last', () => {
    const [gap] = gaps([withPart(withPart(alien, 1, null), 2, '2030-01-01')], [348], { includeFuture: true });
    expect(gap?.total).toBe(6);
    expect(gap?.missing.slice(-2).map((m) => m.tmdbId)).toEqual([2, 1]);
    expect(gap?.upcoming).toBeUndefined();
  });

  it('a collection with fewer considered parts than min_collection_size is not reported', () => {
    const small: Collection = {
      tmdbId: 1,
      name: 'Duo',
      parts: [alien.parts[0]!, { tmdbId: 9, title: 'Soon', releaseDate: null }],
    };
    expect(gaps([small], [348])).toEqual([]);
    expect(gaps([alien], [348], { minCollectionSize: 5 })).toEqual([]);
  });

  it('a collection where the user owns fewer than min_owned parts is not reported', () => {
    expect(gaps([alien], [348], { minOwned: 2 })).toEqual([]);
    expect(gaps([alien], [348, 679], { minOwned: 2 })).toHaveLength(1);
  });

  it('min_owned 0 reports collections the user owns nothing of', () => {
    expect(gaps([alien], [], { minOwned: 0 })[0]?.missing).toHaveLength(4);
  });

  it('a complete collection is not reported', () => {
    expect(gaps([alien], [348, 679, 8077, 8078])).toEqual([]);
  });

  it('an ignored collection is not reported', () => {
    expect(gaps([alien], [348], { ignoreCollections: [8091] })).toEqual([]);
  });

  it('an ignored movie is not listed as missing but still counts in total', () => {
    const [gap] = gaps([alien], [348, 679], { ignoreMovies: [8077] });
    expect(gap?.missing.map((m) => m.title)).toEqual(['Alien Resurrection']);
    expect(gap?.total).toBe(4);
  });

  it('a collection whose only missing part is ignored is not reported', () => {
    expect(gaps([alien], [348, 679, 8078], { ignoreMovies: [8077] })).toEqual([]);
  });

  it('collections come back sorted by name', () => {
    const other: Collection = { ...alien, tmdbId: 1, name: 'A Collection' };
    expect(gaps([alien, other], [348]).map((g) => g.name)).toEqual(['A Collection', 'Alien Collection']);
  });

  it('a part listed twice counts once', () => {
    const doubled = { ...alien, parts: [...alien.parts, alien.parts[2]!] };
    expect(gaps([doubled], [348])[0]?.total).toBe(4);
  });

  it('lists the owned considered parts as ownedMovies, oldest first, one per owned part', () => {
    const [gap] = gaps([withPart(alien, 5, null)], [8077, 348]);
    expect(gap?.ownedMovies).toEqual([
      { tmdbId: 348, title: 'Alien', year: 1979 },
      { tmdbId: 8077, title: 'Alien³', year: 1992 },
    ]);
    expect(gap?.ownedMovies).toHaveLength(gap?.owned ?? -1);
  });

  it('ownedMovies leaves out ignored parts the user lacks and owned parts not yet considered (upcoming)', () => {
    const [gap] = gaps([withPart(alien, 7, '2030-01-01')], [348, 7], { ignoreMovies: [679] });
    expect(gap?.ownedMovies?.map((m) => m.tmdbId)).toEqual([348]);
    expect(gap?.owned).toBe(1);
  });

  it('with includeFuture an owned dateless part is listed last, without a year', () => {
    const [gap] = gaps([withPart(alien, 5, null)], [5, 348], { includeFuture: true });
    expect(gap?.ownedMovies).toEqual([
      { tmdbId: 348, title: 'Alien', year: 1979 },
      { tmdbId: 5, title: 'Part 5' },
    ]);
  });
});
