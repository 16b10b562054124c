import { demoScanner } from '@complexionist/runtime';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { collection, episodeReport, finished, json, movieReport, show, testApp } from '../test-helpers.js';

async function setup() {
  const t = testApp({}, { imdbIds: { 8078: 'tt0118583' } });
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

  it('StevenLu Custom: title, the IMDb id the scanner found and a TMDB poster URL; unknown ids are left out', async () => {
    const { app } = await setup();
    const res = await app.request('/api/lists/radarr?format=stevenlu');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual([
      {
        title: 'Alien Resurrection',
        imdb_id: 'tt0118583',
        poster_url: 'https://image.tmdb.org/t/p/w342/poster-8078.jpg',
      },
    ]);
  });

  it('StevenLu Custom from the demo library carries real IMDb ids', async () => {
    const store = memoryReportStore();
    const app = createApp({ scanner: demoScanner(), store, ignores: memoryIgnoreStore() });
    const { id } = await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json();
    await finished(app, id);
    const list: { title: string; imdb_id: string }[] = await (
      await app.request('/api/lists/radarr?format=stevenlu')
    ).json();
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expect(item.imdb_id).toMatch(/^tt\d+$/);
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
