import { afterEach, describe, expect, it } from 'vitest';
import { smallWorld } from '../small/small-world.js';
import { DEAD_PORT } from './plex-tv-server.js';
import { type FakeServices, type FakeServicesOptions, startFakeServices } from './start.js';
import { call, JSON_ACCEPT } from './test-http.js';

let fakes: FakeServices | undefined;
afterEach(async () => {
  await fakes?.close();
  fakes = undefined;
});
const start = async (options: FakeServicesOptions = {}) => {
  fakes = await startFakeServices(smallWorld(), options);
  return fakes;
};
const client = { ...JSON_ACCEPT, 'X-Plex-Client-Identifier': 'cpx-test', 'X-Plex-Product': 'ComPlexionist' };

describe('fake plex.tv: PIN login', () => {
  it('creates a strong PIN with 201 and the documented fields', async () => {
    const f = await start();
    const res = await call(`${f.plexTvUrl}/api/v2/pins?strong=true`, { method: 'POST', headers: client });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      code: expect.stringMatching(/^[0-9a-z]{25}$/),
      product: 'ComPlexionist',
      clientIdentifier: 'cpx-test',
      expiresIn: 1800,
      authToken: null,
      trusted: false,
    });
    expect(res.body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('returns the account token on the configured poll, not before', async () => {
    const f = await start({ pinApproveAfterPolls: 3 });
    const pin = (await call(`${f.plexTvUrl}/api/v2/pins?strong=true`, { method: 'POST', headers: client }))
      .body;
    const poll = async () =>
      (await call(`${f.plexTvUrl}/api/v2/pins/${pin.id}?code=${pin.code}`, { headers: client })).body
        .authToken;
    expect([await poll(), await poll(), await poll()]).toEqual([null, null, f.plexAccountToken]);
    expect(f.counts().plexTv.byRoute).toEqual({ pinCreate: 1, pinPoll: 3 });
  });

  it('answers 404 code 1020 for an expired or unknown PIN', async () => {
    const f = await start({ pinExpiresInSeconds: 0 });
    const pin = (await call(`${f.plexTvUrl}/api/v2/pins?strong=true`, { method: 'POST', headers: client }))
      .body;
    for (const id of [pin.id, 42]) {
      const res = await call(`${f.plexTvUrl}/api/v2/pins/${id}`, { headers: client });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        errors: [{ code: 1020, message: 'Code not found or expired', status: 404 }],
      });
    }
  });

  it('never approves when pinApproveAfterPolls is null', async () => {
    const f = await start({ pinApproveAfterPolls: null });
    const pin = (await call(`${f.plexTvUrl}/api/v2/pins`, { method: 'POST', headers: client })).body;
    for (let i = 0; i < 5; i++)
      expect(
        (await call(`${f.plexTvUrl}/api/v2/pins/${pin.id}`, { headers: client })).body.authToken,
      ).toBeNull();
  });

  it('requires X-Plex-Client-Identifier (400 code 1000)', async () => {
    const f = await start();
    const res = await call(`${f.plexTvUrl}/api/v2/pins?strong=true`, {
      method: 'POST',
      headers: JSON_ACCEPT,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: 1000 });
  });
});

describe('fake plex.tv: account', () => {
  it('validates the account token with /user and rejects others with 401 code 1001', async () => {
    const f = await start();
    const ok = await call(`${f.plexTvUrl}/api/v2/user`, {
      headers: { ...client, 'X-Plex-Token': f.plexAccountToken },
    });
    expect(ok.body).toMatchObject({ username: 'testkit-user' });
    const bad = await call(`${f.plexTvUrl}/api/v2/user`, {
      headers: { ...client, 'X-Plex-Token': f.plexToken },
    });
    expect(bad.status).toBe(401);
    expect(bad.body.errors[0]).toMatchObject({ code: 1001, message: 'User could not be authenticated' });
  });

  it('lists servers (plus a player) whose first connection is dead and whose second reaches the fake Plex', async () => {
    const f = await start({ plexServers: 2 });
    const res = await call(`${f.plexTvUrl}/api/v2/resources?includeHttps=1&includeRelay=1`, {
      headers: { ...client, 'X-Plex-Token': f.plexAccountToken },
    });
    const servers = res.body.filter((r: { provides: string }) => r.provides.split(',').includes('server'));
    expect(res.body).toHaveLength(3);
    expect(servers).toHaveLength(2);
    expect(servers[0]).toMatchObject({
      name: 'Testkit Plex',
      accessToken: f.plexToken,
      owned: true,
      product: 'Plex Media Server',
    });
    const [dead, live] = servers[0].connections;
    expect(dead).toMatchObject({ local: true, port: DEAD_PORT, relay: false });
    expect(live).toMatchObject({ local: true, uri: f.plexUrl });
    const identity = await call(`${live.uri}/identity`, { headers: JSON_ACCEPT });
    expect(identity.body.MediaContainer.machineIdentifier).toBe(servers[0].clientIdentifier);
  });
});
