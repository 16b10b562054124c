import { describe, expect, it } from 'vitest';
import { createMemoryLibrary } from '../demo/memory-ports.js';
import { ConnectionError } from '../errors.js';
import { combineLibraries } from '../scan/combine-libraries.js';
import { count, items, movie, portsOf, season, show, spy, world } from '../test-support/fakes.js';
import { formatWatchlist } from './format-watchlist.js';
import { scanWatchlist } from './scan-watchlist.js';
import type { WatchlistItem, WatchlistSource } from './watchlist-types.js';

const now = new Date('2024-06-15T12:00:00Z');
const watchlist = (list: WatchlistItem[]): WatchlistSource => ({ listWatchlist: async () => list });
const data = world({
  movies: [movie('Alien', { tmdb: 348 }), movie('Heat', { imdb: 'tt0113277' })],
  shows: [
    show('10', 'Breaking Bad', { tvdb: 81189 }),
    show('20', 'Firefly', { tvdb: 78874 }),
    show('30', 'Not watchlisted', { tvdb: 5 }),
  ],
  episodes: [
    ...items('10', [
      [1, 1],
      [1, 2],
    ]),
    ...items('20', [[1, 1]]),
  ],
  defaultOrderings: { '2': 'tvdbAiring' },
  tmdbMovies: [
    { tmdbId: 949, title: 'Heat', releaseDate: '1995-12-15', imdbId: 'tt0113277', collection: null },
  ],
  tvdbSeries: [
    { tvdbId: 81189, name: 'Breaking Bad', imdbId: null, ended: true, episodes: { default: season(1, 3) } },
    { tvdbId: 78874, name: 'Firefly', imdbId: null, ended: true, episodes: { default: season(1, 1) } },
    { tvdbId: 5, name: 'Not watchlisted', imdbId: null, ended: true, episodes: { default: season(1, 9) } },
    {
      tvdbId: 99,
      name: 'Severance',
      imdbId: 'tt11280740',
      ended: false,
      episodes: { default: season(1, 9) },
    },
  ],
});
const list: WatchlistItem[] = [
  { ratingKey: 'a', type: 'movie', title: 'Alien', ids: { tmdb: 348 } },
  { ratingKey: 'b', type: 'movie', title: 'Heat', ids: { tmdb: 949 } },
  {
    ratingKey: 'c',
    type: 'movie',
    title: 'Aliens',
    year: 1986,
    releaseDate: '1986-07-18',
    ids: { tmdb: 679 },
  },
  { ratingKey: 'd', type: 'show', title: 'Breaking Bad', ids: { tvdb: 81189 } },
  { ratingKey: 'e', type: 'show', title: 'Firefly', ids: { tvdb: 78874 } },
  { ratingKey: 'f', type: 'show', title: 'Severance', ids: { imdb: 'tt11280740' } },
  { ratingKey: 'g', type: 'movie', title: 'Home Video', ids: {} },
];

describe('scanWatchlist', () => {
  it('lists exactly the watchlist items no library owns, comparing only watchlisted shows', async () => {
    const ports = portsOf(data);
    const report = await scanWatchlist({ ...ports, watchlist: watchlist(list) }, { now });
    expect(report.movies.map((m) => m.title)).toEqual(['Aliens']);
    expect(report.shows.map((s) => [s.title, s.owned, s.missingCount, s.tvdbId])).toEqual([
      ['Severance', false, 0, 99],
      ['Breaking Bad', true, 1, 81189],
    ]);
    expect(report.unmatched.map((u) => u.title)).toEqual(['Home Video']);
    expect(report.summary).toMatchObject({ items: 7, owned: 3, missingMovies: 1, showsNotOwned: 1 });
    expect(report.status).toBe('complete');
    // The show not on the watchlist cost no episode list.
    expect(ports.tvdb.calls.filter(([name, id]) => name === 'getSeriesEpisodes' && id === 5)).toEqual([]);
    expect(count(ports.metadata, 'getMovie')).toBe(0);
  });

  it('is partial with a warning when one of two servers cannot be read', async () => {
    const ports = portsOf(data);
    const offline = spy(createMemoryLibrary(world()), {
      listSections: () => Promise.reject(new ConnectionError('Could not reach Plex', { service: 'plex' })),
    });
    const library = combineLibraries([
      { name: 'Tower', library: ports.library },
      { name: 'Annex', library: offline },
    ]);
    const report = await scanWatchlist({ ...ports, library, watchlist: watchlist(list) }, { now });
    expect(report.status).toBe('partial');
    expect(report.warnings.filter((w) => w.code === 'server-unavailable')).toHaveLength(1);
    expect(report.libraryServers?.map((l) => `${l.server}/${l.library}`)).toEqual([
      'Tower/Movies',
      'Tower/TV Shows',
    ]);
  });

  it('is partial with a warning when the watchlist skips an item it cannot read', async () => {
    const skipping: WatchlistSource = {
      listWatchlist: async (options) => {
        options?.onSkippedItem?.('plex.tv answered an item without a title; it was left out.');
        return list;
      },
    };
    const report = await scanWatchlist({ ...portsOf(data), watchlist: skipping }, { now });
    expect(report.status).toBe('partial');
    expect(report.warnings.map((w) => w.code)).toEqual(['malformed-response']);
    expect(report.movies.map((m) => m.title)).toEqual(['Aliens']);
  });

  it('formats as text, json and csv', async () => {
    const report = await scanWatchlist({ ...portsOf(data), watchlist: watchlist(list) }, { now });
    const text = formatWatchlist(report, 'text');
    expect(text).toContain('  - Aliens (1986-07-18)');
    expect(text).toContain('  - Severance: not on your servers');
    expect(text).toContain('  - Breaking Bad: missing 1 episode');
    expect(text).toContain('        - S01E03 - Episode 3');
    expect(JSON.parse(formatWatchlist(report, 'json')).type).toBe('watchlist');
    const csv = formatWatchlist(report, 'csv').split('\r\n');
    expect(csv[0]).toBe(
      'kind,title,year,status,release_date,tmdb_id,tvdb_id,imdb_id,season,episode,episode_title,aired',
    );
    expect(csv).toContain('movie,Aliens,1986,released,1986-07-18,679,,,,,,');
    expect(csv).toContain('show,Severance,,not-owned,,,99,tt11280740,,,,');
    expect(csv).toContain('episode,Breaking Bad,,missing,,,81189,,1,3,Episode 3,2020-01-01');
  });
});
