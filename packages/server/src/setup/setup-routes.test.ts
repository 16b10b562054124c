import { AuthError } from '@complexionist/core';
import type { PlexServerResource } from '@complexionist/plex';
import { describe, expect, it } from 'vitest';
import { json, testApp } from '../test-helpers.js';
import type { KeyService, SetupService, SetupStatus } from './setup-types.js';

const ACCOUNT_TOKEN = 'account-token-from-plex-tv';
const SERVER_TOKEN = 'server-token-of-the-pms';
const GOOD_KEY = 'tmdb-key-0123456789';

const SERVER: PlexServerResource = {
  name: 'Basement',
  clientIdentifier: 'machine-1',
  owned: true,
  accessToken: SERVER_TOKEN,
  connections: [
    { uri: 'http://10.0.0.2:32400', local: true, relay: false },
    { uri: 'https://relay.plex.direct:8443', local: false, relay: true },
  ],
};

/** A setup service over memory: what it saved, and a plex.tv that approves at once. */
function fakeSetup() {
  const saved: Record<string, string> = {};
  const status = (): SetupStatus => ({
    plex: { configured: Boolean(saved['plex.url']), url: saved['plex.url'] ?? null },
    tmdb: { configured: Boolean(saved['tmdb.api_key']) },
    tvdb: { configured: false },
    radarr: { configured: false, url: null },
    sonarr: { configured: false, url: null },
    needed: !saved['plex.url'] || !saved['tmdb.api_key'],
  });
  const picked: string[][] = [];
  const setup: SetupService = {
    status,
    plexTv: async () => ({
      createPin: async () => ({ id: 7, code: 'abcdef', expiresAt: '2030-01-01T00:00:00.000Z' }),
      authUrl: (pin) => `https://app.plex.tv/auth#?code=${pin.code}`,
      pollPin: async () => ACCOUNT_TOKEN,
      listServers: async () => [SERVER],
      pickConnection: async (server) => {
        picked.push(server.connections.map((c) => c.uri));
        const first = server.connections[0];
        if (!first) throw new Error('no connection');
        return { ...first, local: first.local, relay: first.relay };
      },
    }),
    testKey: async (service: KeyService, input) => {
      if (input.key !== GOOD_KEY) throw new AuthError('TMDB refused the API key.', { service: 'tmdb' });
      return service.toUpperCase();
    },
    save: async (settings) => {
      Object.assign(saved, settings);
      return ['/home/.env'];
    },
  };
  return { setup, saved, picked };
}

describe('setup routes', () => {
  it('say what is configured, and that there is nothing to set up without a configuration', async () => {
    const { setup } = fakeSetup();
    const res = await testApp({ setup }).app.request('/api/setup');
    expect(await res.json()).toMatchObject({ available: true, needed: true, plex: { configured: false } });
    expect(await (await testApp().app.request('/api/setup')).json()).toEqual({ available: false });
    const demo = await testApp({ demo: true }).app.request('/api/setup/plex/pin', json('POST', {}));
    expect(demo.status).toBe(409);
    expect((await demo.json()).error.message).toContain('without --demo');
  });

  it('test a key before saving it; a refused key is said and nothing is saved or echoed', async () => {
    const { setup, saved } = fakeSetup();
    const { app } = testApp({ setup });
    const refused = await app.request('/api/setup/keys/tmdb', json('POST', { key: 'wrong-key-value' }));
    // The service refused it (an upstream answer, as for a scan), not this server's API key.
    expect(refused.status).toBe(502);
    const text = await refused.text();
    expect(text).toContain('TMDB refused the API key.');
    expect(text).not.toContain('wrong-key-value');
    expect(saved).toEqual({});
    const ok = await app.request('/api/setup/keys/tmdb', json('POST', { key: GOOD_KEY }));
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.message).toBe('TMDB accepted the key. Saved to /home/.env.');
    expect(JSON.stringify(body)).not.toContain(GOOD_KEY);
    expect(saved).toEqual({ 'tmdb.api_key': GOOD_KEY });
    expect((await app.request('/api/setup/keys/plex', json('POST', { key: 'x' }))).status).toBe(404);
  });

  it('signs in with plex.tv and saves the picked server, never sending a token to the browser', async () => {
    const { setup, saved, picked } = fakeSetup();
    const { app } = testApp({ setup });
    const pin = await (await app.request('/api/setup/plex/pin', json('POST', {}))).json();
    expect(pin).toEqual({
      id: 7,
      code: 'abcdef',
      url: 'https://app.plex.tv/auth#?code=abcdef',
      expiresAt: '2030-01-01T00:00:00.000Z',
    });
    let state = await (await app.request('/api/setup/plex/pin/7')).json();
    while (state.state === 'waiting') state = await (await app.request('/api/setup/plex/pin/7')).json();
    expect(state.servers).toEqual([
      { id: 'machine-1', name: 'Basement', owned: true, connections: expect.any(Array) },
    ]);
    const done = await app.request(
      '/api/setup/plex/server',
      json('POST', { signIn: 7, server: 'machine-1', uri: 'https://relay.plex.direct:8443' }),
    );
    const text = await done.text();
    expect(done.status).toBe(200);
    expect(text).toContain('Reached Basement at https://relay.plex.direct:8443');
    expect(text).not.toContain(SERVER_TOKEN);
    expect(text).not.toContain(ACCOUNT_TOKEN);
    // Only the chosen connection was tried; the server's own token is saved, not the account's.
    expect(picked).toEqual([['https://relay.plex.direct:8443']]);
    expect(saved).toEqual({ 'plex.url': 'https://relay.plex.direct:8443', 'plex.token': SERVER_TOKEN });
  });

  it('are guarded like every change: the API key, and no request from another site', async () => {
    const { setup, saved } = fakeSetup();
    const key = 'server-api-key-0123456789';
    const { app } = testApp({ setup, apiKey: key });
    expect((await app.request('/api/setup')).status).toBe(401);
    expect((await app.request('/api/setup/keys/tmdb', json('POST', { key: GOOD_KEY }))).status).toBe(401);
    const foreign = await app.request(
      '/api/setup/keys/tmdb',
      json('POST', { key: GOOD_KEY }, { 'X-Api-Key': key, Origin: 'http://evil.example' }),
    );
    expect(foreign.status).toBe(403);
    expect(saved).toEqual({});
    const allowed = await app.request(
      '/api/setup/keys/tmdb',
      json('POST', { key: GOOD_KEY }, { 'X-Api-Key': key }),
    );
    expect(allowed.status).toBe(200);
  });
});
