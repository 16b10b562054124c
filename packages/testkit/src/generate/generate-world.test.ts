import { describe, expect, it } from 'vitest';
import { readGuidIds } from '../guids.js';
import type { WorldMovie, WorldShow, WorldShowSection } from '../world/types.js';
import { generateWorld, WORLD_SCALES } from './generate-world.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const TODAY = '2026-11-25';
const { world, expected } = generateWorld({ seed: 11, now: NOW, ...WORLD_SCALES.default });
const movieItems: WorldMovie[] = world.plex.sections.flatMap((s) => (s.type === 'movie' ? s.movies : []));
const showSections = world.plex.sections.filter((s): s is WorldShowSection => s.type === 'show');
const shows: WorldShow[] = showSections.flatMap((s) => s.shows);
const tmdbMovies = new Map(world.tmdb.movies.map((m) => [m.id, m]));
const byImdb = new Map(world.tmdb.movies.map((m) => [m.imdbId, m.id]));
const ownedIds = new Set(
  movieItems.flatMap((m) => {
    const ids = readGuidIds(m.guid, m.guids);
    return ids.tmdb ?? (ids.imdb ? (byImdb.get(ids.imdb) ?? []) : []);
  }),
);
const share = (n: number, of: number) => n / of;

describe('generateWorld is deterministic', () => {
  it('gives the same world and truth for the same seed and now', () => {
    const again = generateWorld({ seed: 11, now: NOW, ...WORLD_SCALES.default });
    expect(again.world).toEqual(world);
    expect(again.expected).toEqual(expected);
  });

  it('gives a different world for another seed', () => {
    expect(generateWorld({ seed: 12, now: NOW, movies: 50, shows: 5, episodes: 100 }).world).not.toEqual(
      generateWorld({ seed: 11, now: NOW, movies: 50, shows: 5, episodes: 100 }).world,
    );
  });

  it('keeps the shows unchanged when only the movie count changes', () => {
    const a = generateWorld({ seed: 3, now: NOW, movies: 100, shows: 10, episodes: 300 });
    const b = generateWorld({ seed: 3, now: NOW, movies: 120, shows: 10, episodes: 300 });
    expect(b.world.tvdb).toEqual(a.world.tvdb);
    expect(b.expected.episodes).toEqual(a.expected.episodes);
  });
});

describe('generateWorld makes a realistic mix', () => {
  it('has the requested sizes', () => {
    expect(movieItems).toHaveLength(2000);
    expect(shows).toHaveLength(200);
    const episodes = shows.reduce((n, s) => n + s.episodes.length, 0);
    expect(episodes).toBeGreaterThan(8500);
    expect(episodes).toBeLessThan(11_500);
  });

  it('puts about 30 % of owned films in collections of 2–12 parts, some parts upcoming', () => {
    const inCollections = [...ownedIds].filter((id) => tmdbMovies.get(id)?.collectionId !== null).length;
    expect(share(inCollections, ownedIds.size)).toBeGreaterThan(0.25);
    expect(share(inCollections, ownedIds.size)).toBeLessThan(0.35);
    expect(world.tmdb.collections.every((c) => c.partIds.length >= 2 && c.partIds.length <= 12)).toBe(true);
    const parts = world.tmdb.collections.flatMap((c) => c.partIds.map((id) => tmdbMovies.get(id)!));
    expect(parts.some((p) => p.releaseDate === '')).toBe(true);
    expect(parts.some((p) => p.releaseDate > TODAY)).toBe(true);
  });

  it('mixes legacy-agent (~10 %), IMDb-only (~5 %) and unmatched movies', () => {
    const legacy = movieItems.filter((m) => m.guid.startsWith('com.plexapp.agents.')).length;
    const imdbOnly = movieItems.filter((m) => {
      const ids = readGuidIds(m.guid, m.guids);
      return ids.imdb && ids.tmdb === undefined;
    }).length;
    expect(share(legacy, movieItems.length)).toBeGreaterThan(0.05);
    expect(share(legacy, movieItems.length)).toBeLessThan(0.12);
    expect(share(imdbOnly, movieItems.length)).toBeGreaterThan(0.03);
    expect(share(imdbOnly, movieItems.length)).toBeLessThan(0.08);
    expect(movieItems.filter((m) => m.guid.startsWith('local://')).length).toBeGreaterThan(0);
  });

  it('has long runners over 500 episodes, DVD and absolute orders, TMDB ordering by default and by override', () => {
    expect(world.tvdb.series.some((s) => s.episodes.official.length > 500)).toBe(true);
    expect(shows.some((s) => s.showOrdering === 'tvdbDvd' || s.showOrdering === 'dvd')).toBe(true);
    expect(shows.some((s) => s.showOrdering === 'absolute' || s.showOrdering === 'tvdbAbsolute')).toBe(true);
    expect(shows.some((s) => s.showOrdering === 'tmdbAiring')).toBe(true);
    expect(showSections.find((s) => s.showOrdering === 'tmdbAiring')!.shows.length).toBeGreaterThan(0);
    expect(new Set(world.tvdb.series.map((s) => s.status))).toEqual(new Set(['Ended', 'Continuing']));
  });

  it('has specials, unaired episodes, hidden seasons and multi-episode files', () => {
    expect(shows.some((s) => s.episodes.some((e) => e.season === 0))).toBe(true);
    expect(world.tvdb.series.some((s) => s.episodes.official.some((e) => e.aired === null))).toBe(true);
    expect(shows.some((s) => s.flattenSeasons)).toBe(true);
    const files = shows.flatMap((s) => s.episodes.map((e) => e.files[0] ?? ''));
    expect(files.some((f) => /S\d+E\d+-E\d+ /.test(f))).toBe(true);
    expect(new Set(files).size).toBeLessThan(files.length);
  });
});

