import { describe, expect, it } from 'vitest';
import { collection, episodeReport, movieReport, show, testApp } from '../test-helpers.js';

describe('GET /api/reports/latest', () => {
  it('is a 404 naming the type before the first scan', async () => {
    const { app } = testApp();
    const res = await app.request('/api/reports/latest?type=movies');
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toContain('No movies report yet');
  });

  it('returns the latest report as JSON', async () => {
    const { app, store } = testApp();
    await store.set(episodeReport());
    const res = await app.request('/api/reports/latest?type=episodes');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(episodeReport());
  });

  it('returns CSV as a download, one row per missing item', async () => {
    const { app, store } = testApp();
    await store.set(
      movieReport([
        collection(8091, 'Alien Collection', [
          [8077, 'Alien³'],
          [8078, '=cmd'],
        ]),
      ]),
    );
    const res = await app.request('/api/reports/latest?type=movies&format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="complexionist-movies-2025-06-01.csv"',
    );
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe('collection,collection_tmdb_id,tmdb_id,title,year,release_date');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Alien³');
    expect(lines[2]).not.toMatch(/,=cmd/);
  });

  it('type=scan returns both reports once both exist, and before that names the one missing', async () => {
    const { app, store } = testApp();
    const none = await app.request('/api/reports/latest?type=scan');
    expect(none.status).toBe(404);
    expect((await none.json()).error.message).toContain('No movies and episodes reports yet');
    await store.set(movieReport());
    const half = await app.request('/api/reports/latest?type=scan');
    expect(half.status).toBe(404);
    expect((await half.json()).error.message).toMatch(/^No episodes report yet/);
    await store.set(episodeReport());
    const body = await (await app.request('/api/reports/latest?type=scan')).json();
    expect(Object.keys(body).sort()).toEqual(['episodes', 'movies']);
  });

  it('leaves out items ignored after the report was made', async () => {
    const { app, store, ignores } = testApp();
    await store.set(
      episodeReport([
        show('Lost', { tvdb: 73739 }, { 1: [1] }),
        show('Heroes', { tvdb: 79501 }, { 1: [1, 2] }),
      ]),
    );
    await ignores.add('shows', '73739');
    await ignores.add('episodes', '79501:S01E02');
    const body = await (await app.request('/api/reports/latest?type=episodes')).json();
    expect(body.shows.map((s: { title: string }) => s.title)).toEqual(['Heroes']);
    expect(body.shows[0].missingCount).toBe(1);
    expect(body.summary).toMatchObject({ showsWithGaps: 1, missingEpisodes: 1 });
  });

  it('a missing or unknown type or format is a 400 naming the parameter', async () => {
    const { app } = testApp();
    for (const [query, field] of [
      ['', 'type'],
      ['?type=music', 'type'],
      ['?type=movies&format=xml', 'format'],
    ]) {
      const res = await app.request(`/api/reports/latest${query}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.field).toBe(field);
    }
  });

  it('a missing type says which types there are', async () => {
    const { app } = testApp();
    const { error } = await (await app.request('/api/reports/latest')).json();
    expect(error.message).toBe('type is required: movies, episodes or scan.');
  });
});

describe('GET /api/reports', () => {
  it('lists which latest reports exist, in brief', async () => {
    const { app, store } = testApp();
    expect(await (await app.request('/api/reports')).json()).toEqual({ movies: null, episodes: null });
    await store.set(movieReport());
    const body = await (await app.request('/api/reports')).json();
    expect(body.episodes).toBeNull();
    expect(body.movies).toEqual({
      generatedAt: '2025-06-01T12:00:00.000Z',
      libraries: ['Movies'],
      summary: movieReport().summary,
    });
  });
});
