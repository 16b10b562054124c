import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMsw, withFakePms } from './test/msw.js';
import { movieSection, plexMovie, tvSection } from './test/plex-fixtures.js';

const server = useMsw();

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
      plexMovie({
        ratingKey: '1',
        title: 'The Matrix',
        year: 1999,
        guids: ['imdb://tt0133093', 'tmdb://603'],
      }),
      plexMovie({ ratingKey: '2', title: 'Alien', guid: 'com.plexapp.agents.themoviedb://348?lang=de' }),
      plexMovie({ ratingKey: '3', title: 'Heat', guid: 'com.plexapp.agents.imdb://tt0113277?lang=en' }),
      plexMovie({ ratingKey: '4', title: 'Home Video', guid: 'com.plexapp.agents.none://abc?lang=xn' }),
      plexMovie({ ratingKey: '5', title: 'Local', guid: 'local://5' }),
    ];
    const { plex, fake } = withFakePms(server, { sections: [movieSection(movies)] }, { pageSize: 2 });
    const owned = await plex.listMovies('1');
    expect(owned).toEqual([
      {
        ratingKey: '1',
        title: 'The Matrix',
        year: 1999,
        ids: { imdb: 'tt0133093', tmdb: 603 },
        sectionKey: '1',
      },
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
      'X-Plex-Container-Size': '500',
    });
    expect(request.headers.get('X-Plex-Container-Start')).toBe('0');
    expect(request.headers.get('X-Plex-Container-Size')).toBe('500');
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
            Metadata: [
              {
                ratingKey: 7,
                title: 1917,
                year: '2019',
                type: 'movie',
                somethingNew: { a: 1 },
                Guid: [{ id: 'tmdb://530915' }],
              },
            ],
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
    const { plex } = withFakePms(
      server,
      { sections: [movieSection(movies)] },
      { pageSize: 2, pageConcurrency: 1 },
    );
    const progress: Array<[number, number]> = [];
    await plex.listMovies('1', { onPage: (read, total) => progress.push([read, total]) });
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('an abort during a listing rejects with the signal reason and stops asking for pages', async () => {
    const movies = Array.from({ length: 50 }, (_, i) => plexMovie({ ratingKey: String(i + 1) }));
    const { plex, fake } = withFakePms(
      server,
      { sections: [movieSection(movies)] },
      { pageSize: 5, pageConcurrency: 1 },
    );
    const controller = new AbortController();
    const reading = plex.listMovies('1', {
      signal: controller.signal,
      onPage: (read) => {
        if (read === 10) controller.abort(new DOMException('Ctrl-C', 'AbortError'));
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError', message: 'Ctrl-C' });
    expect(fake.count()).toBe(2);
  });

  it('an unreadable item is left out with a warning naming the path, the field and the title', async () => {
    // What a broken proxy might send: an item without a usable ratingKey.
    const broken = {
      ...plexMovie({ ratingKey: '2', title: 'Broken', guids: ['tmdb://2'] }),
      ratingKey: null,
    } as unknown as ReturnType<typeof plexMovie>;
    const movies = [
      plexMovie({ ratingKey: '1', title: 'Alien', guids: ['tmdb://348'] }),
      broken,
      plexMovie({ ratingKey: '3', title: 'Aliens', guids: ['tmdb://679'] }),
      plexMovie({ ratingKey: '4', title: 'Heat', guids: ['tmdb://949'] }),
      plexMovie({ ratingKey: '5', title: 'Ronin', guids: ['tmdb://8195'] }),
    ];
    const { plex, fake } = withFakePms(server, { sections: [movieSection(movies)] }, { pageSize: 2 });
    const skipped: string[] = [];
    const owned = await plex.listMovies('1', { onSkippedItem: (message) => skipped.push(message) });
    expect(owned.map((m) => m.title)).toEqual(['Alien', 'Aliens', 'Heat', 'Ronin']);
    expect(fake.count()).toBe(3);
    expect(skipped).toEqual([
      expect.stringMatching(
        /^Plex sent an unexpected response for \/library\/sections\/1\/all \(HTTP 200\): field `MediaContainer\.Metadata\[1\]\.ratingKey`: .+\. The item "Broken" was left out\.$/,
      ),
    ]);
  });

  it('without onSkippedItem an item without a ratingKey fails the listing, naming the field', async () => {
    const { plex } = withFakePms(server, { sections: [] });
    server.use(
      http.get('http://plex.test:32400/library/sections/1/all', () =>
        HttpResponse.json({
          MediaContainer: { size: 1, totalSize: 1, offset: 0, Metadata: [{ title: 'x' }] },
        }),
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
