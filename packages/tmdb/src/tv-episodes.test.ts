import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { FAKE_TMDB, tmdbEpisode } from './test-fake-tmdb.js';
import { serveTmdb, useMswServer } from './test-server.js';

const server = useMswServer();

const seasonOf = (season: number, count: number) =>
  Array.from({ length: count }, (_, i) => tmdbEpisode(season, i + 1));

describe('getShowEpisodes', () => {
  it('reads a show with specials in one request', async () => {
    const { client, log } = serveTmdb(server, {
      shows: {
        1399: { status: 'Ended', seasons: { 0: seasonOf(0, 2), 1: seasonOf(1, 3), 2: seasonOf(2, 2) } },
      },
    });
    const list = await client.getShowEpisodes(1399);
    expect(list?.ended).toBe(true);
    expect(list?.episodes.map((e) => `S${e.season}E${e.episode}`)).toEqual([
      'S0E1',
      'S0E2',
      'S1E1',
      'S1E2',
      'S1E3',
      'S2E1',
      'S2E2',
    ]);
    expect(list?.episodes[2]).toEqual({
      season: 1,
      episode: 1,
      title: 'Episode 1',
      aired: '2011-01-01',
      id: 1001,
    });
    expect(log).toHaveLength(1);
  });

  it('fetches seasons past the first 20 appends in further requests of at most 20', async () => {
    const seasons = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [i + 1, seasonOf(i + 1, 1)]));
    const { client, log } = serveTmdb(server, { shows: { 2: { seasons } } });
    const list = await client.getShowEpisodes(2);
    expect(list?.episodes).toHaveLength(45);
    expect(list?.episodes.at(-1)).toMatchObject({ season: 45, episode: 1 });
    expect(log).toHaveLength(3);
  });

  it('follows seasons numbered by year', async () => {
    const { client } = serveTmdb(server, {
      shows: { 3: { seasons: { 2019: seasonOf(2019, 2), 2020: seasonOf(2020, 1) } } },
    });
    const list = await client.getShowEpisodes(3);
    expect(list?.episodes.map((e) => e.season)).toEqual([2019, 2019, 2020]);
  });

  it('keeps unaired episodes with a null air date and title', async () => {
    const { client } = serveTmdb(server, {
      shows: {
        4: {
          seasons: {
            1: [
              tmdbEpisode(1, 1),
              tmdbEpisode(1, 2, { air_date: null, name: null }),
              tmdbEpisode(1, 3, { air_date: '' }),
            ],
          },
        },
      },
    });
    const list = await client.getShowEpisodes(4);
    expect(list?.episodes.map((e) => e.aired)).toEqual(['2011-01-01', null, null]);
    expect(list?.episodes[1]?.title).toBeNull();
    expect(list?.ended).toBe(false);
  });

  it('counts a canceled show as ended', async () => {
    const { client } = serveTmdb(server, {
      shows: { 5: { status: 'Canceled', seasons: { 1: seasonOf(1, 1) } } },
    });
    await expect(client.getShowEpisodes(5)).resolves.toMatchObject({ ended: true });
  });

  it('skips a season TMDB embeds as an error object and fetches only seasons it lists', async () => {
    const { client } = serveTmdb(server, {});
    let calls = 0;
    server.use(
      http.get(`${FAKE_TMDB}/tv/8`, () => {
        calls++;
        return HttpResponse.json({
          id: 8,
          status: 'Returning Series',
          seasons: [{ season_number: 1 }],
          'season/1': { season_number: 1, episodes: seasonOf(1, 1) },
          'season/2': {
            success: false,
            status_code: 34,
            status_message: 'The resource you requested could not be found.',
          },
        });
      }),
    );
    const list = await client.getShowEpisodes(8);
    expect(list?.episodes).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('resolves null for an unknown show', async () => {
    const { client } = serveTmdb(server, {});
    await expect(client.getShowEpisodes(6)).resolves.toBeNull();
  });

  it('names the appended season and field of a malformed episode', async () => {
    const { client } = serveTmdb(server, {
      shows: { 7: { seasons: { 1: [tmdbEpisode(1, 1, { episode_number: 'one' })] } } },
    });
    await expect(client.getShowEpisodes(7)).rejects.toMatchObject({
      kind: 'response',
      service: 'tmdb',
      path: '/tv/7',
      message: expect.stringContaining('`season/1.episodes.0.episode_number`'),
    });
  });
});