describe('the generated truth is consistent with the world', () => {
  it('every expected missing film is a released, unowned part of a collection with at least one owned part', () => {
    for (const gap of expected.movies.collections) {
      const collection = world.tmdb.collections.find((c) => c.id === gap.tmdbId)!;
      expect(collection.partIds.some((id) => ownedIds.has(id))).toBe(true);
      expect(gap.owned).toBeGreaterThanOrEqual(1);
      for (const m of gap.missing) {
        expect(collection.partIds).toContain(m.tmdbId);
        expect(ownedIds.has(m.tmdbId)).toBe(false);
        expect(m.releaseDate! <= TODAY).toBe(true);
      }
      expect(gap.missing.map((m) => m.releaseDate)).toEqual(gap.missing.map((m) => m.releaseDate).sort());
    }
    expect(expected.movies.collections.length).toBeGreaterThan(10);
  });

  it('every expected missing episode is regular, aired over a day before now, and absent from Plex', () => {
    const byTitle = new Map(shows.map((s) => [s.title, s]));
    for (const gap of expected.episodes.shows) {
      const owned = new Set(byTitle.get(gap.title)!.episodes.map((e) => `${e.season}:${e.episode}`));
      const all = gap.seasons.flatMap((s) => s.missing);
      expect(all).toHaveLength(gap.missingCount);
      for (const e of all) {
        expect(e.season).toBeGreaterThan(0);
        expect(Date.parse(`${e.aired}T00:00:00Z`)).toBeLessThanOrEqual(NOW.getTime() - 86_400_000);
        expect(owned.has(`${e.season}:${e.episode}`)).toBe(false);
      }
    }
    expect(expected.episodes.shows.length).toBeGreaterThan(20);
  });

  it('reports every show whose TMDB id Plex lacks, with tmdbId null', () => {
    const legacy = shows.filter(
      (s) => !s.guid.startsWith('local://') && !s.guids.some((g) => g.startsWith('tmdb://')),
    );
    expect(legacy.length).toBeGreaterThan(3);
    const reported = new Map(expected.episodes.shows.map((s) => [s.title, s]));
    for (const show of legacy) expect(reported.get(show.title)?.tmdbId).toBeNull();
  });

  it('lists as unmatched exactly the items without external ids', () => {
    const local = [...movieItems, ...shows]
      .filter((i) => i.guid.startsWith('local://'))
      .map((i) => i.ratingKey)
      .sort();
    expect(
      [...expected.movies.unmatched, ...expected.episodes.unmatched].map((u) => u.ratingKey).sort(),
    ).toEqual(local);
  });
});
