import { defaultConfig } from '@complexionist/config';
import type { MovieGapReport, WatchlistReport } from '@complexionist/core';
import { configSecrets, liveScanner } from '@complexionist/runtime';
import {
  type FakeServices,
  startFakeServices,
  TWO_SERVER_SPLIT,
  twoServerWatchlistExpected,
  twoServerWorld,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, json, testApp } from '../test-helpers.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(twoServerWorld(), { plexSplit: TWO_SERVER_SPLIT });
});
afterAll(() => fakes.close());

/** The live scanner over the two fake servers, named Tower and Annex in `plex.servers`. */
function twoServers() {
  const config = defaultConfig();
  config.plex.servers = fakes.plexServers.map((s, i) => ({
    name: i === 0 ? 'Tower' : 'Annex',
    url: s.url,
    token: s.token,
  }));
  config.plex.accountToken = fakes.plexAccountToken;
  config.plex.discoverUrl = fakes.discoverUrl;
  Object.assign(config.tmdb, { apiKey: fakes.tmdbKey, url: fakes.tmdbUrl });
  Object.assign(config.tvdb, { apiKey: fakes.tvdbKey, url: fakes.tvdbUrl });
  return { config, ...testApp({ scanner: liveScanner(config, undefined, { now: () => fakes.now }) }) };
}

describe('the server with two Plex servers', () => {
  it('knows every server token and the account token as secrets', () => {
    const secrets = configSecrets(twoServers().config);
    expect(secrets).toContain(fakes.plexToken);
    expect(secrets).toContain(fakes.plexAccountToken);
  });

  it('GET /api/libraries names the server of each library', async () => {
    const { app } = twoServers();
    const body = (await (await app.request('/api/libraries')).json()) as {
      libraries: Array<{ key: string; title: string; server: string }>;
    };
    expect(body.libraries.filter((l) => l.title === 'Movies')).toEqual([
      { key: 'Tower/1', title: 'Movies', type: 'movie', server: 'Tower' },
      { key: 'Annex/6', title: 'Movies', type: 'movie', server: 'Annex' },
    ]);
  });

  it('a movie scan counts films of both servers; "servers" limits it to one', async () => {
    const { app, store } = twoServers();
    const missing = async (body: unknown) => {
      const started = (await (await app.request('/api/scans', json('POST', body))).json()) as { id: string };
      await finished(app, started.id);
      const report = (await store.get('movies')) as MovieGapReport;
      return report.collections.flatMap((c) => c.missing.map((m) => m.tmdbId));
    };
    expect(await missing({ type: 'movies' })).not.toContain(604);
    expect(await missing({ type: 'movies', servers: ['tower'] })).toContain(604);
  });

  it('GET /api/watchlist lists the unowned watchlist items; the Radarr list takes its films with ?watchlist=1', async () => {
    const { app } = twoServers();
    const before = (await (await app.request('/api/lists/radarr?watchlist=1')).json()) as Array<{
      id: number;
    }>;
    expect(before).toEqual([]);
    const report = (await (await app.request('/api/watchlist')).json()) as WatchlistReport;
    expect(report.movies.map((m) => m.title)).toEqual(twoServerWatchlistExpected.movies.map((m) => m.title));
    expect(report.shows.map((s) => s.title)).toEqual(twoServerWatchlistExpected.shows.map((s) => s.title));
    const list = (await (await app.request('/api/lists/radarr?watchlist=1')).json()) as Array<{ id: number }>;
    expect(list.map((m) => m.id)).toEqual([8077, 693134, 1400002]);
    const csv = await app.request('/api/watchlist?format=csv&server=Tower');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('movie,The Matrix Reloaded,2003,released');
  });

  it('the demo (no watchlist) answers 409', async () => {
    const { app } = testApp();
    expect((await app.request('/api/watchlist')).status).toBe(409);
  });
});
