import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { plexEpisode, plexMovie, plexShow } from './test/plex-fixtures.js';
import { useMsw, withFakePms } from './test/msw.js';

const server = useMsw();

const movieSection = (items: ReturnType<typeof plexMovie>[]) => ({
  key: '1',
  title: 'Movies',
  type: 'movie' as const,
  agent: 'tv.plex.agents.movie',
  items,
});
const tvSection = (items: Array<Record<string, unknown> & { ratingKey: string; type: string }>, prefs?: Array<Record<string, unknown>>) => ({
  key: '2',
  title: 'TV Shows',
  type: 'show' as const,
  agent: 'tv.plex.agents.series',
  items,
  ...(prefs ? { prefs } : {}),
});

describe('listSections', () => {
  it('maps movie and show sections and marks the rest as other', async () => {
    const { plex } = withFakePms(server, {
      sections: [
        movieSection([]),
        tvSection([]),
        { key: '3', title: 'Music', type: 'artist', agent: 'tv.plex.agents.music', items: [] },
      ],
    });
    expect(await plex.listSections()).toEqual([
      { key: '1', title: 'Movies', type: 'movie', agent: 'tv.plex.agents.movie' },
      { key: '2', title: 'TV Shows', type: 'show', agent: 'tv.plex.agents.series' },
      { key: '3', title: 'Music', type: 'other', agent: 'tv.plex.agents.music' },
    ]);
  });
});

describe('listMovies', () => {
  it('reads new and legacy agents mixed in one library, across several pages', async () => {
    const movies = [
      plexMovie({ ratingKey: '1', title: 'The Matrix', year: 1999, guids: ['imdb://tt0133093', 'tmdb://603'] }),
      plexMovie({ ratingKey: '2', title: 'Alien', guid: 'com.plexapp.agents.themoviedb://348?lang=de' }),
      plexMovie({ ratingKey: '3', title: 'Heat', guid: 'com.plexapp.agents.imdb://tt0113277?lang=en' }),
      plexMovie({ ratingKey: '4', title: 'Home Video', guid: 'com.plexapp.agents.none://abc?lang=xn' }),
      plexMovie({ ratingKey: '5', title: 'Local', guid: 'local://5' }),
    ];
    const { plex, fake } = withFakePms(server, { sections: [movieSection(movies)] }, { pageSize: 2 });
    const owned = await plex.listMovies('1');
    expect(owned).toEqual([
      { ratingKey: '1', title: 'The Matrix', year: 1999, ids: { imdb: 'tt0133093', tmdb: 603 }, sectionKey: '1' },
      { ratingKey: '2', title: 'Alien', ids: { tmdb: 348 }, sectionKey: '1' },
      { ratingKey: '3', title: 'Heat', ids: { imdb: 'tt0113277' }, sectionKey: '1' },
      { ratingKey: '4', title: 'Home Video', ids: {}, sectionKey: '1' },
      { ratingKey: '5', title: 'Local', ids: {}, sectionKey: '1' },
    ]);
    expect(fake.count('/library/sections/1/all')).toBe(3);
  });

  it('asks for type=1 with includeGuids=1, JSON, and paging as both query and headers', async () => {
    const { plex, fake } = withFakePms(server, { sections: [movieSection([plexMovie({ ratingKey: '1' })])] });
    await plex.listMovies('1');
    const request = fake.seen.find((r) => r.path === '/library/sections/1/all')!;
    expect(Object.fromEntries(request.query)).toMatchObject({
      type: '1',
      includeGuids: '1',
      'X-Plex-Container-Start': '0',
      'X-Plex-Container-Size': '200',
    });
    expect(request.headers.get('X-Plex-Container-Start')).toBe('0');
    expect(request.headers.get('X-Plex-Container-Size')).toBe('200');
    expect(request.headers.get('Accept')).toBe('application/json');
    expect(request.headers.get('X-Plex-Client-Identifier')).toBe('test-client');
    expect(request.headers.get('X-Plex-Product')).toBe('ComPlexionist');
    expect(request.headers.get('X-Plex-Version')).toBeTruthy();
  });

  it('accepts numbers sent as strings and ignores unknown fields', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    server.use(
      http.get('http://plex.test:32400/library/sections/1/all', () =>
        HttpResponse.json({
          MediaContainer: {
            size: '1',
            totalSize: '1',
            offset: '0',
            librarySectionID: '1',
            Metadata: [{ ratingKey: 7, title: 1917, year: '2019', type: 'movie', somethingNew: { a: 1 }, Guid: [{ id: 'tmdb://530915' }] }],
          },
        }),
      ),
    );
    expect(await plex.listMovies('1')).toEqual([
      { ratingKey: '7', title: '1917', year: 2019, ids: { tmdb: 530915 }, sectionKey: '1' },
    ]);
  });

  it('a page without a Metadata key is an empty page', async () => {
    const { plex } = withFakePms(server, { sections: [movieSection([])] });
    expect(await plex.listMovies('1')).toEqual([]);
  });

  it('reports progress per page', async () => {
    const movies = Array.from({ length: 5 }, (_, i) => plexMovie({ ratingKey: String(i + 1) }));
    const { plex } = withFakePms(server, { sections: [movieSection(movies)] }, { pageSize: 2, pageConcurrency: 1 });
    const progress: Array<[number, number]> = [];
    await plex.listMovies('1', { onPage: (read, total) => progress.push([read, total]) });
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('an item without a ratingKey is a response error naming the field', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    server.use(
      http.get('http://plex.test:32400/library/sections/1/all', () =>
        HttpResponse.json({ MediaContainer: { size: 1, totalSize: 1, offset: 0, Metadata: [{ title: 'x' }] } }),
      ),
    );
    await expect(plex.listMovies('1')).rejects.toMatchObject({
      kind: 'response',
      service: 'plex',
      message: expect.stringContaining('Metadata[0].ratingKey'),
    });
  });

  it('an unknown section is a response error that names it', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    await expect(plex.listMovies('9')).rejects.toMatchObject({
      kind: 'response',
      status: 404,
      message: expect.stringContaining('no library section with key "9"'),
    });
  });
});

