import type { ShowGap } from '@complexionist/core';
import { type FakeSonarrState, type RunningArr, startFakeSonarr } from '@complexionist/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { sendToSonarr } from './send-sonarr.js';
import { createSonarrClient } from './sonarr-client.js';

const breakingBad: ShowGap = {
  tvdbId: 81189,
  tmdbId: 1396,
  imdbId: null,
  source: 'tvdb',
  ordering: 'tvdbAiring',
  orderingOrigin: 'library',
  orderingReason: 'library setting',
  title: 'Breaking Bad',
  year: 2008,
  missingCount: 2,
  seasons: [
    {
      season: 2,
      missing: [
        { season: 2, episode: 4, title: 'Down', aired: '2009-03-29' },
        { season: 2, episode: 5, title: 'Breakage', aired: '2009-04-05' },
      ],
    },
  ],
};
const ep = (id: number, episodeNumber: number, monitored: boolean, hasFile = false) => ({
  id,
  seriesId: 1,
  tvdbId: 400000 + id,
  seasonNumber: 2,
  episodeNumber,
  title: `Episode ${episodeNumber}`,
  hasFile,
  monitored,
});
/** Sonarr has the show: 2x03 has a file, 2x04 was unmonitored by the user, 2x05 is monitored, 2x06 unmonitored. */
const withShow = (): Partial<FakeSonarrState> => ({
  series: [{ id: 1, tvdbId: 81189, title: 'Breaking Bad', monitored: true }],
  episodes: [ep(103, 3, true, true), ep(104, 4, false), ep(105, 5, true), ep(106, 6, false)],
});
const catalog = (): Partial<FakeSonarrState> => ({
  catalog: [
    {
      tvdbId: 81189,
      title: 'Breaking Bad',
      year: 2008,
      episodes: [3, 4, 5, 6].map((n) => ({ season: 2, episode: n, title: `Episode ${n}` })),
    },
  ],
});

let sonarr: RunningArr<FakeSonarrState>;
afterEach(() => sonarr?.close());
const client = () => createSonarrClient({ url: sonarr.url, apiKey: sonarr.apiKey, retries: 0 });

