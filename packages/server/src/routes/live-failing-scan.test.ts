import { defaultConfig } from '@complexionist/config';
import { liveScanner } from '@complexionist/runtime';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { finished, json, memoryLogger } from '../test-helpers.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

function liveApp() {
  const config = defaultConfig();
  Object.assign(config.plex, { url: fakes.plexUrl, token: fakes.plexToken });
  Object.assign(config.tmdb, { url: fakes.tmdbUrl, apiKey: fakes.tmdbKey });
  Object.assign(config.tvdb, { url: fakes.tvdbUrl, apiKey: fakes.tvdbKey });
  const logger = memoryLogger();
  const app = createApp({
    scanner: liveScanner(config),
    store: memoryReportStore(),
    ignores: memoryIgnoreStore(),
    logger,
  });
  return { app, logger };
}

describe('a live scan against a TMDB that answers only 500 (issue 13, finding 1)', () => {
  it('fails, and the Radarr list and the latest report stay those of the last complete scan', async () => {
    const { app, logger } = liveApp();
    const scan = async () => {
      const { id } = (await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json()) as {
        id: string;
      };
      await finished(app, id);
      return (await (await app.request(`/api/scans/${id}`)).json()) as { id: string; status: string };
    };
    expect(await scan()).toMatchObject({ status: 'done', outcome: 'complete' });
    const list = await (await app.request('/api/lists/radarr')).json();
    const latest = await (await app.request('/api/reports/latest?type=movies')).json();
    expect(list.length).toBeGreaterThan(0);

    fakes.setFault('tmdb', { status: 500 });
    try {
      const failed = await scan();
      expect(failed).toMatchObject({
        status: 'failed',
        error: { message: expect.stringContaining('The movie scan failed: TMDB could not answer') },
      });
      expect(await (await app.request('/api/lists/radarr')).json()).toEqual(list);
      expect(await (await app.request('/api/reports/latest?type=movies')).json()).toEqual(latest);
      expect(logger.lines).toContainEqual(
        expect.stringContaining(`Scan ${failed.id} failed: The movie scan failed`),
      );
    } finally {
      fakes.setFault('tmdb', undefined);
    }
  });
});
