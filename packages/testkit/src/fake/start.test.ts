import { describe, expect, it } from 'vitest';
import { smallWorld } from '../small/small-world.js';
import { DEFAULT_CREDENTIALS, startFakeServices } from './start.js';
import { call } from './test-http.js';

describe('startFakeServices', () => {
  it('starts four servers on 127.0.0.1 with the documented base paths and default credentials', async () => {
    const fakes = await startFakeServices(smallWorld());
    try {
      expect(fakes.plexUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fakes.plexTvUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fakes.tmdbUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/3$/);
      expect(fakes.tvdbUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v4$/);
      expect(
        new Set([fakes.plexUrl, fakes.plexTvUrl, fakes.tmdbUrl, fakes.tvdbUrl].map((u) => new URL(u).port))
          .size,
      ).toBe(4);
      expect(fakes).toMatchObject({
        plexToken: DEFAULT_CREDENTIALS.plexToken,
        tmdbKey: DEFAULT_CREDENTIALS.tmdbKey,
        tvdbKey: DEFAULT_CREDENTIALS.tvdbKey,
        tvdbPin: undefined,
      });
      expect(fakes.counts()).toEqual({
        plex: { total: 0, byRoute: {} },
        plexTv: { total: 0, byRoute: {} },
        tmdb: { total: 0, byRoute: {} },
        tvdb: { total: 0, byRoute: {} },
        discover: { total: 0, byRoute: {} },
        plexServers: [{ total: 0, byRoute: {} }],
        tmdb429: 0,
      });
    } finally {
      await fakes.close();
    }
    await expect(fetch(`${fakes.plexUrl}/identity`)).rejects.toThrow();
  });

  it('uses the credentials it is given', async () => {
    const fakes = await startFakeServices(smallWorld(), { plexToken: 'custom-token' });
    try {
      expect((await call(`${fakes.plexUrl}/?X-Plex-Token=custom-token`)).status).toBe(200);
      expect((await call(`${fakes.plexUrl}/?X-Plex-Token=${DEFAULT_CREDENTIALS.plexToken}`)).status).toBe(
        401,
      );
    } finally {
      await fakes.close();
    }
  });

  it('delays each answer of a service by its latency', async () => {
    const fakes = await startFakeServices(smallWorld(), { latencyMs: { tmdb: 40 } });
    try {
      const started = performance.now();
      await call(`${fakes.tmdbUrl}/configuration?api_key=${fakes.tmdbKey}`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(38);
    } finally {
      await fakes.close();
    }
  });
});

describe("the world's clock", () => {
  it("answers as of the world's day, not the machine's, and hands that instant on", async () => {
    // Long before the clock of any test run: a fake reading its own clock would see every episode aired.
    const now = new Date('2024-02-10T23:59:59.999Z');
    const fakes = await startFakeServices(smallWorld({ now }));
    try {
      expect(fakes.now).toEqual(now);
      const abbott = await call(`${fakes.tmdbUrl}/tv/125935?api_key=${fakes.tmdbKey}`);
      expect(abbott.body.last_air_date).toBe('2024-02-10');
      expect(abbott.body.next_episode_to_air).toMatchObject({ air_date: '2024-02-14', name: 'Mural' });
    } finally {
      await fakes.close();
    }
  });

  it('a world without a clock is pinned when the fakes start', async () => {
    const world = smallWorld();
    delete world.now;
    const before = Date.now();
    const fakes = await startFakeServices(world);
    try {
      expect(fakes.now.getTime()).toBeGreaterThanOrEqual(before);
      expect(fakes.now.getTime()).toBeLessThanOrEqual(Date.now());
    } finally {
      await fakes.close();
    }
  });
});

describe('a fake that fails', () => {
  it('answers 500 naming the failure instead of hanging', async () => {
    const world = smallWorld();
    // A section whose movie list is missing makes the Plex listing code throw.
    Object.assign(world.plex.sections[0]!, { movies: undefined });
    const fakes = await startFakeServices(world);
    try {
      const res = await call(`${fakes.plexUrl}/library/sections/1/all?X-Plex-Token=${fakes.plexToken}`);
      expect(res.status).toBe(500);
      expect(res.text).toContain('testkit fake failed');
      expect(fakes.counts().plex.byRoute).toEqual({ error: 1 });
    } finally {
      await fakes.close();
    }
  });

  it('injects faults: a status for every request or only matching paths, changeable while running', async () => {
    const fakes = await startFakeServices(smallWorld(), {
      faults: { tvdb: { status: 500, path: '/login' } },
    });
    try {
      const login = await call(`${fakes.tvdbUrl}/login`, { method: 'POST', body: '{}' });
      expect(login.status).toBe(500);
      const tmdbUrl = `${fakes.tmdbUrl}/movie/348?api_key=${fakes.tmdbKey}`;
      expect((await call(tmdbUrl)).status).toBe(200);
      fakes.setFault('tmdb', { status: 429, retryAfter: 2 });
      const limited = await call(tmdbUrl);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      fakes.setFault('tmdb', undefined);
      expect((await call(tmdbUrl)).status).toBe(200);
    } finally {
      await fakes.close();
    }
  });
});