describe('sendToSonarr, show already in Sonarr', () => {
  it('monitors exactly the unmonitored missing episodes and searches the missing ones, touching no other', async () => {
    sonarr = await startFakeSonarr(withShow());
    const outcome = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    expect(sonarr.writes()).toEqual([
      { method: 'PUT', url: '/api/v3/episode/monitor', body: { episodeIds: [104], monitored: true } },
      { method: 'POST', url: '/api/v3/command', body: { name: 'EpisodeSearch', episodeIds: [104, 105] } },
    ]);
    expect(outcome.items.map((i) => [i.label, i.status, i.detail])).toEqual([
      ['Breaking Bad S02E04 "Down"', 'sent', 'monitored, search started'],
      ['Breaking Bad S02E05 "Breakage"', 'sent', 'search started (already monitored)'],
    ]);
    expect(sonarr.state.episodes.map((e) => [e.episodeNumber, e.monitored])).toEqual([
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
  });

  it('sends nothing when the same request is repeated while the search is queued', async () => {
    sonarr = await startFakeSonarr(withShow());
    await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    const before = sonarr.writes().length;
    const again = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    expect(sonarr.writes()).toHaveLength(before);
    expect(again.items.map((i) => i.status)).toEqual(['skipped', 'skipped']);
  });

  it('leaves an unmonitored series unmonitored and says so on each episode', async () => {
    const state = withShow();
    state.series = [{ id: 1, tvdbId: 81189, title: 'Breaking Bad', monitored: false }];
    sonarr = await startFakeSonarr(state);
    const outcome = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    expect(sonarr.state.series[0]?.monitored).toBe(false);
    expect(outcome.items[0]?.detail).toBe(
      'monitored, search started (the series is unmonitored in Sonarr, left so)',
    );
  });

  it('in a dry run writes nothing and says what it would do', async () => {
    sonarr = await startFakeSonarr(withShow());
    const outcome = await sendToSonarr(client(), [breakingBad], {}, { dryRun: true });
    expect(sonarr.writes()).toEqual([]);
    expect(outcome.items.map((i) => i.detail)).toEqual([
      'would monitor and search',
      'would search (already monitored)',
    ]);
  });
});

describe.each([
  ['v4', '4.0.13.2932', undefined],
  ['v3', '3.0.10.1567', 2],
])('sendToSonarr, show Sonarr lacks (Sonarr %s)', (_name, version, languageProfileId) => {
  it('adds it with every episode unmonitored, then monitors and searches only the missing ones', async () => {
    sonarr = await startFakeSonarr({
      version,
      ...catalog(),
      languageProfiles: [{ id: 2, name: 'English' }],
      rootFolders: [{ id: 1, path: '/tv' }],
    });
    const outcome = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    const [add, monitor, search] = sonarr.writes();
    expect(add).toMatchObject({
      method: 'POST',
      url: '/api/v3/series',
      body: {
        tvdbId: 81189,
        title: 'Breaking Bad',
        qualityProfileId: 1,
        rootFolderPath: '/tv',
        monitored: true,
        addOptions: { monitor: 'none', searchForMissingEpisodes: false },
      },
    });
    expect((add?.body as Record<string, unknown> | undefined)?.languageProfileId).toBe(languageProfileId);
    expect((add?.body as Record<string, unknown> | undefined)?.monitorNewItems).toBe(
      version.startsWith('4') ? 'none' : undefined,
    );
    const ids = sonarr.state.episodes
      .filter((e) => e.episodeNumber === 4 || e.episodeNumber === 5)
      .map((e) => e.id);
    expect(monitor).toEqual({
      method: 'PUT',
      url: '/api/v3/episode/monitor',
      body: { episodeIds: ids, monitored: true },
    });
    expect(search).toEqual({
      method: 'POST',
      url: '/api/v3/command',
      body: { name: 'EpisodeSearch', episodeIds: ids },
    });
    expect(sonarr.writes()).toHaveLength(3);
    expect(sonarr.state.episodes.filter((e) => e.monitored).map((e) => e.episodeNumber)).toEqual([4, 5]);
    expect(outcome.items.map((i) => i.status)).toEqual(['sent', 'sent', 'sent']);
    expect(outcome.items[0]?.detail).toMatch(
      /^added to \/tv \(Any(, English)?\) with every episode unmonitored$/,
    );
  });
});

describe('sendToSonarr, other cases', () => {
  it('waits for a just-added series to list its episodes, without real time passing', async () => {
    sonarr = await startFakeSonarr({ ...catalog(), emptyEpisodeLooksAfterAdd: 2 });
    const waits: number[] = [];
    const wait = async (ms: number) => {
      waits.push(ms);
    };
    await sendToSonarr(client(), [breakingBad], {}, { dryRun: false, wait });
    expect(waits).toEqual([1000, 2000]);
    expect(sonarr.writes().map((w) => w.url)).toEqual([
      '/api/v3/series',
      '/api/v3/episode/monitor',
      '/api/v3/command',
    ]);
  });

  it('says to send again when the episodes have not appeared after every look', async () => {
    sonarr = await startFakeSonarr({ ...catalog(), emptyEpisodeLooksAfterAdd: 2 });
    const outcome = await sendToSonarr(
      client(),
      [breakingBad],
      {},
      {
        dryRun: false,
        wait: async () => {},
        episodeLooks: 2,
      },
    );
    expect(outcome.items).toHaveLength(1);
    expect(outcome.items[0]?.detail).toMatch(/send again in a minute/);
    // By the repeat Sonarr lists them: it finds the series and monitors the episodes instead of adding it twice.
    const again = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false, wait: async () => {} });
    expect(sonarr.writes().filter((w) => w.url === '/api/v3/series')).toHaveLength(1);
    expect(again.items.map((i) => i.status)).toEqual(['sent', 'sent']);
  });

  it("reports a refused add with Sonarr's own words (v3 without a language profile)", async () => {
    sonarr = await startFakeSonarr({ version: '3.0.10.1567', ...catalog(), languageProfiles: [] });
    const outcome = await sendToSonarr(client(), [breakingBad], {}, { dryRun: false });
    expect(outcome.items).toEqual([
      expect.objectContaining({
        status: 'failed',
        detail: 'Sonarr refused to add it: HTTP 400 (Language profile does not exist)',
      }),
    ]);
  });

  it('skips shows in DVD order or without a TVDB id, and reports one failing show without stopping the next', async () => {
    sonarr = await startFakeSonarr(withShow());
    const dvd: ShowGap = { ...breakingBad, title: 'Firefly', tvdbId: 78874, ordering: 'tvdbDvd' };
    const noId: ShowGap = { ...breakingBad, title: 'Home Movies', tvdbId: null };
    const unknown: ShowGap = { ...breakingBad, title: 'Nowhere', tvdbId: 5 };
    const outcome = await sendToSonarr(client(), [dvd, noId, unknown, breakingBad], {}, { dryRun: false });
    expect(outcome.items.map((i) => [i.label, i.status])).toEqual([
      ['Firefly', 'skipped'],
      ['Home Movies', 'skipped'],
      ['Nowhere', 'failed'],
      ['Breaking Bad S02E04 "Down"', 'sent'],
      ['Breaking Bad S02E05 "Breakage"', 'sent'],
    ]);
    expect(outcome.items[2]?.detail).toBe('Sonarr found no series with TVDB id 5');
  });
});
