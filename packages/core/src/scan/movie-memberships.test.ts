import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import { collection, count, detailsOf, movie, portsOf, world } from '../test-support/fakes.js';
import { spread } from './movie-memberships.js';
import { scanMovies } from './scan-movies.js';

const now = new Date('2024-06-15T12:00:00Z');
const DAY = 86_400_000;
const alien = collection(8091, 'Alien Collection', [
  [348, '1979-05-25'],
  [679, '1986-07-18'],
  [8077, '1992-05-22'],
  [8078, '1997-11-12'],
]);
const owned = () => [
  movie('Alien', { tmdb: 348 }),
  movie('Aliens', { tmdb: 679 }),
  movie('Alien 3', { tmdb: 8077 }),
  movie('Standalone', { tmdb: 1 }),
];
const base = () =>
  world({
    collections: [alien],
    tmdbMovies: [
      ...detailsOf([alien]),
      { tmdbId: 1, title: 'Standalone', releaseDate: '2000-01-01', collection: null },
    ],
    movies: owned(),
  });
const missing = (report: Awaited<ReturnType<typeof scanMovies>>) =>
  report.collections.map((c) => [c.tmdbId, c.owned, c.missing.map((m) => m.tmdbId)]);
const movieCalls = (ports: ReturnType<typeof portsOf>) =>
  ports.metadata.calls.filter(([m]) => m === 'getMovie').map(([, id]) => id);

describe('movie lookups a collection already answers', () => {
  it('are skipped: one member finds the collection, its part list settles the others, same report', async () => {
    const ports = portsOf(base());
    const report = await scanMovies(ports, { now, concurrency: 1 });
    const plain = portsOf(base());
    const before = await scanMovies(plain, { now, concurrency: 1, freshness: { skipListedMovies: false } });
    expect(missing(report)).toEqual([[8091, 3, [8078]]]);
    expect(missing(report)).toEqual(missing(before));
    expect(report.summary).toEqual(before.summary);
    // 4 owned films, 3 of them in one collection: 2 lookups instead of 4.
    expect(movieCalls(ports)).toHaveLength(2);
    expect(movieCalls(plain)).toHaveLength(4);
    expect(count(ports.metadata, 'getCollection')).toBe(1);
  });

  it('stay skipped on the next scan: the listing is cached, so a warm scan asks nothing', async () => {
    const cache = createMemoryCacheStore({ now: () => now.getTime() });
    await scanMovies({ ...portsOf(base()), cache }, { now, concurrency: 1 });
    const ports = portsOf(base());
    const report = await scanMovies({ ...ports, cache }, { now });
    expect(ports.metadata.calls).toEqual([]);
    expect(missing(report)).toEqual([[8091, 3, [8078]]]);
  });

  it('a film two collections list is looked up itself: its own answer decides', async () => {
    const other = collection(9000, 'Other Collection', [
      [679, '1986-07-18'],
      [9001, '1990-01-01'],
    ]);
    const data = base();
    data.collections.push(other);
    data.tmdbMovies.push({
      tmdbId: 9001,
      title: 'Film 9001',
      releaseDate: '1990-01-01',
      imdbId: null,
      collection: null,
    });
    data.movies = [
      movie('Alien', { tmdb: 348 }),
      movie('Other', { tmdb: 9001 }),
      movie('Aliens', { tmdb: 679 }),
    ];
    // 9001 names no collection, so "Other" is only reached through a listing; 679 names Alien.
    data.tmdbMovies = data.tmdbMovies.map((m) =>
      m.tmdbId === 9001 ? { ...m, collection: { tmdbId: 9000, name: 'Other Collection' } } : m,
    );
    const ports = portsOf(data);
    const report = await scanMovies(ports, { now, concurrency: 1 });
    // Alien's listing alone would have settled 679; the second listing makes the scan ask the film.
    expect(movieCalls(ports)).toEqual([348, 9001, 679]);
    // Alien: 348 and 679 owned; Other: both parts owned, so no gap there.
    expect(missing(report)).toEqual([[8091, 2, [8077, 8078]]]);
  });

  /*
   * TMDB builds a collection's parts from its films' `belongs_to_collection`, so a listing and a film's own
   * answer agree. Should they not (a stale CDN copy while a film moves), the skipped film counts as owned in
   * the collection listing it, exactly as before, and its own answer is read once its listed membership is
   * older than the movie TTL: from then on the other collection is reported too.
   */
  it('a film whose own answer names another collection than its listing is caught within the movie TTL', async () => {
    const sequel = collection(7000, 'Aliens Extended', [
      [679, '1986-07-18'],
      [7001, '1990-01-01'],
    ]);
    const data = base();
    data.collections.push(sequel);
    data.tmdbMovies = data.tmdbMovies.map((m) =>
      m.tmdbId === 679 ? { ...m, collection: { tmdbId: 7000, name: 'Aliens Extended' } } : m,
    );
    data.tmdbMovies.push({
      tmdbId: 7001,
      title: 'Film 7001',
      releaseDate: '1990-01-01',
      imdbId: null,
      collection: null,
    });
    data.movies = [movie('Alien', { tmdb: 348 }), movie('Aliens', { tmdb: 679 })];
    const clock = { t: now.getTime() };
    const cache = createMemoryCacheStore({ now: () => clock.t });
    const ttls = { tmdbMovie: 48 };
    const first = await scanMovies({ ...portsOf(data), cache }, { now, concurrency: 1, cacheTtls: ttls });
    // Without the skip both collections are reported at once.
    const exact = await scanMovies(portsOf(data), { now, freshness: { skipListedMovies: false } });
    expect(missing(exact).map(([id]) => id)).toEqual([8091, 7000]);
    expect(missing(first).map(([id]) => id)).toEqual([8091]);
    clock.t += 1 * DAY;
    const later = new Date(clock.t);
    const second = await scanMovies({ ...portsOf(data), cache }, { now: later, cacheTtls: ttls });
    expect(missing(second).map(([id]) => id)).toEqual([8091]);
    clock.t += 1 * DAY;
    const ports = portsOf(data);
    const third = await scanMovies({ ...ports, cache }, { now: new Date(clock.t), cacheTtls: ttls });
    expect(movieCalls(ports)).toContain(679);
    expect(missing(third)).toEqual(missing(exact));
  });
});

describe('spread', () => {
  it('keeps every item once and puts neighbours of the listing far apart', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const order = spread(items);
    expect([...order].sort((a, b) => a - b)).toEqual(items);
    const at = new Map(order.map((item, position) => [item, position]));
    for (let j = 0; j + 11 < items.length; j += 37) {
      const positions = items.slice(j, j + 12).map((i) => at.get(i) as number);
      const sorted = positions.sort((a, b) => a - b);
      const closest = Math.min(...sorted.slice(1).map((p, k) => p - (sorted[k] as number)));
      expect(closest).toBeGreaterThan(30);
    }
  });
});
