import { describe, expect, it } from 'vitest';
import type { DemoData } from '../demo/demo-data.js';
import { createMemoryLibrary } from '../demo/memory-ports.js';
import { AuthError, ConnectionError } from '../errors.js';
import type { MediaLibrary } from '../ports.js';
import { collection, detailsOf, items, movie, portsOf, season, show, world } from '../test-support/fakes.js';
import { combineLibraries } from './combine-libraries.js';
import { scanEpisodes } from './scan-episodes.js';
import { scanMovies } from './scan-movies.js';

const now = new Date('2024-06-15T12:00:00Z');
const alien = collection(8091, 'Alien Collection', [
  [348, '1979-05-25'],
  [679, '1986-07-18'],
  [8077, '1992-05-22'],
]);
const bb = { tvdb: 81189, tmdb: 1396 };
const tvdbSeries: DemoData['tvdbSeries'] = [
  { tvdbId: 81189, name: 'Breaking Bad', imdbId: null, ended: true, episodes: { default: season(1, 4) } },
];
// Two servers with the same section keys and rating keys: only the server prefix keeps them apart.
const tower = world({
  movies: [movie('Alien', { tmdb: 348 }, { ratingKey: '7' })],
  shows: [show('10', 'Breaking Bad', bb)],
  episodes: items('10', [
    [1, 1],
    [1, 2],
  ]),
  defaultOrderings: { '2': 'tvdbAiring' },
  tmdbMovies: detailsOf([alien]),
  collections: [alien],
  tvdbSeries,
});
const annex = world({
  movies: [movie('Aliens', { tmdb: 679 }, { ratingKey: '7' })],
  shows: [show('10', 'Breaking Bad', bb)],
  episodes: items('10', [[1, 3]]),
  defaultOrderings: { '2': 'tvdbAiring' },
});
const servers = (annexLibrary: MediaLibrary = createMemoryLibrary(annex)) =>
  combineLibraries([
    { name: 'Tower', library: createMemoryLibrary(tower) },
    { name: 'Annex', library: annexLibrary },
  ]);
const down = (error: Error): MediaLibrary => ({
  ...createMemoryLibrary(annex),
  listSections: () => Promise.reject(error),
});

describe('combineLibraries', () => {
  it('lists every server’s sections under its name, with keys that cannot collide', async () => {
    const sections = await servers().listSections();
    expect(sections.map((s) => [s.key, s.title, s.server])).toEqual([
      ['Tower/1', 'Movies', 'Tower'],
      ['Tower/2', 'TV Shows', 'Tower'],
      ['Annex/1', 'Movies', 'Annex'],
      ['Annex/2', 'TV Shows', 'Annex'],
    ]);
  });

  it('counts a film owned only on the second server as owned, and names each library’s server', async () => {
    const { metadata } = portsOf(tower);
    const both = await scanMovies({ library: servers(), metadata }, { now });
    expect(both.collections[0]?.missing.map((m) => m.tmdbId)).toEqual([8077]);
    expect(both.libraryServers).toEqual([
      { library: 'Movies', server: 'Tower' },
      { library: 'Movies', server: 'Annex' },
    ]);
    const towerOnly = await scanMovies(
      { library: servers(), metadata },
      { now, libraries: ['Tower/Movies'] },
    );
    expect(towerOnly.collections[0]?.missing.map((m) => m.tmdbId)).toEqual([679, 8077]);
  });

  it('merges one show’s copies across servers: an episode owned on either is not missing', async () => {
    const { tvdb } = portsOf(tower);
    const report = await scanEpisodes({ library: servers(), tvdb }, { now });
    expect(
      report.shows.map((s) => [s.title, s.seasons.flatMap((x) => x.missing.map((m) => m.episode))]),
    ).toEqual([['Breaking Bad', [4]]]);
    expect(report.summary.showsScanned).toBe(1);
  });

  it('leaves out an unreachable server with a warning and a partial report', async () => {
    const { metadata } = portsOf(tower);
    const offline = new ConnectionError('Could not reach Plex at http://annex:32400', { service: 'plex' });
    const report = await scanMovies({ library: servers(down(offline)), metadata }, { now });
    expect(report.status).toBe('partial');
    expect(report.libraries).toEqual(['Movies']);
    expect(report.warnings.map((w) => w.code)).toEqual(['server-unavailable']);
    expect(report.warnings[0]?.message).toContain('"Annex"');
    expect(report.collections[0]?.missing.map((m) => m.tmdbId)).toEqual([679, 8077]);
  });

  it('fails when no server answers, and stops on a refused token', async () => {
    const offline = new ConnectionError('Could not reach Plex', { service: 'plex' });
    const none = combineLibraries([
      { name: 'Tower', library: down(offline) },
      { name: 'Annex', library: down(offline) },
    ]);
    await expect(none.listSections()).rejects.toBe(offline);
    const refused = new AuthError('Plex rejected the token', { service: 'plex' });
    await expect(servers(down(refused)).listSections()).rejects.toBe(refused);
  });
});
