import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { FAKE_TVDB, tvdbEpisode } from './test-fake-tvdb.js';
import { serveTvdb, useMswServer } from './test-server.js';

const server = useMswServer();

const seasonOf = (season: number, count: number, firstId: number) =>
  Array.from({ length: count }, (_, i) => tvdbEpisode(firstId + i, season, i + 1));

describe('getSeriesEpisodes', () => {
  it('reads all three pages of a listing, 0-based, until links.next is null', async () => {
    const episodes = [...seasonOf(1, 3, 100), ...seasonOf(2, 3, 200), ...seasonOf(3, 1, 300)];
    const { client, state } = serveTvdb(server, {
      pageSize: 3,
      series: { 81189: { status: 'Ended', types: { official: episodes } } },
    });
    const list = await client.getSeriesEpisodes(81189, 'official');
    expect(list?.episodes).toHaveLength(7);
    expect(list?.ended).toBe(true);
    expect(state.log).toEqual([
      '/series/81189/episodes/official?page=0',
      '/series/81189/episodes/official?page=1',
      '/series/81189/episodes/official?page=2',
    ]);
  });

  it('maps seasonNumber, number, name, aired and id, keeping specials and unaired episodes', async () => {
    const episodes = [
      tvdbEpisode(349232, 1, 1, { name: 'Pilot', aired: '2008-01-20' }),
      tvdbEpisode(1, 0, 1, { name: 'Special' }),
      tvdbEpisode(9999001, 6, 1, { name: 'TBA', aired: null, runtime: null }),
      tvdbEpisode(9999002, 6, 2, { name: null, aired: '' }),
    ];
    const { client } = serveTvdb(server, { series: { 81189: { types: { official: episodes } } } });
    const list = await client.getSeriesEpisodes(81189, 'official');
    expect(list).toEqual({
      ended: false,
      episodes: [
        { season: 0, episode: 1, title: 'Special', aired: '2008-01-20', id: 1 },
        { season: 1, episode: 1, title: 'Pilot', aired: '2008-01-20', id: 349232 },
        { season: 6, episode: 1, title: 'TBA', aired: null, id: 9999001 },
        { season: 6, episode: 2, title: null, aired: null, id: 9999002 },
      ],
    });
  });

  it('asks for the season type it is given', async () => {
    const { client, state } = serveTvdb(server, { series: { 5: { types: { dvd: seasonOf(1, 2, 1) } } } });
    await expect(client.getSeriesEpisodes(5, 'dvd')).resolves.toMatchObject({ episodes: [{}, {}] });
    expect(state.log).toEqual(['/series/5/episodes/dvd?page=0']);
  });

  it('resolves null for an unknown series (404)', async () => {
    const { client } = serveTvdb(server, {});
    await expect(client.getSeriesEpisodes(424242, 'default')).resolves.toBeNull();
  });

  it('stops when a page repeats the previous page, even though links.next says there is more', async () => {
    const { client } = serveTvdb(server, {});
    let calls = 0;
    server.use(
      http.get(`${FAKE_TVDB}/series/7/episodes/official`, () => {
        calls++;
        return HttpResponse.json({
          status: 'success',
          data: { series: { status: { name: 'Continuing' } }, episodes: seasonOf(1, 2, 10) },
          links: { next: `${FAKE_TVDB}/series/7/episodes/official?page=${calls}` },
        });
      }),
    );
    const list = await client.getSeriesEpisodes(7, 'official');
    expect(list?.episodes).toHaveLength(2);
    expect(calls).toBe(2);
  });

  it('stops at an empty page even when links.next is set', async () => {
    const { client } = serveTvdb(server, {});
    const pages = [seasonOf(1, 2, 10), []];
    let calls = 0;
    server.use(
      http.get(`${FAKE_TVDB}/series/8/episodes/official`, () =>
        HttpResponse.json({
          status: 'success',
          data: { series: null, episodes: pages[Math.min(calls++, 1)] },
          links: { next: `${FAKE_TVDB}/series/8/episodes/official?page=${calls}` },
        }),
      ),
    );
    await expect(client.getSeriesEpisodes(8, 'official')).resolves.toMatchObject({ episodes: [{}, {}] });
    expect(calls).toBe(2);
  });

  it('gives up after the page cap on a server that never stops', async () => {
    const { client } = serveTvdb(server, {});
    let calls = 0;
    server.use(
      http.get(`${FAKE_TVDB}/series/9/episodes/official`, () => {
        calls++;
        return HttpResponse.json({
          status: 'success',
          data: { episodes: [tvdbEpisode(calls, 1, calls)] },
          links: { next: 'more' },
        });
      }),
    );
    const list = await client.getSeriesEpisodes(9, 'official');
    expect(calls).toBe(100);
    expect(list?.episodes).toHaveLength(100);
  });

  it('reports a malformed page as a response error naming the path and field', async () => {
    const { client } = serveTvdb(server, {
      series: { 3: { types: { official: [tvdbEpisode(1, 1, 1), tvdbEpisode(2, 1, 2, { id: 'x' })] } } },
    });
    await expect(client.getSeriesEpisodes(3, 'official')).rejects.toMatchObject({
      kind: 'response',
      service: 'tvdb',
      path: '/series/3/episodes/official',
      message: expect.stringContaining('`data.episodes.1.id`'),
    });
  });
});

describe('findSeriesByImdb', () => {
  it('maps an IMDb id to the TVDB series id', async () => {
    const { client, state } = serveTvdb(server, {
      remote: { tt0903747: [{ series: { id: 81189, name: 'Breaking Bad', slug: 'breaking-bad' } }] },
    });
    await expect(client.findSeriesByImdb('tt0903747')).resolves.toBe(81189);
    expect(state.log).toEqual(['/search/remoteid/tt0903747']);
  });

  it('gives null when the id matches only a movie or nothing', async () => {
    const { client } = serveTvdb(server, { remote: { tt0133093: [{ movie: { id: 169 } }] } });
    await expect(client.findSeriesByImdb('tt0133093')).resolves.toBeNull();
    await expect(client.findSeriesByImdb('tt0000001')).resolves.toBeNull();
  });
});
