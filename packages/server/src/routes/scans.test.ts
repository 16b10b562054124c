import { AuthError } from '@complexionist/core';
import { demoScanner } from '@complexionist/runtime';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { collection, finished, json, movieReport, testApp } from '../test-helpers.js';

const start = (app: ReturnType<typeof testApp>['app'], body: unknown) =>
  app.request('/api/scans', json('POST', body));

/** An app scanning the demo library (Movies, TV Shows, Music) whose store holds an earlier movie report. */
function demoApp() {
  const store = memoryReportStore({
    movies: movieReport([collection(1, 'Saved Collection', [[8077, 'Alien³']])]),
  });
  return { app: createApp({ scanner: demoScanner(), store, ignores: memoryIgnoreStore() }), store };
}

describe('POST /api/scans and GET /api/scans/:id', () => {
  it('answers 202 with a job id at once, then shows progress, then the report', async () => {
    const { app, fake, store } = testApp({}, { hold: true });
    const res = await start(app, { type: 'movies' });
    expect(res.status).toBe(202);
    const { id, status } = (await res.json()) as { id: string; status: string };
    expect(status).toBe('running');
    expect(res.headers.get('location')).toBe(`/api/scans/${id}`);

    const scan = await fake.next();
    scan.run.onProgress({ scan: 'movies', phase: 'collections', done: 3, total: 7 });
    const running = await (await app.request(`/api/scans/${id}`)).json();
    expect(running).toMatchObject({
      id,
      type: 'movies',
      status: 'running',
      progress: { phase: 'collections', done: 3, total: 7 },
    });
    expect(running.report).toBeUndefined();

    scan.release();
    await finished(app, id);
    const done = await (await app.request(`/api/scans/${id}`)).json();
    expect(done.status).toBe('done');
    expect(done.report.type).toBe('movies');
    expect(done.report.collections[0].name).toBe('Alien Collection');
    expect(await store.get('movies')).toMatchObject({ type: 'movies' });
  });

  it('a request equal to a running scan joins it instead of starting another', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const first = await (
      await start(app, { type: 'scan', libraries: ['Movies', 'TV Shows'], options: { includeFuture: true } })
    ).json();
    const second = await (
      await start(app, { type: 'scan', libraries: ['tv shows', 'MOVIES'], options: { includeFuture: true } })
    ).json();
    expect(second).toEqual({ id: first.id, status: 'running', joined: true });
    const other = await (
      await start(app, { type: 'scan', libraries: ['Movies'], options: { includeFuture: false } })
    ).json();
    expect(other.id).not.toBe(first.id);
    expect(other.status).toBe('queued');
    // The one running job's two halves, and nothing for the request that joined it.
    expect(fake.calls.map((c) => c.kind)).toEqual(['movies', 'episodes']);
  });

  it('a scan runs its movie and episode halves at once, showing the movie half, then the rest', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await start(app, { type: 'scan' })).json();
    const movies = await fake.next();
    const episodes = await fake.next();
    expect([movies.kind, episodes.kind]).toEqual(['movies', 'episodes']);
    const progress = async () => (await (await app.request(`/api/scans/${id}`)).json()).progress;

    movies.run.onProgress({ scan: 'movies', phase: 'movies', done: 10, total: 100 });
    episodes.run.onProgress({ scan: 'episodes', phase: 'episodes', done: 5, total: 50 });
    expect(await progress()).toMatchObject({ scan: 'movies', done: 10, total: 100 });

    movies.run.onProgress({ scan: 'movies', phase: 'done', done: 1, total: 1 });
    movies.release();
    expect(await progress()).toMatchObject({ scan: 'episodes', done: 5, total: 50 });
    episodes.run.onProgress({ scan: 'episodes', phase: 'episodes', done: 6, total: 50 });
    expect(await progress()).toMatchObject({ scan: 'episodes', done: 6 });

    episodes.release();
    await finished(app, id);
    const done = await (await app.request(`/api/scans/${id}`)).json();
    expect(done.report.movies.type).toBe('movies');
    expect(done.report.episodes.type).toBe('episodes');
  });

  it('when one half of a scan fails the other is stopped and the job fails with the first error', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await start(app, { type: 'scan' })).json();
    const movies = await fake.next();
    const episodes = await fake.next();
    movies.fail(new AuthError('TMDB rejected the API key (HTTP 401).', { service: 'tmdb' }));
    await finished(app, id);
    expect(episodes.run.signal.aborted).toBe(true);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error.message).toContain('TMDB rejected the API key');
  });

  it('runs one scan at a time: a second scan waits, then runs', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const a = await (await start(app, { type: 'movies' })).json();
    const b = await (await start(app, { type: 'episodes' })).json();
    expect((await (await app.request(`/api/scans/${b.id}`)).json()).progress.phase).toBe('queued');
    (await fake.next()).release();
    await finished(app, a.id);
    (await fake.next()).release();
    await finished(app, b.id);
    expect((await (await app.request(`/api/scans/${b.id}`)).json()).status).toBe('done');
  });

  it('a scan hands its libraries and the ignore list to both halves, each reading only its own type', async () => {
    const { app, fake, ignores } = testApp();
    await ignores.add('movies', 8077);
    const { id } = await (
      await start(app, {
        type: 'scan',
        libraries: ['movies', 'TV Shows'],
        options: { includeSpecials: true, minOwned: 2 },
      })
    ).json();
    await finished(app, id);
    const [movies, episodes] = fake.calls;
    expect(movies?.options).toMatchObject({ libraries: ['movies', 'TV Shows'], minOwned: 2 });
    expect(movies?.options).toMatchObject({ ignore: { movies: [8077] } });
    expect(movies?.options).not.toHaveProperty('includeSpecials');
    expect(episodes?.options).toMatchObject({ libraries: ['movies', 'TV Shows'], includeSpecials: true });
    expect([movies?.run.whenNoLibraryOfType, episodes?.run.whenNoLibraryOfType]).toEqual(['empty', 'empty']);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(Object.keys(job.report).sort()).toEqual(['episodes', 'movies']);
  });

  it('a movies or episodes scan fails on a library of the other type, keeping the latest report', async () => {
    const { app, store } = demoApp();
    const { id } = await (await start(app, { type: 'movies', libraries: ['TV Shows'] })).json();
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('usage');
    expect(job.error.message).toContain('"TV Shows"');
    expect((await store.get('movies'))?.collections[0]?.name).toBe('Saved Collection');
  });

  it('a scan given only TV libraries returns both halves and keeps the latest movie report', async () => {
    const { app, store } = demoApp();
    const { id } = await (await start(app, { type: 'scan', libraries: ['TV Shows'] })).json();
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job.status).toBe('done');
    expect(job.report.movies).toMatchObject({ type: 'movies', libraries: [], collections: [] });
    expect(job.report.episodes.libraries).toEqual(['TV Shows']);
    expect((await store.get('movies'))?.collections[0]?.name).toBe('Saved Collection');
    expect((await store.get('episodes'))?.libraries).toEqual(['TV Shows']);
    expect(await (await app.request('/api/lists/radarr')).json()).toEqual([{ id: 8077, title: 'Alien³' }]);
  });

  it('an unknown library fails the job listing the libraries, with a hint in API terms', async () => {
    const { app } = demoApp();
    const { id } = await (await start(app, { type: 'scan', libraries: ['Films'] })).json();
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('usage');
    expect(job.error.message).toContain('"Films"');
    expect(job.error.message).toContain('"Movies"');
    expect(job.error.hint).toContain('"libraries"');
    expect(job.error.hint).not.toContain('--library');
  });

  it('a scan that meets bad credentials fails with the service message and no secret', async () => {
    const { app, fake } = testApp({ secrets: ['plex-token-123456'] }, { hold: true });
    const { id } = await (await start(app, { type: 'movies' })).json();
    (await fake.next()).fail(
      new AuthError('Plex rejected the token plex-token-123456 (HTTP 401).', {
        service: 'plex',
        hint: 'run `complexionist auth plex --login`',
      }),
    );
    await finished(app, id);
    const text = await (await app.request(`/api/scans/${id}`)).text();
    expect(JSON.parse(text).error).toMatchObject({
      code: 'auth',
      service: 'plex',
      hint: 'run `complexionist auth plex --login`',
    });
    expect(text).not.toContain('plex-token-123456');
  });

  it('an unexpected failure shows a generic message and logs the detail without secrets', async () => {
    const { app, fake, logger } = testApp({ secrets: ['sekrit-value'] }, { hold: true });
    const { id } = await (await start(app, { type: 'movies' })).json();
    (await fake.next()).fail(new TypeError('boom at https://x/?token=sekrit-value'));
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job.error).toEqual({
      code: 'internal',
      message: 'The scan failed unexpectedly (see the server log).',
    });
    expect(logger.lines.join('\n')).toContain('boom at https://x/?token=***');
    expect(logger.lines.join('\n')).not.toContain('sekrit-value');
  });

  it('DELETE cancels a running scan; the job ends as failed with code cancelled', async () => {
    const { app, fake } = testApp({}, { hold: true });
    const { id } = await (await start(app, { type: 'movies' })).json();
    const scan = await fake.next();
    const res = await app.request(`/api/scans/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(202);
    await finished(app, id);
    expect(scan.run.signal.aborted).toBe(true);
    expect((await (await app.request(`/api/scans/${id}`)).json()).error.code).toBe('cancelled');
    expect((await app.request(`/api/scans/${id}`, { method: 'DELETE' })).status).toBe(409);
  });

  it('GET /api/scans lists jobs newest first without their reports', async () => {
    const { app } = testApp();
    const a = await (await start(app, { type: 'movies' })).json();
    await finished(app, a.id);
    const b = await (await start(app, { type: 'episodes' })).json();
    await finished(app, b.id);
    const { scans } = await (await app.request('/api/scans')).json();
    expect(scans.map((s: { id: string }) => s.id)).toEqual([b.id, a.id]);
    expect(scans[0]).not.toHaveProperty('report');
  });

  it('an unknown job id is a JSON 404', async () => {
    const { app } = testApp();
    for (const path of ['/api/scans/nope', '/api/scans/nope/events']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not-found');
    }
  });
});

describe('scan request validation', () => {
  const cases: [string, unknown, string][] = [
    ['a missing type', {}, 'type'],
    ['an unknown type', { type: 'music' }, 'type'],
    ['a library that is not a string', { type: 'movies', libraries: [3] }, 'libraries.0'],
    ['an option of the wrong type', { type: 'movies', options: { minOwned: 'two' } }, 'options.minOwned'],
    [
      'an option another scan type takes',
      { type: 'movies', options: { includeSpecials: true } },
      'options.includeSpecials',
    ],
    ['an unknown field', { type: 'movies', library: 'Movies' }, 'library'],
    [
      'a bad episode source',
      { type: 'episodes', options: { episodeSource: 'imdb' } },
      'options.episodeSource',
    ],
  ];
  for (const [name, body, field] of cases) {
    it(`${name} is a 400 naming ${field}`, async () => {
      const { app, fake } = testApp();
      const res = await start(app, body);
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.field).toBe(field);
      expect(error.message).toContain(field.split('.').at(-1));
      expect(fake.calls).toHaveLength(0);
    });
  }

  const sentences: [string, RequestInit, string][] = [
    ['a missing type', json('POST', {}), 'type is required: movies, episodes or scan.'],
    [
      'an option of another scan type',
      json('POST', { type: 'movies', options: { includeSpecials: true } }),
      'includeSpecials applies to episodes and scan, not movies.',
    ],
    [
      'a number out of range',
      json('POST', { type: 'movies', options: { minOwned: -1 } }),
      'options.minOwned must be at least 0, not -1.',
    ],
    [
      "a number over the option table's bound",
      json('POST', { type: 'movies', options: { minCollectionSize: 1001 } }),
      'options.minCollectionSize must be at most 1000, not 1001.',
    ],
    [
      'an episode source outside its choices',
      json('POST', { type: 'episodes', options: { episodeSource: 'imdb' } }),
      'options.episodeSource must be auto, tvdb or tmdb, not "imdb".',
    ],
    [
      'a JSON body without Content-Type',
      { method: 'POST', body: JSON.stringify({ type: 'movies' }) },
      'The body was not read as JSON: send Content-Type: application/json.',
    ],
  ];
  for (const [name, init, message] of sentences) {
    it(`${name} is explained in a plain sentence`, async () => {
      const { app, fake } = testApp();
      const res = await app.request('/api/scans', init);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toBe(message);
      expect(fake.calls).toHaveLength(0);
    });
  }

  it('malformed JSON is a 400 JSON error naming the body', async () => {
    const { app } = testApp();
    const res = await app.request('/api/scans', {
      method: 'POST',
      body: '{"type":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await res.json()).error).toMatchObject({ code: 'usage', field: 'body' });
  });
});

describe('request size', () => {
  it('a body over 64 KiB is refused with 413', async () => {
    const { app } = testApp();
    const res = await start(app, { type: 'movies', libraries: ['x'.repeat(70_000)] });
    expect(res.status).toBe(413);
    expect((await res.json()).error.field).toBe('body');
  });
});
