import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlexTvClient } from './plex-tv-client.js';
import { fakePlexTv } from './test/fake-plex-tv.js';
import { useMsw } from './test/msw.js';

const server = useMsw();

function setup(options: Parameters<typeof fakePlexTv>[0] = {}) {
  const fake = fakePlexTv(options);
  server.use(...fake.handlers);
  const tv = createPlexTvClient({ clientIdentifier: 'cpx-install-1', baseURL: fake.baseURL });
  return { fake, tv };
}

beforeEach(() => {
  // performance too: the HTTP pacer measures time with it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(new Date('2024-07-16T17:03:05Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PIN sign-in', () => {
  it('creates a strong PIN with the install id and product, and builds the app.plex.tv URL', async () => {
    const { fake, tv } = setup();
    const pin = await tv.createPin();
    expect(pin).toEqual({
      id: 1272322473,
      code: '3patfx1a78ukcbr7x0n9bl26t',
      expiresAt: '2024-07-16T17:33:05.000Z',
    });
    expect(fake.state).toMatchObject({
      pinsCreated: 1,
      lastClientId: 'cpx-install-1',
      lastProduct: 'ComPlexionist',
    });
    expect(tv.authUrl(pin)).toBe(
      'https://app.plex.tv/auth#?clientID=cpx-install-1&code=3patfx1a78ukcbr7x0n9bl26t' +
        '&context%5Bdevice%5D%5Bproduct%5D=ComPlexionist',
    );
  });

  it('the auth URL encodes unusual ids and product names', () => {
    const tv = createPlexTvClient({ clientIdentifier: 'a b&c', product: 'My App/2' });
    expect(tv.authUrl({ id: 1, code: 'x=y', expiresAt: '' })).toBe(
      'https://app.plex.tv/auth#?clientID=a%20b%26c&code=x%3Dy&context%5Bdevice%5D%5Bproduct%5D=My%20App%2F2',
    );
  });

  it('polls every interval until the user approves, then resolves with the account token', async () => {
    const { fake, tv } = setup({ approveOnPoll: 3 });
    const pin = await tv.createPin();
    const ticks: number[] = [];
    const token = tv.pollPin(pin, { onTick: (left) => ticks.push(left) });
    await vi.advanceTimersByTimeAsync(2_500);
    await expect(token).resolves.toBe(fake.accountToken);
    expect(fake.state.polls).toBe(3);
    expect(ticks).toEqual([1800, 1799]);
  });

  it('uses the given poll interval', async () => {
    const { fake, tv } = setup({ approveOnPoll: 2 });
    const token = tv.pollPin(await tv.createPin(), { intervalMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(fake.state.polls).toBe(1);
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(token).resolves.toBe(fake.accountToken);
  });

  it('an expired code (404, code 1020) is an auth error that says to start again', async () => {
    const { tv } = setup({ expiresIn: 1800 });
    const pin = await tv.createPin();
    // plex.tv forgot the PIN early (the fake expires it; our own deadline is pushed out of the way).
    vi.setSystemTime(new Date('2024-07-16T18:00:00Z'));
    const token = tv.pollPin({ ...pin, expiresAt: '2024-07-16T19:00:00Z' });
    const outcome = expect(token).rejects.toMatchObject({
      kind: 'auth',
      service: 'plex.tv',
      status: 404,
      message: expect.stringMatching(/sign-in code expired.*complexionist auth plex --login/),
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await outcome;
  });

  it('stops with the same error once expiresAt passes, even if plex.tv still answers', async () => {
    const { fake, tv } = setup();
    const pin = { ...(await tv.createPin()), expiresAt: new Date(Date.now() + 2_500).toISOString() };
    const token = tv.pollPin(pin);
    const outcome = expect(token).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('expired'),
    });
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(fake.state.polls).toBe(3);
  });

  it('an abort stops polling at once with the signal reason', async () => {
    const { fake, tv } = setup();
    const controller = new AbortController();
    const token = tv.pollPin(await tv.createPin(), { signal: controller.signal });
    const outcome = expect(token).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(1_500);
    const polls = fake.state.polls;
    controller.abort(new DOMException('The user pressed Ctrl-C', 'AbortError'));
    await outcome;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fake.state.polls).toBe(polls);
  });
});

describe('validateToken', () => {
  it('a valid token gives the account name', async () => {
    const { fake, tv } = setup();
    await expect(tv.validateToken(fake.accountToken)).resolves.toEqual({ username: 'testuser' });
  });

  it('a rejected token is an auth error that never shows the token', async () => {
    const { tv } = setup();
    const error = await tv.validateToken('bad-token-0987').catch((e: Error) => e);
    expect(error).toMatchObject({ kind: 'auth', service: 'plex.tv', status: 401 });
    expect((error as Error).message).not.toContain('bad-token-0987');
  });
});
