import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import { AuthError, ConnectionError } from '../errors.js';
import { collection, count, detailsOf, movie, portsOf, spy, world } from '../test-support/fakes.js';
import { findImdbIds } from './imdb-ids.js';
import { scanMovies } from './scan-movies.js';

const now = new Date('2024-06-15T12:00:00Z');
const alien = collection(8091, 'Alien Collection', [
  [348, '1979-05-25'],
  [679, '1986-07-18'],
  [8077, '1992-05-22'],
]);
const data = () =>
  world({
    collections: [alien],
    tmdbMovies: detailsOf([alien]).map((m) =>
      m.tmdbId === 8077
        ? { ...m, imdbId: 'tt0103644' }
        : m.tmdbId === 348
          ? { ...m, imdbId: 'tt0078748' }
          : m,
    ),
    movies: [movie('Alien', { tmdb: 348 })],
  });

describe('findImdbIds', () => {
  it("gives each film's IMDb id, and null when TMDB knows none or not the film", async () => {
    const ports = portsOf(data());
    const ids = await findImdbIds({ metadata: ports.metadata }, [8077, 679, 999, 8077]);
    expect(Object.fromEntries(ids)).toEqual({ 8077: 'tt0103644', 679: null, 999: null });
    expect(count(ports.metadata, 'getMovie')).toBe(3);
  });

  it('reads the cache entries a movie scan wrote: films already looked up cost no request', async () => {
    const cache = createMemoryCacheStore({ now: () => now.getTime() });
    const scanned = portsOf(data());
    await scanMovies({ ...scanned, cache }, { now });
    const later = portsOf(data());
    const ids = await findImdbIds({ metadata: later.metadata, cache }, [348, 8077]);
    expect(Object.fromEntries(ids)).toEqual({ 348: 'tt0078748', 8077: 'tt0103644' });
    expect(count(later.metadata, 'getMovie')).toBe(1); // 8077 was missing, so the scan never looked it up
  });

  it('a failing lookup gives null; bad credentials still throw', async () => {
    const ports = portsOf(data());
    const flaky = spy(ports.metadata, {
      getMovie: async () => {
        throw new ConnectionError('TMDB answered HTTP 503', { service: 'tmdb', status: 503 });
      },
    });
    expect(Object.fromEntries(await findImdbIds({ metadata: flaky }, [8077]))).toEqual({ 8077: null });
    const refused = spy(ports.metadata, {
      getMovie: async () => {
        throw new AuthError('TMDB rejected the API key', { service: 'tmdb' });
      },
    });
    await expect(findImdbIds({ metadata: refused }, [8077])).rejects.toBeInstanceOf(AuthError);
  });
});
