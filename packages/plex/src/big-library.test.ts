import { describe, expect, it } from 'vitest';
import { useMsw, withFakePms } from './test/msw.js';
import { manyEpisodes, manyMovies, plexShow } from './test/plex-fixtures.js';

const server = useMsw();

// Generous timeouts: building and serving 50,000 fixture items takes seconds on a busy CI machine.
describe('big libraries are read in ⌈N / pageSize⌉ section-wide requests', { timeout: 30_000 }, () => {
  it('a 10,000-movie section takes exactly 20 requests of 500', async () => {
    const { plex, fake } = withFakePms(server, {
      sections: [{ key: '1', title: 'Movies', type: 'movie', items: manyMovies(10_000) }],
    });
    const movies = await plex.listMovies('1');
    expect(movies).toHaveLength(10_000);
    expect(new Set(movies.map((m) => m.ids.tmdb)).size).toBe(10_000);
    expect(fake.count()).toBe(20);
    expect(fake.seen.every((r) => r.path === '/library/sections/1/all')).toBe(true);
  });

  it('a 50,000-episode section takes exactly 100 requests, and nothing per show or season', async () => {
    const episodes = manyEpisodes(50_000);
    const shows = Array.from({ length: 1000 }, (_, i) => plexShow({ ratingKey: String(i + 1) }));
    const { plex, fake } = withFakePms(server, {
      sections: [{ key: '2', title: 'TV', type: 'show', items: [...shows, ...episodes] }],
    });
    const owned = await plex.listEpisodes('2');
    expect(owned).toHaveLength(50_000);
    expect(new Set(owned.map((e) => e.ids.tvdb)).size).toBe(50_000);
    expect(fake.count()).toBe(100);
    expect(fake.seen.every((r) => r.path === '/library/sections/2/all' && r.query.get('type') === '4')).toBe(
      true,
    );
    expect(fake.count('/library/metadata')).toBe(0);

    fake.seen.length = 0;
    expect(await plex.listShows('2')).toHaveLength(1000);
    expect(fake.count()).toBe(2);
  });

  it('a non-default page size is honoured: 10,000 movies in 50 requests of 200', async () => {
    const { plex, fake } = withFakePms(
      server,
      { sections: [{ key: '1', title: 'Movies', type: 'movie', items: manyMovies(10_000) }] },
      { pageSize: 200 },
    );
    expect(await plex.listMovies('1')).toHaveLength(10_000);
    expect(fake.count()).toBe(50);
  });

  it('a server capping pages at 100 still yields every movie', async () => {
    const { plex, fake } = withFakePms(server, {
      sections: [{ key: '1', title: 'Movies', type: 'movie', items: manyMovies(1_050) }],
      maxPageSize: 100,
    });
    expect(await plex.listMovies('1')).toHaveLength(1_050);
    expect(fake.count()).toBe(11);
  });

  it('a server without totalSize is read page by page until a short page', async () => {
    const { plex, fake } = withFakePms(server, {
      sections: [{ key: '1', title: 'Movies', type: 'movie', items: manyMovies(1_100) }],
      omitTotalSize: true,
    });
    expect(await plex.listMovies('1')).toHaveLength(1_100);
    expect(fake.count()).toBe(3);
  });
});
