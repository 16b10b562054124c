import { describe, expect, it } from 'vitest';
import {
  type EpisodeFilterOptions,
  findEpisodeGaps,
  isEpisodeConsidered,
  ownedEpisodeKeys,
} from './episode-gaps.js';
import type { OwnedEpisode, ReferenceEpisode } from './types.js';

const now = new Date('2024-06-15T12:00:00Z');
const options: EpisodeFilterOptions = {
  includeFuture: false,
  includeSpecials: false,
  recentThresholdHours: 24,
  ignoreEpisodes: [],
};
const ref = (
  season: number,
  episode: number,
  aired: string | null = '2020-01-01',
  id?: number,
): ReferenceEpisode => ({
  season,
  episode,
  title: `Episode ${season}x${episode}`,
  aired,
  ...(id === undefined ? {} : { id }),
});
const item = (
  season: number | undefined,
  episode: number | undefined,
  files: string[] = [],
  ids = {},
): OwnedEpisode => ({
  showRatingKey: '1',
  ...(season === undefined ? {} : { season }),
  ...(episode === undefined ? {} : { episode }),
  files,
  ids,
});
const missingOf = (
  reference: ReferenceEpisode[],
  owned: OwnedEpisode[],
  o: Partial<EpisodeFilterOptions> = {},
) =>
  findEpisodeGaps(
    { ids: { tvdb: 81189, tmdb: 1396 }, source: 'tvdb', reference, owned },
    { ...options, ...o },
    now,
  ).flatMap((s) => s.missing.map((m) => `S${m.season}E${m.episode}`));

