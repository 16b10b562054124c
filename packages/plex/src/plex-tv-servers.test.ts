import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rankConnections } from './pick-connection.js';
import { createPlexTvClient } from './plex-tv-client.js';
import type { PlexServerResource } from './servers.js';
import { fakePlexTv, plexResource } from './test/fake-plex-tv.js';
import { useMsw } from './test/msw.js';

const server = useMsw();
const MACHINE = '96f2fe7a78c9dc1f16a16bedbe90f98149be16b4';
const LOCAL_HTTPS = 'https://192-168-1-10.abc.plex.direct:32400';
const LOCAL_HTTP = 'http://192.168.1.10:32400';
const REMOTE_HTTPS = 'https://81-2-3-4.abc.plex.direct:32400';
const RELAY = 'https://relay-1.abc.plex.direct:8443';

function setup(resources: unknown[] = []) {
  const fake = fakePlexTv({ resources });
  server.use(...fake.handlers);
  return { fake, tv: createPlexTvClient({ clientIdentifier: 'cpx-install-1', baseURL: fake.baseURL }) };
}

type Answer = 'ok' | 'down' | 'slow' | 'silent' | 'other-server';
const probed: string[] = [];
/** Installs `/identity` on each connection URI with the given behaviour. */
function connections(answers: Record<string, Answer>) {
  probed.length = 0;
  server.use(
    ...Object.entries(answers).map(([uri, answer]) =>
      http.get(`${uri}/identity`, async () => {
        probed.push(uri);
        if (answer === 'down') return HttpResponse.error();
        // Never answers, and sets no timer of its own: only the probe's timeout can end the wait.
        if (answer === 'silent') await new Promise(() => {});
        if (answer === 'slow') await delay(30);
        const id = answer === 'other-server' ? 'someone-else' : MACHINE;
        return HttpResponse.json({ MediaContainer: { size: 0, machineIdentifier: id, version: '1.41' } });
      }),
    ),
  );
}

/**
 * Runs a pick with fake timers: once every probe has been sent and all but the `silent` ones have settled
 * (only their timeout timers are left), the clock jumps by `timeoutMs`. No real time passes, so a slow
 * machine cannot make an answering connection look timed out.
 */
async function pickWithTimeout<T>(pick: () => Promise<T>, probes: number, silent: number, timeoutMs: number) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const result = pick().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  while (probed.length < probes || vi.getTimerCount() > silent) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  await vi.advanceTimersByTimeAsync(timeoutMs);
  return result;
}
afterEach(() => {
  vi.useRealTimers();
});

const tower = (list: PlexServerResource['connections']): PlexServerResource => ({
  name: 'Tower',
  clientIdentifier: MACHINE,
  owned: true,
  connections: list,
});
const conn = (uri: string, local: boolean, relay = false) => ({ uri, local, relay });

describe('listServers', () => {
  it('keeps only devices that provide a server, with their connections and own access tokens', async () => {
    const { fake, tv } = setup([
      plexResource({
        name: 'Tower',
        clientIdentifier: MACHINE,
        connections: [
          { uri: LOCAL_HTTPS, local: true },
          { uri: RELAY, local: false, relay: true },
        ],
      }),
      plexResource({
        name: 'Living room TV',
        clientIdentifier: 'tv-1',
        provides: 'client,player,pubsub-player',
      }),
      plexResource({
        name: "Friend's server",
        clientIdentifier: 'f-1',
        provides: 'server,sync-target',
        owned: false,
        accessToken: 'shared-token',
      }),
    ]);
    expect(await tv.listServers(fake.accountToken)).toEqual([
      {
        name: 'Tower',
        clientIdentifier: MACHINE,
        owned: true,
        accessToken: `srv-token-${MACHINE}`,
        connections: [
          {
            uri: LOCAL_HTTPS,
            protocol: 'https',
            address: '192-168-1-10.abc.plex.direct',
            port: 32400,
            local: true,
            relay: false,
          },
          {
            uri: RELAY,
            protocol: 'https',
            address: 'relay-1.abc.plex.direct',
            port: 8443,
            local: false,
            relay: true,
          },
        ],
      },
      {
        name: "Friend's server",
        clientIdentifier: 'f-1',
        owned: false,
        accessToken: 'shared-token',
        connections: [],
      },
    ]);
  });

  it('plex.tv out of reach is a connection error naming plex.tv and never the token', async () => {
    const { fake, tv } = setup();
    server.use(http.get(`${fake.baseURL}/api/v2/resources`, () => HttpResponse.error()));
    const error = await tv.listServers(fake.accountToken).catch((e: Error) => e);
    expect(error).toMatchObject({ kind: 'connection', service: 'plex.tv' });
    expect((error as Error).message).toMatch(
      /^Could not reach plex.tv at https:\/\/plex-tv.test \(.+\)\. Check the internet/,
    );
    expect((error as Error).message).not.toContain(fake.accountToken);
  });

  it('an answer that is not a list of devices is a response error naming the field', async () => {
    const { fake, tv } = setup();
    server.use(http.get(`${fake.baseURL}/api/v2/resources`, () => HttpResponse.json({ errors: [] })));
    await expect(tv.listServers(fake.accountToken)).rejects.toMatchObject({
      kind: 'response',
      service: 'plex.tv',
      message: expect.stringContaining(
        'plex.tv sent an unexpected response for /api/v2/resources (HTTP 200)',
      ),
    });
  });

  it('a rejected account token is an auth error', async () => {
    const { tv } = setup();
    await expect(tv.listServers('nope-token')).rejects.toMatchObject({
      kind: 'auth',
      service: 'plex.tv',
      status: 401,
    });
  });
});

