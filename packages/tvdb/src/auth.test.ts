import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTvdbClient } from './client.js';
import { FAKE_TVDB, fakeJwt, fakeTvdb, GOOD_KEY, tvdbEpisode } from './test-fake-tvdb.js';
import { serveTvdb, useMswServer } from './test-server.js';
import { tokenExpiry } from './token.js';

const server = useMswServer();
const world = {
  pageSize: 2,
  series: { 1: { types: { official: [1, 2, 3, 4, 5].map((n) => tvdbEpisode(n, 1, n)) } } },
};

describe('login and token', () => {
  it('logs in once, lazily, and reuses the token for every call', async () => {
    const { client, state } = serveTvdb(server, world);
    expect(state.logins).toBe(0);
    await Promise.all([client.getSeriesEpisodes(1, 'official'), client.findSeriesByImdb('tt1')]);
    await client.getSeriesEpisodes(1, 'official');
    expect(state.logins).toBe(1);
  });

  it('logs in again when the token expires in the middle of a scan and retries the page', async () => {
    const { client, state } = serveTvdb(server, world);
    state.expireAtPage = 1;
    const list = await client.getSeriesEpisodes(1, 'official');
    expect(list?.episodes.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(state.logins).toBe(2);
    expect(state.log).toEqual([
      '/series/1/episodes/official?page=0',
      '/series/1/episodes/official?page=1',
      '/series/1/episodes/official?page=1',
      '/series/1/episodes/official?page=2',
    ]);
  });

  it('a token expiring while 8 requests are in flight: one new login, and every request is retried', async () => {
    const series = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7, 8].map((id) => [id, { types: { official: [tvdbEpisode(id, 1, 1)] } }]),
    );
    // A store like the cache's: it hands back the last token it was given.
    let saved: string | undefined;
    const tokenStore = {
      get: async () => saved,
      set: async (token: string) => {
        saved = token;
      },
    };
    const { client, state } = serveTvdb(server, { series }, { tokenStore });
    await client.validateKey(); // logs in: token 1, saved in the store
    // Hold the first 8 episode requests until all 8 are in flight, then expire every token: all 8 get a 401.
    let waiting = 0;
    let release: () => void = () => {};
    const allIn = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.get(`${FAKE_TVDB}/series/:id/episodes/:type`, async () => {
        if (waiting >= 8) return undefined;
        waiting += 1;
        if (waiting === 8) {
          state.revokeAll();
          release();
        }
        await allIn;
        return undefined; // on to the fake, which now refuses the token
      }),
    );
    const ids = [1, 2, 3, 4, 5, 6, 7, 8];
    const lists = await Promise.all(ids.map((id) => client.getSeriesEpisodes(id, 'official')));
    expect(lists.map((list) => list?.episodes[0]?.id)).toEqual(ids);
    expect(state.logins).toBe(2);
  });

  it('stops with an auth error when a fresh token is refused too', async () => {
    const fake = fakeTvdb(world);
    server.use(...fake.handlers);
    // Every token the fake issues is revoked as soon as the client stores it.
    const revoking = { get: async () => undefined, set: async () => fake.state.revokeAll() };
    const client = createTvdbClient({
      apiKey: GOOD_KEY,
      baseURL: FAKE_TVDB,
      retries: 0,
      tokenStore: revoking,
    });
    await expect(client.findSeriesByImdb('tt1')).rejects.toMatchObject({
      kind: 'auth',
      service: 'tvdb',
      status: 401,
    });
    expect(fake.state.logins).toBe(2);
  });

  it('sends the PIN only when one is configured', async () => {
    const withPin = serveTvdb(server, { pin: '1234' }, { pin: '1234' });
    await expect(withPin.client.validateKey()).resolves.toBeUndefined();
    const without = serveTvdb(server, { pin: '1234' });
    const error = await without.client.validateKey().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', status: 400 });
    expect((error as Error).message).toContain('tvdb.pin');
  });

  it('names tvdb.api_key when the key is refused, without showing the key', async () => {
    const key = 'bad-key-0000-1111-2222';
    const { client } = serveTvdb(server, world, { apiKey: key });
    const error = await client.getSeriesEpisodes(1, 'official').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth', service: 'tvdb', status: 401, path: '/login' });
    expect((error as Error).message).toContain('tvdb.api_key');
    expect((error as Error).message).not.toContain(key);
  });

  it('reuses a stored token and stores the token it gets', async () => {
    const stored: Array<{ token: string; expiresAt: Date }> = [];
    const store = {
      get: async () => undefined,
      set: async (token: string, expiresAt: Date) => void stored.push({ token, expiresAt }),
    };
    const first = serveTvdb(server, world, { tokenStore: store });
    await first.client.findSeriesByImdb('tt1');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.expiresAt.getTime()).toBe(tokenExpiry(stored[0]!.token));

    // A second client (another process) with the stored token calls the same TVDB without logging in.
    const token = stored[0]!.token;
    const again = createTvdbClient({
      apiKey: GOOD_KEY,
      baseURL: FAKE_TVDB,
      rate: { perSecond: 0 },
      retries: 0,
      tokenStore: { get: async () => token, set: async () => {} },
    });
    first.state.log.length = 0;
    await again.findSeriesByImdb('tt1');
    expect(first.state.logins).toBe(1);
    expect(first.state.log).toEqual(['/search/remoteid/tt1']);
  });

  it('logs in again when the stored token is refused, and retries the call', async () => {
    const stale = fakeJwt(Math.floor(Date.now() / 1000) + 30 * 24 * 3600, 99);
    const { client, state } = serveTvdb(server, world, {
      tokenStore: { get: async () => stale, set: async () => {} },
    });
    expect(await client.getSeriesEpisodes(1, 'official')).not.toBeNull();
    expect(state.logins).toBe(1);
    // The stale token was tried first: the first page was asked for twice.
    expect(state.log.slice(0, 2)).toEqual([
      '/series/1/episodes/official?page=0',
      '/series/1/episodes/official?page=0',
    ]);
  });

  it('calls made at once all wait for the stored token instead of logging in beside it', async () => {
    const fake = fakeTvdb(world);
    server.use(...fake.handlers);
    let kept: string | undefined;
    const store = {
      get: async () => kept,
      set: async (token: string) => {
        kept = token;
      },
    };
    const client = () => createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, tokenStore: store });
    await client().validateKey();
    expect(fake.state.logins).toBe(1);

    // A new process (a later scan, or the server after the CLI) starts many pages at once.
    const next = client();
    await Promise.all([
      next.getSeriesEpisodes(1, 'official'),
      next.findSeriesByImdb('tt1'),
      next.findSeriesByImdb('tt2'),
    ]);
    expect(fake.state.logins).toBe(1);
  });

  it('reads exp from a JWT, and nothing from a token that is not one', () => {
    expect(tokenExpiry(fakeJwt(2_000_000_000, 1))).toBe(2_000_000_000_000);
    expect(tokenExpiry('opaque')).toBeUndefined();
    expect(tokenExpiry('a.!!!.c')).toBeUndefined();
  });
});
