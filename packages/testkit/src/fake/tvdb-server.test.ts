import { afterEach, describe, expect, it } from 'vitest';
import { smallWorld } from '../small/small-world.js';
import { type FakeServices, type FakeServicesOptions, startFakeServices } from './start.js';
import { call } from './test-http.js';

let fakes: FakeServices | undefined;
afterEach(async () => {
  await fakes?.close();
  fakes = undefined;
});
const start = async (options: FakeServicesOptions = {}) => {
  fakes = await startFakeServices(smallWorld({ now: new Date('2026-11-25T12:00:00Z') }), options);
  return fakes;
};
const login = (f: FakeServices, body: unknown) =>
  call(`${f.tvdbUrl}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const withToken = async (f: FakeServices) => {
  const token = (await login(f, { apikey: f.tvdbKey })).body.data.token as string;
  return (path: string) => call(`${f.tvdbUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
};
const FAILURE = { status: 'failure', data: null, message: expect.any(String) };

describe('fake TVDB: login and tokens', () => {
  it('issues a JWT-shaped token whose payload carries exp about a month ahead', async () => {
    const f = await start();
    const res = await login(f, { apikey: f.tvdbKey });
    expect(res.body.status).toBe('success');
    const [, payload] = (res.body.data.token as string).split('.');
    const { exp, iat } = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(exp - iat).toBe(30 * 86_400);
    expect(res.body.data.token).not.toContain(f.tvdbKey);
  });

  it('refuses a bad key with 401 and the failure envelope', async () => {
    const f = await start();
    const res = await login(f, { apikey: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ status: 'failure', message: 'InvalidAPIKey: apikey invalid', data: null });
  });

  it('with a pin key: no pin → 400 "pin required", wrong pin → 401, right pin → token', async () => {
    const f = await start({ tvdbPin: '4321' });
    const missing = await login(f, { apikey: f.tvdbKey });
    expect([missing.status, missing.body.message]).toEqual([400, 'InvalidValueType: pin required']);
    expect((await login(f, { apikey: f.tvdbKey, pin: '0000' })).status).toBe(401);
    expect((await login(f, { apikey: f.tvdbKey, pin: '4321' })).status).toBe(200);
  });

  it('requires Bearer <issued token> everywhere else; the raw key or a revoked token gets 401', async () => {
    const f = await start();
    for (const headers of [{}, { Authorization: `Bearer ${f.tvdbKey}` }] as Record<string, string>[]) {
      const res = await call(`${f.tvdbUrl}/series/81189`, { headers });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject(FAILURE);
    }
    const get = await withToken(f);
    expect((await get('/series/81189')).status).toBe(200);
    f.revokeTvdbTokens();
    expect((await get('/series/81189')).status).toBe(401);
  });
});

describe('fake TVDB: series and episodes', () => {
  it('serves the base record with status and 404 envelope for an unknown series', async () => {
    const get = await withToken(await start());
    const { body } = await get('/series/81189');
    expect(body.data).toMatchObject({
      id: 81189,
      name: 'Breaking Bad',
      defaultSeasonType: 1,
      nextAired: '',
      status: { id: 2, name: 'Ended', recordType: 'series', keepUpdated: false },
    });
    const missing = await get('/series/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: 'failure', message: 'NotFoundException: not found', data: null });
  });

  it('pages episodes 0-based with full-URL links.next until null', async () => {
    const f = await start({ tvdbPageSize: 5 });
    const get = await withToken(f);
    const seen: number[] = [];
    let path: string | null = '/series/81189/episodes/default?page=0';
    while (path) {
      const { body } = await get(path);
      expect(body.data.series).toMatchObject({ id: 81189 });
      expect(body.links.page_size).toBe(5);
      seen.push(...body.data.episodes.map((e: { id: number }) => e.id));
      path = body.links.next ? (body.links.next as string).slice(f.tvdbUrl.length) : null;
    }
    expect(seen).toHaveLength(13);
    expect(f.counts().tvdb.byRoute.episodes).toBe(3);
    const first = (await get('/series/81189/episodes/default?page=0')).body.links;
    expect(first).toEqual({
      prev: null,
      self: `${f.tvdbUrl}/series/81189/episodes/default?page=0`,
      next: `${f.tvdbUrl}/series/81189/episodes/default?page=1`,
      total_items: 13,
      page_size: 5,
    });
    expect((await get('/series/81189/episodes/default?page=9')).body.data.episodes).toEqual([]);
  });

  it('marks specials, movies and finales, and numbers DVD order apart from aired order', async () => {
    const get = await withToken(await start());
    const aired = (await get('/series/81189/episodes/official?page=0')).body.data.episodes;
    expect(aired[1]).toMatchObject({ seasonNumber: 0, number: 2, isMovie: 1 });
    expect(aired.find((e: { id: number }) => e.id === 349238)).toMatchObject({
      finaleType: 'season',
      isMovie: 0,
    });
    const dvd = (await get('/series/78874/episodes/dvd?page=0')).body.data.episodes;
    expect(
      dvd.find((e: { number: number; seasonNumber: number }) => e.seasonNumber === 1 && e.number === 1).name,
    ).toBe('Serenity');
    expect((await get('/series/81189/episodes/dvd?page=0')).body.data.episodes).toEqual([]);
    expect((await get('/series/81189/episodes/sideways?page=0')).status).toBe(400);
  });

  it('includes an unaired episode with aired: null', async () => {
    const get = await withToken(await start());
    const eps = (await get('/series/403245/episodes/default?page=0')).body.data.episodes;
    expect(eps.some((e: { aired: string | null }) => e.aired === null)).toBe(true);
  });

  it('serves the translated listing with series fields directly in data', async () => {
    const get = await withToken(await start());
    const { body } = await get('/series/81189/episodes/default/eng?page=0');
    expect(body.data).toMatchObject({ id: 81189, name: 'Breaking Bad' });
    expect(body.data.series).toBeUndefined();
    expect(body.data.episodes[2]).toMatchObject({ name: 'Pilot' });
    const abbott = (await get('/series/403245/episodes/default/eng?page=0')).body.data.episodes;
    expect(abbott[0]).toMatchObject({ id: 503401, name: null });
  });

  it('maps an IMDb id to the series with /search/remoteid', async () => {
    const get = await withToken(await start());
    expect((await get('/search/remoteid/tt0303461')).body.data).toEqual([
      { series: expect.objectContaining({ id: 78874 }) },
    ]);
    expect((await get('/search/remoteid/tt0000001')).body.data).toEqual([]);
  });
});
