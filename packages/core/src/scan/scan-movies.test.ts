import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import { AuthError, ConnectionError, UsageError } from '../errors.js';
import type { ListOptions } from '../ports.js';
import type { ScanProgress } from '../scan-types.js';
import { collection, count, detailsOf, movie, portsOf, spy, world } from '../test-support/fakes.js';
import { ScanFailedError } from './failure-share.js';
import { scanMovies } from './scan-movies.js';

const now = new Date('2024-06-15T12:00:00Z');
const alien = collection(8091, 'Alien Collection', [
  [348, '1979-05-25'],
  [679, '1986-07-18'],
  [8077, '1992-05-22'],
  [8078, '1997-11-12'],
]);
const matrix = collection(2344, 'The Matrix Collection', [
  [603, '1999-03-30'],
  [604, '2003-05-15'],
]);
const base = () =>
  world({
    collections: [alien, matrix],
    tmdbMovies: [
      ...detailsOf([alien, matrix]).map((m) => (m.tmdbId === 603 ? { ...m, imdbId: 'tt0133093' } : m)),
      { tmdbId: 1, title: 'Standalone', releaseDate: '2000-01-01', collection: null },
    ],
    movies: [
      movie('Alien', { tmdb: 348 }, { year: 1979 }),
      movie('Aliens', { tmdb: 679 }),
      movie('The Matrix', { imdb: 'tt0133093' }),
    ],
  });