describe('listShows', () => {
  it('passes showOrdering through, drops an empty one, and reports conflicting tvdb ids', async () => {
    const shows = [
      plexShow({ ratingKey: '10', title: 'Game of Thrones', year: 2011, guids: ['tvdb://121361', 'tmdb://1399', 'tvdb://999'] }),
      plexShow({ ratingKey: '11', title: 'Cowboy Bebop', guid: 'com.plexapp.agents.hama://tvdb-76885?lang=en', showOrdering: 'absolute' }),
      plexShow({ ratingKey: '12', title: 'Breaking Bad', guid: 'com.plexapp.agents.thetvdb://81189?lang=en', showOrdering: '' }),
      plexShow({ ratingKey: '13', title: 'Unmatched', guid: 'local://13' }),
    ];
    const { plex, fake } = withFakePms(server, { sections: [tvSection(shows)] });
    expect(await plex.listShows('2')).toEqual([
      { ratingKey: '10', title: 'Game of Thrones', year: 2011, ids: { tvdb: 121361, tmdb: 1399 }, conflictingTvdbIds: [999], sectionKey: '2' },
      { ratingKey: '11', title: 'Cowboy Bebop', ids: { tvdb: 76885 }, ordering: 'absolute', sectionKey: '2' },
      { ratingKey: '12', title: 'Breaking Bad', ids: { tvdb: 81189 }, sectionKey: '2' },
      { ratingKey: '13', title: 'Unmatched', ids: {}, sectionKey: '2' },
    ]);
    expect(fake.seen[0]?.query.get('type')).toBe('2');
  });
});

