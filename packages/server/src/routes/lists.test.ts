import { describe, expect, it } from 'vitest';
import { collection, episodeReport, movieReport, show, testApp } from '../test-helpers.js';

async function setup() {
  const t = testApp();
  await t.store.set(
    movieReport([
      collection(8091, 'Alien Collection', [
        [8077, 'Alien³'],
        [8078, 'Alien Resurrection'],
      ]),
      collection(1, 'Crossover', [[8077, 'Alien³']]),
    ]),
  );
  await t.store.set(
    episodeReport([
      show('Breaking Bad', { tvdb: 81189, tmdb: 1396, imdb: 'tt0903747' }, { 2: [5] }),
      show('Only On TMDB', { tmdb: 42 }, { 1: [1] }),
    ]),
  );
  return t;
}

describe('*arr import lists', () => {
  it('Radarr Custom Lists: each missing movie once as {id, title}, as application/json', async () => {
    const { app } = await setup();
    const res = await app.request('/api/lists/radarr');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-type')).not.toContain('text/json');
    expect(await res.json()).toEqual([
      { id: 8077, title: 'Alien³' },
      { id: 8078, title: 'Alien Resurrection' },
    ]);
  });

  it('StevenLu Custom: title, imdb_id (null when unknown) and a TMDB poster URL', async () => {
    const { app } = await setup();
    const res = await app.request('/api/lists/radarr?format=stevenlu');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json())[0]).toEqual({
      title: 'Alien³',
      imdb_id: null,
      poster_url: 'https://image.tmdb.org/t/p/w342/poster-8077.jpg',
    });
  });

  it('Sonarr Custom List: shows with gaps with the ids they have', async () => {
    const { app } = await setup();
    const res = await app.request('/api/lists/sonarr');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual([
      { title: 'Breaking Bad', tvdbId: 81189, tmdbId: 1396, imdbId: 'tt0903747' },
      { title: 'Only On TMDB', tmdbId: 42 },
    ]);
  });

  it('ignored items leave the lists at once', async () => {
    const { app, ignores } = await setup();
    await ignores.add('movies', 8077);
    await ignores.add('shows', '81189');
    expect(await (await app.request('/api/lists/radarr')).json()).toEqual([
      { id: 8078, title: 'Alien Resurrection' },
    ]);
    expect(await (await app.request('/api/lists/sonarr')).json()).toEqual([
      { title: 'Only On TMDB', tmdbId: 42 },
    ]);
  });

  it('before the first scan every list is an empty array (not an error the *arr apps would log)', async () => {
    const { app } = testApp();
    for (const path of ['/api/lists/radarr', '/api/lists/radarr?format=stevenlu', '/api/lists/sonarr']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([]);
    }
  });

  it('an unknown format is a 400 naming it', async () => {
    const { app } = testApp();
    const res = await app.request('/api/lists/radarr?format=trakt');
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('format');
  });
});
