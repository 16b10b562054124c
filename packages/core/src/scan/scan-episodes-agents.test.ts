import { describe, expect, it } from 'vitest';
import type { DemoData } from '../demo/demo-data.js';
import { items, portsOf, season, show, world } from '../test-support/fakes.js';
import type { HamaMode, ReferenceEpisode } from '../types.js';
import { scanEpisodes } from './scan-episodes.js';

const now = new Date('2024-06-15T12:00:00Z');

/**
 * A show TMDB splits into seasons of 3 while TVDB has one season of 6 (a common anime case): the files are
 * numbered by TVDB, so only TVDB's S01E06 is missing; compared with TMDB, S02E01–S02E03 would look missing.
 */
const tvdbList = season(1, 6).map((e) => ({ ...e, absolute: e.episode }));
const tmdbList = [...season(1, 3), ...season(2, 3)];
const owned = (key: string) =>
  items(key, [
    [1, 1],
    [1, 2],
    [1, 3],
    [1, 4],
    [1, 5],
  ]);

function agentWorld(agent: string, extra: Partial<DemoData> = {}): DemoData {
  return world({
    sections: [{ key: '2', title: 'Anime', type: 'show', agent }],
    // Legacy agents have no showOrdering library setting (api-notes §8.4.1).
    defaultOrderings: { '2': null },
    shows: [show('10', 'Split Show', { tvdb: 500, tmdb: 900 })],
    episodes: owned('10'),
    tvdbSeries: [
      { tvdbId: 500, name: 'Split Show', imdbId: null, ended: true, episodes: { default: tvdbList } },
    ],
    tmdbShows: [
      { tmdbId: 900, name: 'Split Show', tvdbId: 500, imdbId: null, ended: true, episodes: tmdbList },
    ],
    ...extra,
  });
}
const codes = (report: Awaited<ReturnType<typeof scanEpisodes>>) =>
  report.shows.flatMap((s) => s.seasons.flatMap((x) => x.missing.map((m) => `S${m.season}E${m.episode}`)));

describe('scanEpisodes: the library agent decides the default ordering (issue 14)', () => {
  it('a legacy TheTVDB library without a showOrdering setting is compared with TVDB, saying why', async () => {
    const ports = portsOf(agentWorld('com.plexapp.agents.thetvdb'));
    const report = await scanEpisodes(ports, { now });
    expect(codes(report)).toEqual(['S1E6']);
    expect(report.shows[0]).toMatchObject({
      source: 'tvdb',
      ordering: 'tvdbAiring',
      orderingOrigin: 'agent',
      orderingReason: 'default of com.plexapp.agents.thetvdb',
    });
    expect(ports.tmdb.calls.map(([m]) => m)).not.toContain('getShowEpisodes');
  });

  it('the same library on the new agent is compared with TMDB (Plex default)', async () => {
    const report = await scanEpisodes(portsOf(agentWorld('tv.plex.agents.series')), { now });
    expect(codes(report)).toEqual(['S2E1', 'S2E2', 'S2E3']);
    expect(report.shows[0]).toMatchObject({
      source: 'tmdb',
      ordering: 'tmdbAiring',
      orderingOrigin: 'agent',
    });
  });

  it("a legacy TheTVDB show's own dvd ordering still wins", async () => {
    const data = agentWorld('com.plexapp.agents.thetvdb');
    data.shows[0]!.ordering = 'dvd';
    data.tvdbSeries[0]!.episodes.dvd = season(1, 7);
    const report = await scanEpisodes(portsOf(data), { now });
    expect(codes(report)).toEqual(['S1E6', 'S1E7']);
    expect(report.shows[0]).toMatchObject({ ordering: 'tvdbDvd', orderingOrigin: 'show' });
  });

  const hama = (mode: HamaMode, ids: DemoData['shows'][number]['ids'], episodes = owned('10')) =>
    agentWorld('com.plexapp.agents.hama', {
      shows: [show('10', 'Anime Show', ids, { hamaMode: mode })],
      episodes,
    });

  it('HAMA tvdb- follows TVDB seasons', async () => {
    const report = await scanEpisodes(portsOf(hama('tvdb', { tvdb: 500 })), { now });
    expect(codes(report)).toEqual(['S1E6']);
    expect(report.shows[0]?.orderingReason).toMatch(/HAMA tvdb- GUID/);
  });

  it('HAMA tvdb3- matches TVDB absolute numbers within TVDB seasons', async () => {
    const tvdb: ReferenceEpisode[] = [
      ...season(1, 3).map((e) => ({ ...e, absolute: e.episode })),
      ...season(2, 3).map((e) => ({ ...e, absolute: e.episode + 3 })),
    ];
    const data = hama(
      'tvdb3',
      { tvdb: 500 },
      items('10', [
        [1, 1],
        [1, 2],
        [1, 3],
        [2, 4],
        [2, 5],
      ]),
    );
    data.tvdbSeries[0]!.episodes.default = tvdb;
    const report = await scanEpisodes(portsOf(data), { now });
    expect(codes(report)).toEqual(['S2E6']);
    expect(report.shows[0]).toMatchObject({ ordering: 'hamaTvdb3', source: 'tvdb' });
  });

  it('HAMA anidb- shows are unmatched as AniDB-only and tvdb4- shows as not comparable, never missing', async () => {
    const data = agentWorld('com.plexapp.agents.hama', {
      shows: [
        show('10', 'Only AniDB', { anidb: 17494 }, { hamaMode: 'anidb' }),
        show('11', 'Arcs', { tvdb: 500 }, { hamaMode: 'tvdb4' }),
      ],
      episodes: [...owned('10'), ...owned('11')],
    });
    const ports = portsOf(data);
    const report = await scanEpisodes(ports, { now });
    expect(report.shows).toEqual([]);
    expect(report.unmatched).toEqual([
      expect.objectContaining({
        title: 'Only AniDB',
        code: 'anidb-only',
        reason: expect.stringMatching(/17494/),
      }),
      expect.objectContaining({
        title: 'Arcs',
        code: 'not-comparable',
        reason: expect.stringMatching(/tvdb4/),
      }),
    ]);
    expect(ports.tvdb.calls).toEqual([]);
  });

  it('a show with no id at all is unmatched with the no-id code', async () => {
    const data = agentWorld('tv.plex.agents.series', { shows: [show('10', 'Home Movies', {})] });
    const report = await scanEpisodes(portsOf(data), { now });
    expect(report.unmatched).toEqual([expect.objectContaining({ code: 'no-id' })]);
  });
});