describe('listEpisodes', () => {
  const episodes = [
    plexShow({ ratingKey: '10' }),
    plexEpisode({ ratingKey: '101', show: '10', season: 1, episode: 1, guids: ['imdb://tt1480055', 'tmdb://63056', 'tvdb://3254641'] }),
    plexEpisode({ ratingKey: '102', show: '10', season: 0, episode: 1, title: 'Special' }),
    // One file holding S01E02-E03: two items sharing one Part.file.
    plexEpisode({ ratingKey: '103', show: '10', season: 1, episode: 2, files: ['/tv/Show - S01E02-E03.mkv'] }),
    plexEpisode({ ratingKey: '104', show: '10', season: 1, episode: 3, files: ['/tv/Show - S01E02-E03.mkv'] }),
    // Hidden seasons: no parentKey / parentRatingKey.
    plexEpisode({ ratingKey: '201', show: '20', season: 1, episode: 5, hiddenSeason: true }),
    // Date-based episode: no index.
    plexEpisode({ ratingKey: '301', show: '30', season: 2024, files: ['/tv/a.mkv', '/tv/a-4k.mkv'] }),
  ];

  it('reads every episode of the section with show key, season, episode, files and episode ids', async () => {
    const { plex, fake } = withFakePms(server, { sections: [tvSection(episodes)] }, { pageSize: 4 });
    const owned = await plex.listEpisodes('2');
    expect(owned).toEqual([
      { showRatingKey: '10', season: 1, episode: 1, files: [expect.stringContaining('S01E01')], ids: { imdb: 'tt1480055', tmdb: 63056, tvdb: 3254641 } },
      { showRatingKey: '10', season: 0, episode: 1, files: [expect.stringContaining('S00E01')], ids: {} },
      { showRatingKey: '10', season: 1, episode: 2, files: ['/tv/Show - S01E02-E03.mkv'], ids: {} },
      { showRatingKey: '10', season: 1, episode: 3, files: ['/tv/Show - S01E02-E03.mkv'], ids: {} },
      { showRatingKey: '20', season: 1, episode: 5, files: [expect.stringContaining('S01E05')], ids: {} },
      { showRatingKey: '30', season: 2024, files: ['/tv/a.mkv', '/tv/a-4k.mkv'], ids: {} },
    ]);
    expect(fake.seen.every((r) => r.path === '/library/sections/2/all' && r.query.get('type') === '4')).toBe(true);
    expect(fake.seen).toHaveLength(2);
  });

  it("a legacy episode guid names the series, so it never becomes the episode's ids", async () => {
    const legacy = plexEpisode({ ratingKey: '1', show: '10', season: 1, episode: 2, guid: 'com.plexapp.agents.thetvdb://81189/1/2?lang=en' });
    const { plex } = withFakePms(server, { sections: [tvSection([legacy])] });
    expect((await plex.listEpisodes('2'))[0]?.ids).toEqual({});
  });
});

describe('getDefaultOrdering', () => {
  it('reads the showOrdering pref value', async () => {
    const { plex } = withFakePms(server, {
      sections: [tvSection([], [{ id: 'showOrdering', value: 'aired', default: 'tmdbAiring', type: 'text' }])],
    });
    expect(await plex.getDefaultOrdering('2')).toBe('aired');
  });

  it('falls back to the pref default when the value is empty', async () => {
    const { plex } = withFakePms(server, {
      sections: [tvSection([], [{ id: 'showOrdering', value: '', default: 'tmdbAiring' }])],
    });
    expect(await plex.getDefaultOrdering('2')).toBe('tmdbAiring');
  });

  it('is null when the section has no showOrdering pref (e.g. a movie section)', async () => {
    const { plex } = withFakePms(server, {
      sections: [tvSection([], [{ id: 'enableCinemaTrailers', value: true, default: true }])],
    });
    expect(await plex.getDefaultOrdering('2')).toBeNull();
  });
});

describe('identity and checkToken', () => {
  it('identity reads /identity without needing a valid token', async () => {
    const { fake } = withFakePms(server, { sections: [], machineIdentifier: 'abc123' });
    const { createPlexClient } = await import('./plex-client.js');
    const plex = createPlexClient({ url: fake.url, token: 'wrong' });
    expect(await plex.identity()).toEqual({ machineIdentifier: 'abc123', version: '1.41.3.9314-a0bfb8370' });
  });

  it('checkToken resolves for a good token', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    await expect(plex.checkToken()).resolves.toBeUndefined();
  });

  it('sends the token as a header, never in the URL', async () => {
    const { plex, fake } = withFakePms(server, { sections: [] });
    await plex.checkToken();
    expect(fake.seen[0]?.headers.get('X-Plex-Token')).toBe(fake.token);
    expect(fake.seen[0]?.query.has('X-Plex-Token')).toBe(false);
  });

  it('stats count the requests sent', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    await plex.listSections();
    await plex.checkToken();
    expect(plex.stats()).toMatchObject({ service: 'plex', requests: 2 });
  });
});
