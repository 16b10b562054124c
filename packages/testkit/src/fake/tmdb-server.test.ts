import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallWorld } from '../small/small-world.js';
import { type FakeServices, startFakeServices } from './start.js';
import { call } from './test-http.js';

let fakes: FakeServices;
beforeEach(async () => {
  fakes = await startFakeServices(smallWorld({ now: new Date('2026-11-25T12:00:00Z') }));
});
afterEach(() => fakes.close());
const tmdb = (path: string) =>
  call(`${fakes.tmdbUrl}${path}${path.includes('?') ? '&' : '?'}api_key=${fakes.tmdbKey}`);

describe('fake TMDB: authentication', () => {
  it('accepts the v3 key as api_key and the read-access token as Bearer', async () => {
    expect((await tmdb('/movie/603')).status).toBe(200);
    const bearer = await call(`${fakes.tmdbUrl}/movie/603`, {
      headers: { Authorization: `Bearer ${fakes.tmdbBearer}` },
    });
    expect(bearer.body).toMatchObject({ id: 603, title: 'The Matrix' });
  });

  it('answers 401 code 7 without a valid key', async () => {
    for (const url of [`${fakes.tmdbUrl}/movie/603`, `${fakes.tmdbUrl}/movie/603?api_key=nope`]) {
      const res = await call(url, { headers: { Authorization: `Bearer ${fakes.tmdbKey}` } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        success: false,
        status_code: 7,
        status_message: 'Invalid API key: You must be granted a valid key.',
      });
    }
  });
});

describe('fake TMDB: movies and collections', () => {
  it('serves belongs_to_collection and release data on /movie/{id}', async () => {
    const { body, headers } = await tmdb('/movie/603');
    expect(headers.get('content-type')).toContain('application/json');
    expect(body).toMatchObject({
      id: 603,
      imdb_id: 'tt0133093',
      release_date: '1999-03-31',
      status: 'Released',
      belongs_to_collection: { id: 2344, name: 'The Matrix Collection', poster_path: expect.any(String) },
    });
    expect((await tmdb('/movie/949')).body.belongs_to_collection).toBeNull();
  });

  it('answers 404 code 34 for an unknown id', async () => {
    const res = await tmdb('/movie/999999999');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status_code: 34 });
  });

  it('serves collection parts out of release order, including an empty release_date', async () => {
    const parts = (await tmdb('/collection/8091')).body.parts as {
      id: number;
      release_date: string;
      media_type: string;
    }[];
    const dates = parts.map((p) => p.release_date);
    expect(dates).not.toEqual([...dates].sort());
    expect(dates).toContain('');
    expect(parts.every((p) => p.media_type === 'movie' && !('status' in p))).toBe(true);
  });

  it('finds an IMDb id with all five arrays, and answers a miss with empty arrays', async () => {
    const hit = (await tmdb('/find/tt0242653?external_source=imdb_id')).body;
    expect(hit.movie_results).toEqual([expect.objectContaining({ id: 605, media_type: 'movie' })]);
    const miss = await tmdb('/find/tt0000001?external_source=imdb_id');
    expect(miss.status).toBe(200);
    expect(miss.body).toEqual({
      movie_results: [],
      person_results: [],
      tv_results: [],
      tv_episode_results: [],
      tv_season_results: [],
    });
    expect((await tmdb('/find/81189?external_source=tvdb_id')).body.tv_results[0]).toMatchObject({
      id: 1396,
      media_type: 'tv',
    });
  });
});

describe('fake TMDB: TV', () => {
  it('appends seasons and external ids to /tv/{id}, skipping seasons that do not exist', async () => {
    const { body } = await tmdb('/tv/125935?append_to_response=external_ids,season/0,season/1,season/9');
    expect(body).toMatchObject({
      id: 125935,
      name: 'Abbott Elementary',
      number_of_seasons: 4,
      external_ids: { tvdb_id: 403245, imdb_id: 'tt14218830' },
    });
    expect(body['season/1'].episodes[2]).toMatchObject({
      episode_number: 3,
      name: 'Wishlist',
      air_date: '2021-12-21',
      season_number: 1,
      show_id: 125935,
    });
    expect(body['season/0'].episodes).toHaveLength(1);
    expect(body).not.toHaveProperty('season/9');
  });

  it('refuses more than 20 appended objects with 400 code 27', async () => {
    const append = Array.from({ length: 21 }, (_, n) => `season/${n}`).join(',');
    const res = await tmdb(`/tv/125935?append_to_response=${append}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status_code: 27 });
  });

  it('serves a season with a null air date for an unaired episode, and 404 for a missing season', async () => {
    const season = (await tmdb('/tv/125935/season/4')).body;
    expect(season.episodes.map((e: { air_date: string | null }) => e.air_date)).toEqual([
      '2026-11-25',
      null,
      '2099-01-14',
    ]);
    expect((await tmdb('/tv/125935/season/7')).body).toMatchObject({ status_code: 34 });
    expect((await tmdb('/tv/1396/external_ids')).body).toMatchObject({ tvdb_id: 81189 });
  });

  it('counts requests per route kind', async () => {
    await tmdb('/configuration');
    await tmdb('/movie/603');
    await tmdb('/tv/1396/season/1');
    expect(fakes.counts().tmdb).toEqual({ total: 3, byRoute: { configuration: 1, movie: 1, tvSeason: 1 } });
    fakes.resetCounts();
    expect(fakes.counts().tmdb.total).toBe(0);
  });
});

describe('fake TMDB: rate limit', () => {
  it('answers 429 with Retry-After: 1 and code 25 beyond the limit, and counts the 429s', async () => {
    await fakes.close();
    fakes = await startFakeServices(smallWorld(), { tmdbRateLimit: 2 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => tmdb('/movie/603')));
    const refused = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(refused[0]!.body).toMatchObject({ status_code: 25 });
    expect(fakes.counts().tmdb429).toBe(3);
  });
});