describe('scanMovies', () => {
  it('reports the films missing from collections the user started', async () => {
    const report = await scanMovies(portsOf(base()), { now });
    expect(report.collections.map((c) => [c.name, c.missing.map((m) => m.tmdbId)])).toEqual([
      ['Alien Collection', [8077, 8078]],
      ['The Matrix Collection', [604]],
    ]);
    expect(report.type).toBe('movies');
    expect(report.generatedAt).toBe('2024-06-15T12:00:00.000Z');
    expect(report.libraries).toEqual(['Movies']);
  });

  it('a collection is fetched once for many owned parts', async () => {
    const ports = portsOf(base());
    await scanMovies(ports, { now });
    expect(count(ports.metadata, 'getCollection')).toBe(2);
  });

  it('a movie in two libraries is looked up once', async () => {
    const data = base();
    data.sections.push({ key: '3', title: 'Kids', type: 'movie' });
    data.movies.push(movie('Alien again', { tmdb: 348 }, { sectionKey: '3' }));
    const ports = portsOf(data);
    const report = await scanMovies(ports, { now });
    expect(ports.metadata.calls.filter(([m, id]) => m === 'getMovie' && id === 348)).toHaveLength(1);
    expect(report.summary.moviesScanned).toBe(4);
  });

  it('a movie with only an IMDb id is resolved through TMDB and counts as owned', async () => {
    const ports = portsOf(base());
    const report = await scanMovies(ports, { now });
    expect(ports.metadata.calls).toContainEqual(['findMovieByImdb', 'tt0133093']);
    expect(report.collections.find((c) => c.tmdbId === 2344)?.owned).toBe(1);
  });

  it('a movie without any TMDB or IMDb id is unmatched, never guessed by title', async () => {
    const data = base();
    data.movies.push(movie('Alien³', {}, { year: 1992 }));
    const ports = portsOf(data);
    const report = await scanMovies(ports, { now });
    expect(report.unmatched).toEqual([
      expect.objectContaining({
        title: 'Alien³',
        year: 1992,
        library: 'Movies',
        reason: expect.stringMatching(/no TMDB or IMDb id/),
      }),
    ]);
    expect(report.collections[0]?.missing.map((m) => m.title)).toContain('Film 8077');
    expect(report.summary).toMatchObject({ moviesScanned: 4, moviesMatched: 3, moviesUnmatched: 1 });
  });

  it('an IMDb id TMDB does not know makes the movie unmatched', async () => {
    const data = base();
    data.movies.push(movie('Obscure', { imdb: 'tt9999999' }));
    const report = await scanMovies(portsOf(data), { now });
    expect(report.unmatched[0]?.reason).toMatch(/tt9999999/);
    expect(report.unmatched[0]?.code).toBe('imdb-unknown');
  });

  it('a movie TMDB answers 404 for is unmatched, saying so, and counted as unmatched', async () => {
    const data = base();
    data.movies.push(movie('Deleted', { tmdb: 424242 }));
    const report = await scanMovies(portsOf(data), { now });
    expect(report.warnings).toEqual([]);
    expect(report.unmatched).toEqual([
      expect.objectContaining({
        title: 'Deleted',
        code: 'not-found',
        reason: expect.stringMatching(/424242 \(404\)/),
      }),
    ]);
    expect(report.summary.moviesUnmatched).toBe(1);
    expect(report.summary.moviesMatched).toBe(report.summary.moviesScanned - 1);
    expect(report.collections).toHaveLength(2);
  });

  it('a collection TMDB answers 404 for is skipped with a warning', async () => {
    const data = base();
    data.collections = [alien];
    const report = await scanMovies(portsOf(data), { now });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'tmdb-not-found', item: 'collection:2344' }),
    ]);
    expect(report.collections.map((c) => c.tmdbId)).toEqual([8091]);
  });

  it('a lookup that fails after TMDB has answered becomes a warning and the scan goes on', async () => {
    const ports = portsOf(base());
    let answered: () => void = () => {};
    const tmdbAnswered = new Promise<void>((resolve) => {
      answered = resolve;
    });
    const metadata = spy(ports.metadata, {
      getMovie: async (id: number) => {
        if (id !== 348) return ports.metadata.getMovie(id).finally(() => setImmediate(answered));
        await tmdbAnswered;
        throw new ConnectionError('TMDB could not be reached (timeout)', { service: 'tmdb' });
      },
    });
    const report = await scanMovies({ ...ports, metadata }, { now });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        code: 'connection-error',
        service: 'tmdb',
        message: expect.stringContaining('"Alien" (1979)'),
      }),
    ]);
    expect(report.collections.map((c) => c.tmdbId)).toEqual([8091, 2344]);
  });

  it('a TMDB that cannot be reached at all stops the scan instead of reporting nothing missing', async () => {
    const ports = portsOf(base());
    const unreachable = new ConnectionError('Could not reach TMDB (ECONNREFUSED, 4 attempts)', {
      service: 'tmdb',
    });
    const metadata = spy(ports.metadata, {
      getMovie: async () => {
        throw unreachable;
      },
      findMovieByImdb: async () => {
        throw unreachable;
      },
    });
    await expect(scanMovies({ ...ports, metadata }, { now })).rejects.toBe(unreachable);
  });

  it('a TMDB answering only 5xx fails the scan with the cause and a hint, never an all-clear', async () => {
    const ports = portsOf(base());
    const metadata = spy(ports.metadata, {
      getMovie: async () => {
        throw new ConnectionError('TMDB answered HTTP 503', { service: 'tmdb', status: 503 });
      },
    });
    const error = await scanMovies({ ...ports, metadata }, { now, concurrency: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanFailedError);
    expect(error).toMatchObject({ kind: 'connection', service: 'tmdb', scan: 'movies' });
    expect((error as Error).message).toMatch(
      /^The movie scan failed: TMDB could not answer more than half of the 3 movie lookups \(2 failed\), so no report was made.+Last error: TMDB answered HTTP 503$/,
    );
    expect((error as ScanFailedError).hint).toContain('TMDB is up');
    // It stopped once the verdict was certain: the third movie was never asked about.
    expect(count(metadata, 'getMovie')).toBe(2);
  });

  it('an item the library could not read becomes a warning naming the library, and the scan goes on', async () => {
    const ports = portsOf(base());
    const library = spy(ports.library, {
      listMovies: async (key: string, options?: ListOptions) => {
        options?.onSkippedItem?.('Plex sent an unexpected response for /library/sections/1/all: ratingKey');
        return ports.library.listMovies(key, options);
      },
    });
    const report = await scanMovies({ ...ports, library }, { now });
    expect(report.warnings).toEqual([
      {
        code: 'malformed-response',
        service: 'plex',
        item: 'library "Movies"',
        message: 'Plex sent an unexpected response for /library/sections/1/all: ratingKey',
      },
    ]);
    expect(report.collections.map((c) => c.tmdbId)).toEqual([8091, 2344]);
  });

  it('an AuthError stops the scan', async () => {
    const ports = portsOf(base());
    const metadata = spy(ports.metadata, {
      getMovie: async () => {
        throw new AuthError('TMDB rejected the API key (HTTP 401)', { service: 'tmdb' });
      },
    });
    await expect(scanMovies({ ...ports, metadata }, { now })).rejects.toBeInstanceOf(AuthError);
  });

  it('an abort rejects with the signal reason and stops further lookups', async () => {
    const controller = new AbortController();
    const ports = portsOf(base());
    const metadata = spy(ports.metadata, {
      getMovie: async (id: number, o?: { signal?: AbortSignal }) => {
        controller.abort();
        return ports.metadata.getMovie(id, o);
      },
    });
    const error = await scanMovies(
      { ...ports, metadata },
      { now, signal: controller.signal, concurrency: 1 },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('AbortError');
    expect(count(metadata, 'getMovie')).toBe(1);
  });

  it('an already aborted signal rejects before any request', async () => {
    const ports = portsOf(base());
    await expect(scanMovies(ports, { now, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(ports.library.calls).toEqual([]);
  });

  it('an unknown library name is a usage error listing the libraries that exist', async () => {
    const error = await scanMovies(portsOf(base()), { now, libraries: ['Films'] }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/"Films".*"Movies".*"TV Shows"/);
  });

  it('library names match titles case-insensitively, and a show library beside a movie one is not an error', async () => {
    const report = await scanMovies(portsOf(base()), { now, libraries: ['movies', 'TV Shows'] });
    expect(report.libraries).toEqual(['Movies']);
  });

  it('only show libraries named: a usage error, or an empty report for a scan of both kinds', async () => {
    await expect(scanMovies(portsOf(base()), { now, libraries: ['tv shows'] })).rejects.toBeInstanceOf(
      UsageError,
    );
    const none = await scanMovies(portsOf(base()), {
      now,
      libraries: ['tv shows'],
      whenNoLibraryOfType: 'empty',
    });
    expect(none.libraries).toEqual([]);
  });

  it('an ignored collection is never fetched', async () => {
    const ports = portsOf(base());
    const report = await scanMovies(ports, { now, ignore: { collections: [2344] } });
    expect(ports.metadata.calls).not.toContainEqual(['getCollection', 2344]);
    expect(report.collections.map((c) => c.tmdbId)).toEqual([8091]);
  });

  it('keeps at most `concurrency` lookups in flight', async () => {
    const data = base();
    for (let i = 0; i < 20; i += 1) data.movies.push(movie(`M${i}`, { tmdb: 1000 + i }));
    const ports = portsOf(data);
    let inFlight = 0;
    let peak = 0;
    const metadata = spy(ports.metadata, {
      getMovie: async (id: number) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return ports.metadata.getMovie(id);
      },
    });
    await scanMovies({ ...ports, metadata }, { now, concurrency: 3 });
    expect(peak).toBe(3);
  });

  it('reports progress per phase, ending with done', async () => {
    const events: ScanProgress[] = [];
    await scanMovies(portsOf(base()), { now, onProgress: (e) => events.push(e) });
    expect([...new Set(events.map((e) => e.phase))]).toEqual(['libraries', 'movies', 'collections', 'done']);
    expect(events.filter((e) => e.phase === 'movies').at(-1)).toEqual({
      scan: 'movies',
      phase: 'movies',
      done: 3,
      total: 3,
    });
    expect(events.every((e) => e.done <= e.total)).toBe(true);
  });

  it('fills the summary counts', async () => {
    const report = await scanMovies(portsOf(base()), { now });
    expect(report.summary).toEqual({
      moviesScanned: 3,
      moviesMatched: 3,
      moviesUnmatched: 0,
      collectionsChecked: 2,
      collectionsWithGaps: 2,
      missingMovies: 3,
    });
  });
});

describe('scanMovies with a cache', () => {
  const clock = { t: Date.UTC(2024, 5, 15) };
  it('a second scan answers from the cache without asking TMDB', async () => {
    const cache = createMemoryCacheStore({ now: () => clock.t });
    await scanMovies({ ...portsOf(base()), cache }, { now });
    const ports = portsOf(base());
    const report = await scanMovies({ ...ports, cache }, { now });
    expect(ports.metadata.calls).toEqual([]);
    expect(report.collections).toHaveLength(2);
  });

  it('readCache false skips reading but still writes fresh answers', async () => {
    const cache = spy(createMemoryCacheStore({ now: () => clock.t }));
    await scanMovies({ ...portsOf(base()), cache }, { now });
    const ports = portsOf(base());
    const writesBefore = count(cache, 'set');
    await scanMovies({ ...ports, cache }, { now, readCache: false });
    expect(count(ports.metadata, 'getMovie')).toBe(3);
    expect(count(cache, 'set')).toBeGreaterThan(writesBefore);
  });

  it('writes under the documented namespaces, keys scoped by the source, with the configured TTLs', async () => {
    const sets: Array<[string, string, number]> = [];
    const store = createMemoryCacheStore({ now: () => clock.t });
    const cache = {
      ...store,
      set: async <T>(ns: string, key: string, value: T, ttl: number) => {
        sets.push([ns, key, ttl]);
        return store.set(ns, key, value, ttl);
      },
    };
    const data = base();
    data.movies.push(movie('Deleted', { tmdb: 424242 }));
    await scanMovies(
      { ...portsOf(data), cache },
      { now, cacheTtls: { tmdbMovie: 2 }, freshness: { jitter: 0, skipListedMovies: false } },
    );
    expect(sets).toContainEqual(['tmdb_movie', 'demo-tmdb:en:348', 7200]);
    expect(sets).toContainEqual(['tmdb_collection', 'demo-tmdb:en:8091', 168 * 3600]);
    expect(sets).toContainEqual(['tmdb_find', 'demo-tmdb:en:movie-imdb:tt0133093', 7200]);
    // a 404 is remembered for a day
    expect(sets).toContainEqual(['tmdb_movie', 'demo-tmdb:en:424242', 24 * 3600]);
  });

  it('a cached 404 is not asked again', async () => {
    const cache = createMemoryCacheStore({ now: () => clock.t });
    const data = base();
    data.movies.push(movie('Deleted', { tmdb: 424242 }));
    await scanMovies({ ...portsOf(data), cache }, { now });
    const ports = portsOf(data);
    const report = await scanMovies({ ...ports, cache }, { now });
    expect(ports.metadata.calls).toEqual([]);
    expect(report.unmatched[0]?.code).toBe('not-found');
  });

  it('a failing cache becomes one warning and the scan goes on without it', async () => {
    const broken = {
      get: async () => {
        throw new Error('disk I/O error');
      },
      set: async () => {},
    };
    const report = await scanMovies({ ...portsOf(base()), cache: broken }, { now });
    expect(report.warnings.map((w) => w.code)).toEqual(['cache-error']);
    expect(report.collections).toHaveLength(2);
  });
});
