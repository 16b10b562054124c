import { describe, expect, it } from 'vitest';
import type { DemoData } from '../demo/demo-data.js';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import { AuthError, ConfigError, ConnectionError, ResponseError } from '../errors.js';
import type { ListOptions } from '../ports.js';
import { count, items, portsOf, season, show, spy, world } from '../test-support/fakes.js';
import { scanEpisodes } from './scan-episodes.js';

const now = new Date('2024-06-15T12:00:00Z');
const bbEpisodes = [...season(1, 3), ...season(2, 3)];
const base = (ordering: string | null = 'tvdbAiring'): DemoData =>
  world({
    defaultOrderings: { '2': ordering },
    shows: [show('10', 'Breaking Bad', { tvdb: 81189, tmdb: 1396, imdb: 'tt0903747' })],
    episodes: items('10', [
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 1],
    ]),
    tvdbSeries: [
      {
        tvdbId: 81189,
        name: 'Breaking Bad',
        imdbId: 'tt0903747',
        ended: true,
        episodes: { default: bbEpisodes, dvd: [...season(1, 4), ...season(2, 2)] },
      },
    ],
    tmdbShows: [
      {
        tmdbId: 1396,
        name: 'Breaking Bad',
        tvdbId: 81189,
        imdbId: 'tt0903747',
        ended: true,
        episodes: [...bbEpisodes, ...season(3, 1)],
      },
    ],
  });
const codes = (report: Awaited<ReturnType<typeof scanEpisodes>>) =>
  report.shows.map((s) => [
    s.title,
    s.seasons.flatMap((x) => x.missing.map((m) => `S${m.season}E${m.episode}`)),
  ]);

