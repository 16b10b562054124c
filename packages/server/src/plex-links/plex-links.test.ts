import { createPlexClient } from '@complexionist/plex';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finished, json, testApp } from '../test-helpers.js';
import { readPlexLinks } from './plex-links.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
});
afterAll(() => fakes.close());

describe('links to shows in Plex', () => {
  it('reads the machine identifier and the ratingKey of each show of the named libraries', async () => {
    const world = smallWorld();
    const client = createPlexClient({ url: fakes.plexUrl, token: fakes.plexToken });
    const sections = await client.listSections();
    const tv = sections.filter((s) => s.type === 'show').map((s) => s.title);
    const links = await readPlexLinks(client, tv);
    expect(links.machineIdentifier).toBe(world.plex.machineIdentifier);
    const shows = (
      await Promise.all(sections.filter((s) => s.type === 'show').map((s) => client.listShows(s.key)))
    ).flat();
    const withTvdb = shows.find((s) => s.ids.tvdb !== undefined);
    expect(withTvdb && links.shows[String(withTvdb.ids.tvdb)]).toBe(withTvdb?.ratingKey);
    // A library the report did not scan is not read.
    expect(links.movies).toEqual({});
    expect(await readPlexLinks(client, [])).toEqual({
      machineIdentifier: world.plex.machineIdentifier,
      shows: {},
      movies: {},
    });
  });

  it('reads the ratingKey of each film of the named movie libraries by its TMDB id', async () => {
    const client = createPlexClient({ url: fakes.plexUrl, token: fakes.plexToken });
    const sections = await client.listSections();
    const movieSections = sections.filter((s) => s.type === 'movie');
    const links = await readPlexLinks(
      client,
      movieSections.map((s) => s.title),
    );
    const films = (await Promise.all(movieSections.map((s) => client.listMovies(s.key)))).flat();
    const withTmdb = films.filter((m) => m.ids.tmdb !== undefined);
    expect(withTmdb.length).toBeGreaterThan(0);
    // A film in two libraries links to the first copy listed.
    for (const film of withTmdb) {
      const first = withTmdb.find((m) => m.ids.tmdb === film.ids.tmdb);
      expect(links.movies[String(film.ids.tmdb)]).toBe(first?.ratingKey);
    }
    expect(Object.keys(links.movies)).toHaveLength(new Set(withTmdb.map((m) => m.ids.tmdb)).size);
    expect(links.shows).toEqual({});
  });

  it('are served for the latest reports, read once per pair of reports, and empty without Plex', async () => {
    let reads = 0;
    const source = async (libraries: readonly string[]) => {
      reads++;
      const scanned = libraries.join(',');
      return {
        machineIdentifier: 'machine-1',
        shows: { '81189': `rk-${scanned}` },
        movies: { '348': `m-${scanned}` },
      };
    };
    const empty = { machineIdentifier: null, shows: {}, movies: {} };
    const { app } = testApp({ plexLinks: () => source });
    expect(await (await app.request('/api/plex/links')).json()).toEqual(empty);
    const episodes = await (await app.request('/api/scans', json('POST', { type: 'episodes' }))).json();
    await finished(app, episodes.id);
    const first = await (await app.request('/api/plex/links')).json();
    expect(first).toMatchObject({ machineIdentifier: 'machine-1', shows: { '81189': 'rk-TV Shows' } });
    await app.request('/api/plex/links');
    expect(reads).toBe(1);
    // A movie report adds its libraries: the links are read again, over both.
    const movies = await (await app.request('/api/scans', json('POST', { type: 'movies' }))).json();
    await finished(app, movies.id);
    const both = await (await app.request('/api/plex/links')).json();
    expect(both).toEqual({
      machineIdentifier: 'machine-1',
      shows: { '81189': 'rk-Movies,TV Shows' },
      movies: { '348': 'm-Movies,TV Shows' },
    });
    expect(reads).toBe(2);
    expect(await (await testApp().app.request('/api/plex/links')).json()).toEqual(empty);
  });
});
