import { defaultConfig } from '@complexionist/config';
import { configSendTargets } from '@complexionist/runtime';
import {
  type FakeRadarrState,
  type FakeSonarrState,
  type RunningArr,
  startFakeRadarr,
  startFakeSonarr,
} from '@complexionist/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collection, episodeReport, json, movieReport, show, testApp } from '../test-helpers.js';

let radarr: RunningArr<FakeRadarrState>;
let sonarr: RunningArr<FakeSonarrState>;
beforeEach(async () => {
  radarr = await startFakeRadarr({
    movies: [{ id: 1, tmdbId: 8077, title: 'Alien³', monitored: true, hasFile: false }],
  });
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
});
afterEach(async () => {
  await Promise.all([radarr.close(), sonarr.close()]);
});

async function setup() {
  const config = defaultConfig();
  config.radarr = { ...config.radarr, url: radarr.url, apiKey: radarr.apiKey };
  config.sonarr = { ...config.sonarr, url: sonarr.url, apiKey: sonarr.apiKey };
  const t = testApp({ send: configSendTargets(config) });
  await t.store.set(
    movieReport([
      collection(8091, 'Alien Collection', [[8077, 'Alien³']]),
      collection(2344, 'The Matrix Collection', [[604, 'The Matrix Reloaded']]),
    ]),
  );
  await t.store.set(episodeReport([show('Breaking Bad', { tvdb: 81189 }, { 2: [5] })]));
  return t;
}

describe('POST /api/send/radarr|sonarr', () => {
  it('adds the missing films of the latest report Radarr lacks and answers one result per film', async () => {
    const { app } = await setup();
    const res = await app.request('/api/send/radarr', json('POST', { all: true }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { dryRun: boolean; items: Array<{ key: string; status: string }> };
    expect(body.dryRun).toBe(false);
    expect(body.items.map((i) => [i.key, i.status])).toEqual([
      ['tmdb:8077', 'skipped'],
      ['tmdb:604', 'sent'],
    ]);
    expect(radarr.writes().map((w) => [w.url, (w.body as { tmdbId: number }).tmdbId])).toEqual([
      ['/api/v3/movie', 604],
    ]);
  });

  it('with dryRun sends nothing; with a collection sends only that one', async () => {
    const { app } = await setup();
    const dry = await app.request('/api/send/radarr', json('POST', { collection: 2344, dryRun: true }));
    expect(((await dry.json()) as { items: unknown[] }).items).toHaveLength(1);
    const one = await app.request('/api/send/radarr', json('POST', { movie: 604, dryRun: true }));
    expect(((await one.json()) as { items: Array<{ key: string }> }).items.map((i) => i.key)).toEqual([
      'tmdb:604',
    ]);
    expect(radarr.writes()).toEqual([]);
  });

  it("monitors and searches a show's missing episodes in Sonarr", async () => {
    const { app } = await setup();
    const res = await app.request('/api/send/sonarr', json('POST', { show: 81189, season: 2 }));
    expect(res.status).toBe(200);
    expect(sonarr.writes()).toEqual([
      { method: 'PUT', url: '/api/v3/episode/monitor', body: { episodeIds: [15], monitored: true } },
      { method: 'POST', url: '/api/v3/command', body: { name: 'EpisodeSearch', episodeIds: [15] } },
    ]);
  });

  it('answers 400 for a body without exactly one selection, naming the choices', async () => {
    const { app } = await setup();
    const res = await app.request('/api/send/radarr', json('POST', { all: true, show: 1 }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('exactly one of');
    const season = await app.request('/api/send/radarr', json('POST', { all: true, season: 1 }));
    expect(season.status).toBe(400);
  });

  it('answers 409 with what to do when the service is not set up or there is no report', async () => {
    const bare = testApp();
    const notSetUp = await bare.app.request('/api/send/sonarr', json('POST', { all: true }));
    expect(notSetUp.status).toBe(409);
    expect(((await notSetUp.json()) as { error: { message: string } }).error.message).toContain(
      'complexionist auth sonarr',
    );
    const config = defaultConfig();
    config.radarr = { ...config.radarr, url: radarr.url, apiKey: radarr.apiKey };
    const noReport = testApp({ send: configSendTargets(config) });
    const res = await noReport.app.request('/api/send/radarr', json('POST', { all: true }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'There is no movie report yet: run a movie scan first.',
    );
  });

  it('a refused key is a 502 naming the setting, without the key', async () => {
    const config = defaultConfig();
    config.radarr = { ...config.radarr, url: radarr.url, apiKey: 'wrong-radarr-key-77' };
    const t = testApp({ send: configSendTargets(config) });
    await t.store.set(movieReport());
    const res = await t.app.request('/api/send/radarr', json('POST', { all: true }));
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(text).toContain('radarr.api_key');
    expect(text).not.toContain('wrong-radarr-key-77');
  });
});