describe('scanEpisodes', () => {
  it('reports the aired episodes the user does not have, with both ids and the source', async () => {
    const report = await scanEpisodes(portsOf(base()), { now });
    expect(codes(report)).toEqual([['Breaking Bad', ['S2E2', 'S2E3']]]);
    expect(report.shows[0]).toMatchObject({
      tvdbId: 81189,
      tmdbId: 1396,
      source: 'tvdb',
      ordering: 'tvdbAiring',
      missingCount: 2,
    });
    expect(report.generatedAt).toBe(now.toISOString());
  });

  it('reads each library with one section-wide listing of shows and of episodes', async () => {
    const ports = portsOf(base());
    await scanEpisodes(ports, { now });
    expect(ports.library.calls.map(([m]) => m)).toEqual([
      'listSections',
      'listShows',
      'listEpisodes',
      'getDefaultOrdering',
    ]);
  });

  it("follows the show's own DVD ordering with TVDB's dvd list", async () => {
    const data = base();
    data.shows[0]!.ordering = 'dvd';
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now });
    expect(codes(report)).toEqual([['Breaking Bad', ['S1E4', 'S2E2']]]);
    expect(report.shows[0]?.ordering).toBe('tvdbDvd');
  });

  it('a library on tmdbAiring compares with TMDB and asks TVDB nothing', async () => {
    const ports = portsOf(base('tmdbAiring'));
    const report = await scanEpisodes(ports, { now });
    expect(report.shows[0]?.source).toBe('tmdb');
    expect(codes(report)).toEqual([['Breaking Bad', ['S2E2', 'S2E3', 'S3E1']]]);
    expect(ports.tvdb.calls).toEqual([]);
  });

  it('a library without an ordering setting follows Plex default tmdbAiring', async () => {
    expect((await scanEpisodes(portsOf(base(null)), { now })).shows[0]?.source).toBe('tmdb');
  });

  it('episodeSource forces one source for every show', async () => {
    const report = await scanEpisodes(portsOf(base('tmdbAiring')), { now, episodeSource: 'tvdb' });
    expect(report.shows[0]?.source).toBe('tvdb');
  });

  it('falls back to TMDB with a warning when no TVDB client is configured', async () => {
    const { library, tmdb } = portsOf(base());
    const report = await scanEpisodes({ library, tmdb }, { now });
    expect(report.shows[0]?.source).toBe('tmdb');
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'source-fallback',
        message: expect.stringMatching(/no TVDB key is configured/),
      }),
    ]);
  });

  it('falls back to TMDB with a warning when TVDB answers 404', async () => {
    const data = base();
    data.tvdbSeries = [];
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows[0]?.source).toBe('tmdb');
    expect(report.warnings[0]).toMatchObject({
      code: 'source-fallback',
      message: expect.stringMatching(/TVDB has no show 81189/),
    });
  });

  it('falls back to TVDB when the show has no TMDB id anywhere', async () => {
    const data = base('tmdbAiring');
    data.shows[0]!.ids = { tvdb: 81189 };
    data.tmdbShows = [];
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows[0]).toMatchObject({ source: 'tvdb', tmdbId: null });
    expect(report.warnings[0]).toMatchObject({
      code: 'source-fallback',
      message: expect.stringMatching(/no TMDB id/),
    });
  });

  it('a show neither source can serve is skipped with a warning', async () => {
    const data = base();
    data.tvdbSeries = [];
    data.tmdbShows = [];
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'episodes-unavailable' })]);
  });

  it('an unknown ordering is treated as the default with a warning', async () => {
    const data = base();
    data.shows[0]!.ordering = 'byMood';
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows[0]?.source).toBe('tmdb');
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'unknown-ordering', message: expect.stringContaining('byMood') }),
    ]);
  });

  it("resolves a missing TVDB id from TMDB's external ids", async () => {
    const data = base();
    data.shows[0]!.ids = { tmdb: 1396 };
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now });
    expect(ports.tmdb.calls).toContainEqual(['getShowExternalIds', 1396]);
    expect(report.shows[0]).toMatchObject({ source: 'tvdb', tvdbId: 81189, tmdbId: 1396 });
  });

  it('resolves a missing TVDB id from an IMDb id through TVDB, and the TMDB id for the report', async () => {
    const data = base();
    data.shows[0]!.ids = { imdb: 'tt0903747' };
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now });
    expect(ports.tvdb.calls).toContainEqual(['findSeriesByImdb', 'tt0903747']);
    expect(report.shows[0]).toMatchObject({
      source: 'tvdb',
      tvdbId: 81189,
      tmdbId: 1396,
      imdbId: 'tt0903747',
    });
  });

  it('asks nothing about ids a show with no gaps does not need', async () => {
    const data = base();
    data.shows[0]!.ids = { tvdb: 81189 };
    data.episodes = items(
      '10',
      bbEpisodes.map((e) => [e.season, e.episode]),
    );
    const ports = portsOf(data);
    await scanEpisodes(ports, { now });
    expect(ports.tmdb.calls).toEqual([]);
  });

  it('a show with two different TVDB ids uses the first and warns', async () => {
    const data = base();
    data.shows[0]!.conflictingTvdbIds = [99999];
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows[0]?.tvdbId).toBe(81189);
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'tvdb-id-conflict', message: expect.stringContaining('99999') }),
    ]);
  });

  it('a show with neither a TVDB nor a TMDB id is unmatched', async () => {
    const data = base();
    data.shows.push(show('11', 'Home Videos', {}), show('12', 'Obscure', { imdb: 'tt0000001' }));
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.unmatched.map((u) => [u.title, u.library])).toEqual([
      ['Home Videos', 'TV Shows'],
      ['Obscure', 'TV Shows'],
    ]);
    expect(report.summary).toMatchObject({ showsScanned: 3, showsMatched: 1, showsUnmatched: 2 });
  });

  it('an excluded show (any case) is skipped before any request', async () => {
    const ports = portsOf(base());
    const report = await scanEpisodes(ports, { now, excludeShows: ['breaking BAD'] });
    expect(report.shows).toEqual([]);
    expect(report.summary.showsExcluded).toBe(1);
    expect(ports.tvdb.calls).toEqual([]);
    expect(ports.tmdb.calls).toEqual([]);
  });

  it('an ignored show (TVDB id or tmdb:N) is skipped before any request', async () => {
    for (const id of ['81189', 'tmdb:1396']) {
      const ports = portsOf(base());
      const report = await scanEpisodes(ports, { now, ignore: { shows: [id] } });
      expect(report.shows).toEqual([]);
      expect(ports.tvdb.calls).toEqual([]);
    }
  });

  it('a show ignored by an id resolved during the scan gets no episode request', async () => {
    const data = base();
    data.shows[0]!.ids = { tmdb: 1396 };
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now, ignore: { shows: ['81189'] } });
    expect(report.shows).toEqual([]);
    expect(count(ports.tvdb, 'getSeriesEpisodes')).toBe(0);
  });

  it('ignored episodes are not reported', async () => {
    const report = await scanEpisodes(portsOf(base()), { now, ignore: { episodes: ['81189:S02E02'] } });
    expect(codes(report)).toEqual([['Breaking Bad', ['S2E3']]]);
  });

  it('an empty episode list for a show Plex has episodes of is a warning, not "nothing missing"', async () => {
    const data = base();
    data.tvdbSeries[0]!.episodes = { default: [] };
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.shows).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'empty-episode-list' })]);
  });

  it('a failing show becomes a warning and the scan goes on', async () => {
    const data = base();
    data.shows.push(show('11', 'Other', { tvdb: 5 }));
    data.episodes.push(...items('11', [[1, 1]]));
    data.tvdbSeries.push({
      tvdbId: 5,
      name: 'Other',
      imdbId: null,
      ended: false,
      episodes: { default: season(1, 2) },
    });
    const ports = portsOf(data);
    const tvdb = spy(ports.tvdb, {
      getSeriesEpisodes: async (id, type, o) => {
        if (id === 81189)
          throw new ResponseError('TVDB sent no episodes array', {
            service: 'tvdb',
            path: '/series/81189/episodes/default',
          });
        return ports.tvdb.getSeriesEpisodes(id, type, o);
      },
    });
    const report = await scanEpisodes({ ...ports, tvdb }, { now });
    expect(codes(report)).toEqual([['Other', ['S1E2']]]);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'malformed-response',
        message: expect.stringContaining('Breaking Bad'),
      }),
    ]);
  });

  it('an episode item the library could not read becomes a warning naming the library', async () => {
    const ports = portsOf(base());
    const library = spy(ports.library, {
      listEpisodes: async (key: string, options?: ListOptions) => {
        options?.onSkippedItem?.('Plex sent an unexpected response: grandparentRatingKey');
        return ports.library.listEpisodes(key, options);
      },
    });
    const report = await scanEpisodes({ ...ports, library }, { now });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'malformed-response', item: 'library "TV Shows"', service: 'plex' }),
    ]);
    expect(codes(report)).toEqual([['Breaking Bad', ['S2E2', 'S2E3']]]);
  });

  it('an AuthError stops the scan', async () => {
    const ports = portsOf(base());
    const tvdb = spy(ports.tvdb, {
      getSeriesEpisodes: async () => {
        throw new AuthError('TVDB rejected the API key', { service: 'tvdb' });
      },
    });
    await expect(scanEpisodes({ ...ports, tvdb }, { now })).rejects.toBeInstanceOf(AuthError);
  });

  it('a TVDB that cannot be reached at all stops the scan instead of reporting nothing missing', async () => {
    const ports = portsOf(base());
    const unreachable = new ConnectionError('Could not reach TVDB (ENOTFOUND)', { service: 'tvdb' });
    const tvdb = spy(ports.tvdb, {
      getSeriesEpisodes: async () => {
        throw unreachable;
      },
    });
    await expect(scanEpisodes({ ...ports, tvdb }, { now })).rejects.toBe(unreachable);
  });

  it('an abort rejects with the signal reason', async () => {
    const controller = new AbortController();
    const ports = portsOf(base());
    const tvdb = spy(ports.tvdb, {
      getSeriesEpisodes: async (id, type, o) => {
        controller.abort();
        return ports.tvdb.getSeriesEpisodes(id, type, o);
      },
    });
    await expect(scanEpisodes({ ...ports, tvdb }, { now, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('a series in two libraries is fetched once', async () => {
    const data = base();
    data.sections.push({ key: '3', title: 'More TV', type: 'show' });
    data.shows.push({ ...show('20', 'Breaking Bad', { tvdb: 81189 }), sectionKey: '3' });
    data.defaultOrderings['3'] = 'aired';
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now });
    expect(count(ports.tvdb, 'getSeriesEpisodes')).toBe(1);
    expect(report.shows).toHaveLength(2);
  });

  it('needs at least one episode source', async () => {
    await expect(scanEpisodes({ library: portsOf(base()).library }, { now })).rejects.toBeInstanceOf(
      ConfigError,
    );
  });

  it("keeps an ended show's list in the cache for 30 days, a running one for the configured TTL", async () => {
    const data = base();
    data.shows.push(show('11', 'Running', { tvdb: 5 }));
    data.tvdbSeries.push({
      tvdbId: 5,
      name: 'Running',
      imdbId: null,
      ended: false,
      episodes: { default: season(1, 1) },
    });
    const store = createMemoryCacheStore({ now: () => 0 });
    const ttls: Record<string, number> = {};
    const cache = {
      ...store,
      set: async <T>(ns: string, key: string, _value: T, ttl: number) => {
        ttls[`${ns}/${key}`] = ttl;
      },
    };
    const options = { now, cacheTtls: { tvdbEpisodes: 6 } };
    await scanEpisodes({ ...portsOf(data), cache }, { ...options, freshness: { jitter: 0 } });
    expect(ttls['tvdb_episodes/demo-tvdb:en:81189:default']).toBe(30 * 24 * 3600);
    expect(ttls['tvdb_episodes/demo-tvdb:en:5:default']).toBe(6 * 3600);
    // With the default jitter the lifetimes are shortened by up to half, never lengthened.
    await scanEpisodes({ ...portsOf(data), cache }, { ...options, readCache: false });
    expect(ttls['tvdb_episodes/demo-tvdb:en:5:default']).toBeLessThanOrEqual(6 * 3600);
    expect(ttls['tvdb_episodes/demo-tvdb:en:5:default']).toBeGreaterThanOrEqual(3 * 3600);
  });

  it('fills the summary counts', async () => {
    const data = base();
    data.shows.push(show('11', 'Skipped', { tvdb: 1 }));
    const report = await scanEpisodes(portsOf(data), { now, excludeShows: ['Skipped'] });
    expect(report.summary).toEqual({
      showsScanned: 2,
      showsMatched: 1,
      showsUnmatched: 0,
      showsExcluded: 1,
      showsWithGaps: 1,
      episodesOwned: 4,
      missingEpisodes: 2,
    });
  });
});