describe('findEpisodeGaps (docs/spec.md §3)', () => {
  it('groups missing episodes by season in season/episode order', () => {
    const seasons = findEpisodeGaps(
      {
        ids: {},
        source: 'tvdb',
        reference: [ref(2, 6), ref(1, 2), ref(2, 5), ref(1, 1)],
        owned: [item(1, 1)],
      },
      options,
      now,
    );
    expect(seasons.map((s) => [s.season, s.missing.map((m) => m.episode)])).toEqual([
      [1, [2]],
      [2, [5, 6]],
    ]);
    expect(seasons[0]?.missing[0]).toEqual({
      season: 1,
      episode: 2,
      title: 'Episode 1x2',
      aired: '2020-01-01',
    });
  });

  it('an episode owned twice (two files) is owned once and nothing is reported for it', () => {
    expect(missingOf([ref(1, 1), ref(1, 2)], [item(1, 1), item(1, 1), item(1, 2)])).toEqual([]);
  });

  it('a multi-episode file S02E01-E02 owns both episodes', () => {
    const owned = [
      item(2, 1, ['/tv/Breaking Bad/Season 02/Breaking Bad - S02E01-E02 - Seven Thirty-Seven.mkv']),
    ];
    expect(missingOf([ref(2, 1), ref(2, 2), ref(2, 3)], owned)).toEqual(['S2E3']);
  });

  it('a file spanning a whole 21-episode season owns all 21, precomputed keys or not (issue 14)', () => {
    const season = Array.from({ length: 23 }, (_, i) => ref(1, i + 1));
    const owned = [item(1, 1, ['/tv/Show/Season 01/Show - S01E01-E21.mkv'])];
    expect(missingOf(season, owned)).toEqual(['S1E22', 'S1E23']);
    const input = { ids: {}, source: 'tvdb' as const, reference: season, owned };
    const gaps = findEpisodeGaps({ ...input, ownedKeys: ownedEpisodeKeys(owned) }, options, now);
    expect(gaps.flatMap((s) => s.missing.map((m) => m.episode))).toEqual([22, 23]);
  });

  it('a long range that ends past the season it names owns only its first episode', () => {
    const season = Array.from({ length: 12 }, (_, i) => ref(1, i + 1));
    const owned = [item(1, 1, ['/tv/Show/Season 01/Show - S01E01-E40.mkv'])];
    expect(missingOf(season, owned)).toHaveLength(11);
  });

  it('a reference episode whose id appears as an episode-level Guid of the same source is owned', () => {
    const owned = [item(undefined, undefined, [], { tvdb: 349232 })];
    expect(missingOf([ref(1, 1, '2020-01-01', 349232), ref(1, 2, '2020-01-01', 5)], owned)).toEqual(['S1E2']);
  });

  it('precomputed ownedKeys give the same gaps, Guid matches included, and are not changed', () => {
    const owned = [
      item(1, 1, ['/tv/Show/Season 01/Show - S01E01-E02.mkv']),
      item(undefined, undefined, [], { tvdb: 99 }),
    ];
    const reference = [ref(1, 1), ref(1, 2), ref(1, 3, '2020-01-01', 99), ref(1, 4)];
    const ownedKeys = ownedEpisodeKeys(owned);
    const input = { ids: { tvdb: 1 }, source: 'tvdb' as const, reference, owned };
    const gaps = findEpisodeGaps({ ...input, ownedKeys }, options, now);
    expect(gaps).toEqual(findEpisodeGaps(input, options, now));
    expect(gaps.flatMap((s) => s.missing.map((m) => m.episode))).toEqual([4]);
    expect([...ownedKeys]).toEqual(['1:1', '1:2']);
  });

  it('an episode Guid of the other source does not count', () => {
    expect(
      ownedEpisodeKeys([item(undefined, undefined, [], { tmdb: 7 })], [ref(1, 1, '2020-01-01', 7)], 'tvdb')
        .size,
    ).toBe(0);
  });

  it('specials (season 0) are left out unless includeSpecials', () => {
    expect(missingOf([ref(0, 1), ref(1, 1)], [])).toEqual(['S1E1']);
    expect(missingOf([ref(0, 1), ref(1, 1)], [], { includeSpecials: true })).toEqual(['S0E1', 'S1E1']);
  });

  it('an episode airing after today (UTC) is left out unless includeFuture', () => {
    expect(missingOf([ref(1, 1, '2024-06-16')], [])).toEqual([]);
    expect(missingOf([ref(1, 1, '2024-06-16')], [], { includeFuture: true })).toEqual(['S1E1']);
  });

  it('an episode without an air date is left out unless includeFuture', () => {
    expect(missingOf([ref(1, 1, null)], [])).toEqual([]);
    expect(missingOf([ref(1, 1, null)], [], { includeFuture: true })).toEqual(['S1E1']);
  });

  it('an episode that aired less than recent_threshold_hours ago is left out (air date = 00:00 UTC)', () => {
    // now is 12:00 UTC on 2024-06-15: the 15th aired 12 h ago, the 14th 36 h ago.
    expect(missingOf([ref(1, 1, '2024-06-14'), ref(1, 2, '2024-06-15')], [])).toEqual(['S1E1']);
    expect(missingOf([ref(1, 1, '2024-06-14')], [], { recentThresholdHours: 48 })).toEqual([]);
    expect(missingOf([ref(1, 2, '2024-06-15')], [], { recentThresholdHours: 0 })).toEqual(['S1E2']);
  });

  it('an episode that aired exactly recent_threshold_hours ago is reported', () => {
    expect(isEpisodeConsidered(ref(1, 1, '2024-06-14'), { ...options, recentThresholdHours: 36 }, now)).toBe(
      true,
    );
  });

  it('with includeFuture an episode aired today is reported despite the recent threshold', () => {
    expect(missingOf([ref(1, 1, '2024-06-15')], [], { includeFuture: true })).toEqual(['S1E1']);
  });

  it('an ignored episode is not reported, by TVDB id or by tmdb:N', () => {
    expect(missingOf([ref(1, 1), ref(1, 2)], [], { ignoreEpisodes: ['81189:S01E02'] })).toEqual(['S1E1']);
    expect(missingOf([ref(1, 1), ref(1, 2)], [], { ignoreEpisodes: ['tmdb:1396:s1e1'] })).toEqual(['S1E2']);
    expect(missingOf([ref(1, 1)], [], { ignoreEpisodes: ['999:S01E01'] })).toEqual(['S1E1']);
  });

  it('a reference episode listed twice is reported once', () => {
    expect(missingOf([ref(1, 1), ref(1, 1)], [])).toEqual(['S1E1']);
  });
});
