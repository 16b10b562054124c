import { defaultConfig } from '@complexionist/config';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveClients } from './live-clients.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

function configured() {
  const config = defaultConfig();
  config.plex.url = fakes.plexUrl;
  config.plex.token = fakes.plexToken;
  config.tmdb.url = fakes.tmdbUrl;
  config.tvdb.url = fakes.tvdbUrl;
  return config;
}

describe('liveClients (the one place either face makes its clients)', () => {
  it('a service without its settings has no client, so the face can name the setting to fix', () => {
    const config = configured();
    config.plex.token = undefined;
    const clients = liveClients(config);
    expect(clients.plex()).toBeUndefined();
    expect(clients.tmdb()).toBeUndefined();
    expect(clients.tvdb()).toBeUndefined();
    expect(clients.stats()).toEqual([]);
  });

  it('makes each client once, on first use, and counts the requests of those made', async () => {
    const config = configured();
    config.tvdb.apiKey = fakes.tvdbKey;
    const clients = liveClients(config, { version: '9.9.9' });
    const plex = clients.plex();
    expect(clients.plex()).toBe(plex);
    const sections = await plex?.listSections({});
    expect(sections?.map((s) => s.title)).toContain('Movies');
    expect(clients.stats().map((s) => [s.service, s.requests])).toEqual([['plex', 1]]);
    expect(clients.tvdb()).toBe(clients.tvdb());
    expect(clients.stats().map((s) => s.service)).toEqual(['plex', 'tvdb']);
    expect(fakes.counts().tmdb.total).toBe(0);
  });
});
