import { defaultConfig } from '@complexionist/config';
import { configSendTargets } from '@complexionist/runtime';
import {
  type FakeRadarrState,
  type FakeSonarrState,
  type RunningArr,
  startFakeRadarr,
  startFakeSonarr,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import { browserSuite } from './test-browser-suite.js';
import { collection, episodeReport, fakeScanner, movieReport, show } from './test-helpers.js';

const suite = browserSuite();
let server: RunningServer | undefined;
let radarr: RunningArr<FakeRadarrState>;
let sonarr: RunningArr<FakeSonarrState>;

beforeAll(async () => {
  radarr = await startFakeRadarr();
  sonarr = await startFakeSonarr({
    series: [{ id: 1, tvdbId: 81189, title: 'Breaking Bad', monitored: true }],
    episodes: [5, 6].map((n) => ({
      id: 10 + n,
      seriesId: 1,
      tvdbId: 0,
      seasonNumber: 2,
      episodeNumber: n,
      title: `Episode ${n}`,
      hasFile: false,
      monitored: false,
    })),
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await Promise.all([radarr?.close(), sonarr?.close()]);
});

describe('the send buttons of the page, in a real browser', () => {
  it('send one film to Radarr and one season to Sonarr after a confirmation, showing each result', async () => {
    const store = memoryReportStore();
    await store.set(
      movieReport([
        collection(8091, 'Alien Collection', [
          [8077, 'Alien³'],
          [8078, 'Alien Resurrection'],
        ]),
      ]),
    );
    await store.set(episodeReport([show('Breaking Bad', { tvdb: 81189 }, { 2: [5] })]));
    const config = defaultConfig();
    config.radarr = { ...config.radarr, url: radarr.url, apiKey: radarr.apiKey };
    config.sonarr = { ...config.sonarr, url: sonarr.url, apiKey: sonarr.apiKey };
    server = await startServer({
      port: 0,
      deps: {
        scanner: fakeScanner().scanner,
        store,
        ignores: memoryIgnoreStore(),
        send: configSendTargets(config),
      },
      handleSignals: false,
    });
    const page = await suite.context().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.accept().catch(() => {});
    });
    await page.goto(server.url);

    await page.locator('#movies-groups li.item', { hasText: 'Alien³' }).locator('button.send').click();
    await page
      .locator('#status', { hasText: 'Radarr: Alien³ (2000): sent, added to /data/media (Any)' })
      .waitFor();
    expect(dialogs[0]).toBe(
      'Send to Radarr?\n\nAlien³ (2000): planned, would add to /data/media (Any), monitored, then search',
    );
    expect(radarr.writes().map((w) => (w.body as { tmdbId: number }).tmdbId)).toEqual([8077]);

    await page.locator('#episodes-groups details.season button.send').click();
    await page
      .locator('#status', {
        hasText: 'Sonarr: Breaking Bad S02E05 "Episode 5": sent, monitored, search started',
      })
      .waitFor();
    expect(sonarr.writes()).toEqual([
      { method: 'PUT', url: '/api/v3/episode/monitor', body: { episodeIds: [15], monitored: true } },
      { method: 'POST', url: '/api/v3/command', body: { name: 'EpisodeSearch', episodeIds: [15] } },
    ]);
    expect(errors).toEqual([]);
  }, 60_000);
});
