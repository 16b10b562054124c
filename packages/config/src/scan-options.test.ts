import { scanOptionDefaults } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { toCacheTtls, toEpisodeScanOptions, toMovieScanOptions } from './scan-options.js';
import { workspace } from './test-helpers.js';

describe('configuration → core scan options', () => {
  it('defaults give core the defaults of docs/spec.md §6 (future and specials left out)', async () => {
    const { config } = await workspace().load();
    expect(toMovieScanOptions(config)).toEqual({
      includeFuture: false,
      minCollectionSize: 2,
      minOwned: 1,
      ignore: { collections: [], movies: [], shows: [], episodes: [] },
    });
    expect(toEpisodeScanOptions(config)).toEqual({
      includeFuture: false,
      includeSpecials: false,
      recentThresholdHours: 24,
      excludeShows: [],
      episodeSource: 'auto',
      ignore: { collections: [], movies: [], shows: [], episodes: [] },
    });
    expect(toCacheTtls(config)).toEqual({
      tmdbMovie: 1440,
      tmdbCollection: 168,
      tvdbEpisodes: 24,
      tmdbEpisodes: 24,
    });
  });

  it('exclude_* settings turn into include* options and every other setting is carried over', async () => {
    const ws = workspace();
    ws.write(
      'home/config.yaml',
      [
        'options: { exclude_future: false, exclude_specials: false, recent_threshold_hours: 6,',
        '  episode_source: tvdb, min_collection_size: 3, min_owned: 2 }',
        'exclusions: { shows: [Doctor Who] }',
        'ignore: { collections: [8091], episodes: ["81189:S01E01"] }',
        'cache: { ttl_hours: { tvdb_episodes: 48 } }',
      ].join('\n'),
    );
    const { config } = await ws.load();
    expect(toMovieScanOptions(config)).toMatchObject({
      includeFuture: true,
      minCollectionSize: 3,
      minOwned: 2,
    });
    expect(toMovieScanOptions(config).ignore?.collections).toEqual([8091]);
    expect(toEpisodeScanOptions(config)).toMatchObject({
      includeFuture: true,
      includeSpecials: true,
      recentThresholdHours: 6,
      excludeShows: ['Doctor Who'],
      episodeSource: 'tvdb',
    });
    expect(toEpisodeScanOptions(config).ignore?.episodes).toEqual(['81189:S01E01']);
    expect(toCacheTtls(config).tvdbEpisodes).toBe(48);
  });

  it("the defaults are the option table's, whatever the setting's polarity", async () => {
    const { config } = await workspace().load();
    const { ignore: _m, ...movies } = toMovieScanOptions(config);
    const { ignore: _e, ...episodes } = toEpisodeScanOptions(config);
    expect({ ...movies, ...episodes }).toEqual(scanOptionDefaults());
  });

  it("a setting beyond its option's bound is refused naming the bound", async () => {
    const ws = workspace();
    ws.write('home/config.yaml', 'options:\n  min_collection_size: 5000\n');
    await expect(ws.load()).rejects.toThrow(
      'options.min_collection_size must be a whole number ≤ 1000 (got "5000")',
    );
  });
});
