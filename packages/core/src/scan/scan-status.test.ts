import { describe, expect, it } from 'vitest';
import { ConnectionError, RateLimitError, ResponseError } from '../errors.js';
import type { ListOptions } from '../ports.js';
import {
  collection,
  detailsOf,
  items,
  movie,
  portsOf,
  season,
  show,
  spy,
  world,
} from '../test-support/fakes.js';
import { ScanFailedError } from './failure-share.js';
import { scanEpisodes } from './scan-episodes.js';
import { scanMovies } from './scan-movies.js';

const now = new Date('2024-06-15T12:00:00Z');
const alien = collection(8091, 'Alien Collection', [
  [348, '1979-05-25'],
  [679, '1986-07-18'],
]);
const matrix = collection(2344, 'The Matrix Collection', [
  [603, '1999-03-30'],
  [604, '2003-05-15'],
]);
const kids = collection(10, 'Kids Collection', [
  [11, '2001-01-01'],
  [12, '2002-01-01'],
]);

/** Two movie sections: "Movies" (key 1) and "Kids" (key 3). */
const movieWorld = () =>
  world({
    sections: [
      { key: '1', title: 'Movies', type: 'movie' },
      { key: '3', title: 'Kids', type: 'movie' },
    ],
    collections: [alien, matrix, kids],
    tmdbMovies: detailsOf([alien, matrix, kids]),
    movies: [
      movie('Alien', { tmdb: 348 }),
      movie('The Matrix', { tmdb: 603 }),
      movie('Kid One', { tmdb: 11 }, { sectionKey: '3' }),
    ],
  });
const missing = (report: Awaited<ReturnType<typeof scanMovies>>) =>
  report.collections.map((c) => [c.name, c.missing.map((m) => m.tmdbId)]);

describe('a movie scan is complete, partial or failed', () => {
  it('complete when every lookup answered', async () => {
    const report = await scanMovies(portsOf(movieWorld()), { now });
    expect(report.status).toBe('complete');
    expect(missing(report)).toHaveLength(3);
  });

  it('partial when a minority of lookups failed: each is a warning, the rest is exact', async () => {
    const ports = portsOf(movieWorld());
    const metadata = spy(ports.metadata, {
      getMovie: async (id, call) => {
        if (id === 603) throw new ConnectionError('TMDB answered HTTP 500', { service: 'tmdb', status: 500 });
        return ports.metadata.getMovie(id, call);
      },
    });
    const report = await scanMovies({ ...ports, metadata }, { now });
    expect(report.status).toBe('partial');
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'connection-error', item: '"The Matrix"' }),
    ]);
    expect(missing(report)).toEqual([
      ['Alien Collection', [679]],
      ['Kids Collection', [12]],
    ]);
  });

  it('failed when TMDB answers 429 to everything', async () => {
    const ports = portsOf(movieWorld());
    const metadata = spy(ports.metadata, {
      getMovie: async () => {
        throw new RateLimitError('TMDB kept answering 429', { service: 'tmdb', status: 429 });
      },
    });
    await expect(scanMovies({ ...ports, metadata }, { now })).rejects.toMatchObject({
      name: 'ScanFailedError',
      kind: 'connection',
      service: 'tmdb',
    });
  });

  it('failed when the movies answer but every collection lookup fails', async () => {
    const ports = portsOf(movieWorld());
    const metadata = spy(ports.metadata, {
      getCollection: async () => {
        throw new ConnectionError('TMDB answered HTTP 502', { service: 'tmdb', status: 502 });
      },
    });
    const error = await scanMovies({ ...ports, metadata }, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanFailedError);
    expect((error as Error).message).toContain(
      'TMDB could not answer more than half of the 3 collection lookups',
    );
  });

  it('movies without any id are not lookups: they neither fail nor dilute the share', async () => {
    const data = movieWorld();
    data.movies.push(movie('No Id 1', {}), movie('No Id 2', {}), movie('No Id 3', {}));
    const ports = portsOf(data);
    const metadata = spy(ports.metadata, {
      getMovie: async (id, call) => {
        if (id !== 11) throw new ConnectionError('TMDB answered HTTP 500', { service: 'tmdb', status: 500 });
        return ports.metadata.getMovie(id, call);
      },
    });
    // 2 of the 3 movies with an id failed: more than half, though only 2 of all 6 movies.
    await expect(scanMovies({ ...ports, metadata }, { now, concurrency: 1 })).rejects.toBeInstanceOf(
      ScanFailedError,
    );
  });
});