describe('rankConnections', () => {
  it('orders local, then remote, then relay, https before http within each', () => {
    const ranked = rankConnections([
      conn(RELAY, false, true),
      conn('http://81.2.3.4:32400', false),
      conn(LOCAL_HTTP, true),
      conn(REMOTE_HTTPS, false),
      conn(LOCAL_HTTPS, true),
    ]);
    expect(ranked.map((c) => c.uri)).toEqual([
      LOCAL_HTTPS,
      LOCAL_HTTP,
      REMOTE_HTTPS,
      'http://81.2.3.4:32400',
      RELAY,
    ]);
  });
});

describe('pickConnection', () => {
  it('picks the local https connection when everything answers', async () => {
    const { tv } = setup();
    connections({ [LOCAL_HTTPS]: 'ok', [REMOTE_HTTPS]: 'ok', [RELAY]: 'ok' });
    const picked = await tv.pickConnection(
      tower([conn(RELAY, false, true), conn(REMOTE_HTTPS, false), conn(LOCAL_HTTPS, true)]),
    );
    expect(picked).toEqual({ uri: LOCAL_HTTPS, local: true, relay: false });
  });

  it('prefers a slower local answer over a quicker remote one', async () => {
    const { tv } = setup();
    connections({ [LOCAL_HTTPS]: 'slow', [REMOTE_HTTPS]: 'ok' });
    const picked = await tv.pickConnection(tower([conn(REMOTE_HTTPS, false), conn(LOCAL_HTTPS, true)]));
    expect(picked.uri).toBe(LOCAL_HTTPS);
  });

  it('falls back to remote when local is down, and to the relay when both are', async () => {
    const { tv } = setup();
    connections({ [LOCAL_HTTPS]: 'down', [REMOTE_HTTPS]: 'ok', [RELAY]: 'ok' });
    const all = tower([conn(LOCAL_HTTPS, true), conn(REMOTE_HTTPS, false), conn(RELAY, false, true)]);
    expect((await tv.pickConnection(all)).uri).toBe(REMOTE_HTTPS);
    connections({ [LOCAL_HTTPS]: 'down', [REMOTE_HTTPS]: 'silent', [RELAY]: 'ok' });
    expect(await pickWithTimeout(() => tv.pickConnection(all, { timeoutMs: 1000 }), 3, 1, 1000)).toEqual({
      value: { uri: RELAY, local: false, relay: true },
    });
  });

  it('skips an address where a different Plex server answers', async () => {
    const { tv } = setup();
    connections({ [LOCAL_HTTP]: 'other-server', [REMOTE_HTTPS]: 'ok' });
    expect((await tv.pickConnection(tower([conn(LOCAL_HTTP, true), conn(REMOTE_HTTPS, false)]))).uri).toBe(
      REMOTE_HTTPS,
    );
  });

  it('when nothing answers, the connection error lists every connection tried and why', async () => {
    const { tv } = setup();
    connections({ [LOCAL_HTTPS]: 'down', [REMOTE_HTTPS]: 'silent', [LOCAL_HTTP]: 'other-server' });
    const all = tower([conn(REMOTE_HTTPS, false), conn(LOCAL_HTTPS, true), conn(LOCAL_HTTP, true)]);
    const { error } = (await pickWithTimeout(
      () => tv.pickConnection(all, { timeoutMs: 1000 }),
      3,
      1,
      1000,
    )) as {
      error: unknown;
    };
    expect(error).toMatchObject({ kind: 'connection', service: 'plex' });
    expect((error as Error).message).toContain('Could not reach the Plex server "Tower"');
    expect((error as Error).message).toContain(`${LOCAL_HTTPS} (network error)`);
    expect((error as Error).message).toContain(`${LOCAL_HTTP} (a different Plex server answered)`);
    expect((error as Error).message).toContain(`${REMOTE_HTTPS} (timed out)`);
    expect(probed).toHaveLength(3);
  });

  it('a server without connections is a connection error saying so', async () => {
    const { tv } = setup();
    await expect(tv.pickConnection(tower([]))).rejects.toMatchObject({
      kind: 'connection',
      message: expect.stringContaining('plex.tv lists no connections'),
    });
  });
});
