import { describe, expect, it } from 'vitest';
import { json, testApp } from '../test-helpers.js';

describe('/api/ignores', () => {
  it('adds, lists and removes entries of each kind, normalising values', async () => {
    const { app } = testApp();
    expect(await (await app.request('/api/ignores')).json()).toEqual({
      collections: [],
      movies: [],
      shows: [],
      episodes: [],
    });
    for (const body of [
      { kind: 'collections', value: '8091' },
      { kind: 'movies', value: 8077 },
      { kind: 'shows', value: 'TMDB:1396' },
      { kind: 'shows', value: 'tvdb:81189' },
      { kind: 'episodes', value: '81189:s2e5' },
    ]) {
      expect((await app.request('/api/ignores', json('POST', body))).status).toBe(201);
    }
    expect(await (await app.request('/api/ignores')).json()).toEqual({
      collections: [8091],
      movies: [8077],
      shows: ['tmdb:1396', '81189'],
      episodes: ['81189:S02E05'],
    });
    const res = await app.request('/api/ignores', json('DELETE', { kind: 'movies', value: 8077 }));
    expect(res.status).toBe(200);
    expect((await res.json()).movies).toEqual([]);
  });

  it('adding the same value twice keeps one entry', async () => {
    const { app } = testApp();
    await app.request('/api/ignores', json('POST', { kind: 'movies', value: 1 }));
    const list = await (
      await app.request('/api/ignores', json('POST', { kind: 'movies', value: '1' }))
    ).json();
    expect(list.movies).toEqual([1]);
  });

  for (const [body, field] of [
    [{ kind: 'people', value: 1 }, 'kind'],
    [{ kind: 'movies', value: 'alien' }, 'value'],
    [{ kind: 'shows', value: 'imdb:tt1' }, 'value'],
    [{ kind: 'episodes', value: '81189:season2' }, 'value'],
    [{ kind: 'movies' }, 'value'],
    [{ kind: 'shows', value: '0' }, 'value'],
    [{ kind: 'shows', value: 'tmdb:0' }, 'value'],
    [{ kind: 'episodes', value: '0:S01E02' }, 'value'],
    [{ kind: 'movies', value: 0 }, 'value'],
  ] as const) {
    it(`${JSON.stringify(body)} is a 400 naming ${field}`, async () => {
      const { app } = testApp();
      const res = await app.request('/api/ignores', json('POST', body));
      expect(res.status).toBe(400);
      expect((await res.json()).error.field).toBe(field);
    });
  }
});