describe('an unreadable library section (finding 7)', () => {
  const notFound = () =>
    new ResponseError('Plex has no library section 3 (HTTP 404)', { service: 'plex', status: 404 });

  it('is a warning naming the library; the other sections are scanned and the report is partial', async () => {
    const ports = portsOf(movieWorld());
    const library = spy(ports.library, {
      listMovies: async (key: string, options?: ListOptions) => {
        if (key === '3') throw notFound();
        return ports.library.listMovies(key, options);
      },
    });
    const report = await scanMovies({ ...ports, library }, { now });
    expect(report.status).toBe('partial');
    expect(report.libraries).toEqual(['Movies']);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'not-found',
        service: 'plex',
        item: 'library "Kids"',
        message: expect.stringContaining('Plex has no library section 3'),
      }),
    ]);
    expect(missing(report)).toEqual([
      ['Alien Collection', [679]],
      ['The Matrix Collection', [604]],
    ]);
  });

  it('when it is the only section scanned, the scan fails', async () => {
    const ports = portsOf(movieWorld());
    const library = spy(ports.library, {
      listMovies: async () => {
        throw notFound();
      },
    });
    await expect(scanMovies({ ...ports, library }, { now, libraries: ['Kids'] })).rejects.toMatchObject({
      name: 'ScanFailedError',
      service: 'plex',
      message: expect.stringContaining('Plex could not answer any of the 1 library listings'),
    });
  });
});

describe('an episode scan is complete, partial or failed', () => {
  const episodeWorld = () =>
    world({
      defaultOrderings: { '2': 'tvdbAiring' },
      shows: [show('10', 'Show A', { tvdb: 1, tmdb: 101 }), show('11', 'Show B', { tvdb: 2 })],
      episodes: [...items('10', [[1, 1]]), ...items('11', [[1, 1]])],
      tvdbSeries: [
        { tvdbId: 1, name: 'Show A', imdbId: null, ended: true, episodes: { default: season(1, 2) } },
        { tvdbId: 2, name: 'Show B', imdbId: null, ended: true, episodes: { default: season(1, 3) } },
      ],
      tmdbShows: [],
    });

  it('complete when every show was compared', async () => {
    const report = await scanEpisodes(portsOf(episodeWorld()), { now });
    expect(report.status).toBe('complete');
    expect(report.summary.missingEpisodes).toBe(3);
  });

  it('failed when TheTVDB answers only errors (its login answering 500)', async () => {
    const ports = portsOf(episodeWorld());
    const tvdb = spy(ports.tvdb, {
      getSeriesEpisodes: async () => {
        throw new ConnectionError('TheTVDB answered HTTP 500 to the login', { service: 'tvdb', status: 500 });
      },
    });
    const error = await scanEpisodes({ ...ports, tvdb }, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanFailedError);
    expect(error).toMatchObject({ kind: 'connection', service: 'tvdb', scan: 'episodes' });
    expect((error as Error).message).toContain('The episode scan failed: TheTVDB could not answer');
  });

  it("a failed side lookup (a compared show's second id) makes it partial, not failed", async () => {
    const ports = portsOf(episodeWorld());
    const tmdb = spy(ports.tmdb, {
      findShowByTvdb: async () => {
        throw new ConnectionError('TMDB answered HTTP 500', { service: 'tmdb', status: 500 });
      },
    });
    const report = await scanEpisodes({ ...ports, tmdb }, { now });
    expect(report.status).toBe('partial');
    expect(report.summary.missingEpisodes).toBe(3);
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'connection-error', item: '"Show B"' }),
    ]);
  });
});
