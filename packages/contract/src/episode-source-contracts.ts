import type { EpisodeList, TmdbEpisodeSource, TvdbEpisodeSource } from '@complexionist/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TmdbEpisodeFixtures, TvdbFixtures } from './fixtures.js';
import {
  expectAbortRejects,
  expectCacheScope,
  expectDateOrNull,
  expectLanguageScope,
  type MakeSource,
} from './shared.js';

/** Asserts the shape of an episode list: numbered episodes with a title and an air date (or null). */
function expectEpisodeList(list: EpisodeList | null, count: number, ended: boolean): void {
  expect(list?.ended).toBe(ended);
  expect(list?.episodes).toHaveLength(count);
  const keys = new Set<string>();
  for (const ep of list?.episodes ?? []) {
    expect(Number.isInteger(ep.season) && ep.season >= 0).toBe(true);
    expect(Number.isInteger(ep.episode) && ep.episode >= 0).toBe(true);
    expect(ep.title === null || typeof ep.title === 'string').toBe(true);
    expectDateOrNull(ep.aired);
    keys.add(`${ep.season}:${ep.episode}`);
  }
  expect(keys.size).toBe(count);
}

/** The semantics every {@link TvdbEpisodeSource} must have. */
export function tvdbEpisodeSourceContract(
  name: string,
  make: MakeSource<TvdbEpisodeSource, TvdbFixtures>,
): void {
  describe(`${name} satisfies the TvdbEpisodeSource contract`, () => {
    let source: TvdbEpisodeSource;
    let fx: TvdbFixtures;
    beforeEach(async () => {
      ({ source, fixtures: fx } = await make());
    });

    it('has a cache scope', () => expectCacheScope(source.cacheScope));

    it('lists every episode of each season type with season, episode, title and air date', async () => {
      for (const [type, count] of Object.entries(fx.series.episodeCounts)) {
        const list = await source.getSeriesEpisodes(fx.series.tvdbId, type as 'default');
        expectEpisodeList(list, count, fx.series.ended);
      }
    });

    it('names episodes in its language where translated, else by their original name (issue 14)', async () => {
      const translated = fx.translated;
      expect(translated, 'a TVDB source must show a translated series').toBeDefined();
      if (!translated) return;
      expectLanguageScope(source.cacheScope, translated.language);
      const list = await source.getSeriesEpisodes(translated.tvdbId, 'default');
      expect(list?.episodes.map((e) => e.title)).toEqual(translated.titles);
    });

    it('an unknown series is null', async () => {
      expect(await source.getSeriesEpisodes(fx.unknownTvdbId, 'default')).toBeNull();
    });

    it('an IMDb id resolves to its TVDB series id, an unknown one to null', async () => {
      expect(await source.findSeriesByImdb(fx.imdb.imdbId)).toBe(fx.imdb.tvdbId);
      expect(await source.findSeriesByImdb(fx.unknownImdbId)).toBeNull();
    });

    it("an aborted call rejects with the signal's reason", async () => {
      await expectAbortRejects((signal) => source.getSeriesEpisodes(fx.series.tvdbId, 'default', { signal }));
    });
  });
}

/** The semantics every {@link TmdbEpisodeSource} must have. */
export function tmdbEpisodeSourceContract(
  name: string,
  make: MakeSource<TmdbEpisodeSource, TmdbEpisodeFixtures>,
): void {
  describe(`${name} satisfies the TmdbEpisodeSource contract`, () => {
    let source: TmdbEpisodeSource;
    let fx: TmdbEpisodeFixtures;
    beforeEach(async () => {
      ({ source, fixtures: fx } = await make());
    });

    it('has a cache scope', () => expectCacheScope(source.cacheScope));

    it('scopes its cache by the language of its titles', () =>
      expectLanguageScope(source.cacheScope, fx.language));

    it('lists every episode of every season with season, episode, title and air date', async () => {
      expectEpisodeList(await source.getShowEpisodes(fx.show.tmdbId), fx.show.episodeCount, fx.show.ended);
    });

    it('an unknown show is null', async () => {
      expect(await source.getShowEpisodes(fx.unknownTmdbId)).toBeNull();
      expect(await source.getShowExternalIds(fx.unknownTmdbId)).toBeNull();
    });

    it("a show's external ids name its TVDB and IMDb ids", async () => {
      expect(await source.getShowExternalIds(fx.show.tmdbId)).toEqual({
        tvdb: fx.show.tvdbId,
        imdb: fx.show.imdbId,
      });
    });

    it('finds a show by TVDB id and by IMDb id, null when unknown', async () => {
      expect(await source.findShowByTvdb(fx.show.tvdbId)).toBe(fx.show.tmdbId);
      expect(await source.findShowByImdb(fx.show.imdbId)).toBe(fx.show.tmdbId);
      expect(await source.findShowByTvdb(fx.unknownTvdbId)).toBeNull();
      expect(await source.findShowByImdb(fx.unknownImdbId)).toBeNull();
    });

    it("an aborted call rejects with the signal's reason", async () => {
      await expectAbortRejects((signal) => source.getShowEpisodes(fx.show.tmdbId, { signal }));
    });
  });
}
