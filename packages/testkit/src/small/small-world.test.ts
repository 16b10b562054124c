import { describe, expect, it } from 'vitest';
import { readGuidIds } from '../guids.js';
import { smallWorld } from './small-world.js';
import { smallWorldExpected } from './small-world-expected.js';

const world = smallWorld({ now: new Date('2026-11-25T12:00:00Z') });
const movies = world.plex.sections.flatMap((s) => (s.type === 'movie' ? s.movies : []));
const byImdb = new Map(world.tmdb.movies.map((m) => [m.imdbId, m.id]));
const owned = new Set(
  movies.flatMap((m) => {
    const ids = readGuidIds(m.guid, m.guids);
    return ids.tmdb ?? (ids.imdb ? (byImdb.get(ids.imdb) ?? []) : []);
  }),
);

describe('smallWorld', () => {
  it('holds about ten films in three collections, three matched shows and an unmatched one', () => {
    expect(movies).toHaveLength(13);
    expect(world.tmdb.collections).toHaveLength(3);
    expect(world.plex.sections.flatMap((s) => (s.type === 'show' ? s.shows : []))).toHaveLength(4);
  });

  it('moves only the recent episode with the clock', () => {
    const other = smallWorld({ now: new Date('2030-01-02T00:00:00Z') });
    const recent = (w: typeof world) =>
      w.tmdb.shows[1]!.seasons.find((s) => s.seasonNumber === 4)!.episodes[0]!.airDate;
    expect([recent(world), recent(other)]).toEqual(['2026-11-25', '2030-01-02']);
    expect(other.plex).toEqual(world.plex);
    expect(other.tmdb.movies).toEqual(world.tmdb.movies);
  });
});

describe('smallWorldExpected matches the world it describes', () => {
  it('names only released, unowned parts of the right collections', () => {
    for (const gap of smallWorldExpected.movies.collections) {
      const collection = world.tmdb.collections.find((c) => c.id === gap.tmdbId)!;
      expect(collection.name).toBe(gap.name);
      for (const m of gap.missing) {
        const part = world.tmdb.movies.find((p) => p.id === m.tmdbId)!;
        expect(collection.partIds).toContain(m.tmdbId);
        expect([part.title, part.releaseDate]).toEqual([m.title, m.releaseDate]);
        expect(owned.has(m.tmdbId)).toBe(false);
      }
    }
  });

  it('names episodes that exist in the list of the show’s ordering with that title and date', () => {
    const lists: Record<
      string,
      { season: number; episode: number; title: string | null; aired: string | null }[]
    > = {
      'Breaking Bad': world.tvdb.series[0]!.episodes.official.map((e) => ({
        season: e.seasonNumber,
        episode: e.number,
        title: e.name,
        aired: e.aired,
      })),
      Firefly: world.tvdb.series[1]!.episodes.dvd!.map((e) => ({
        season: e.seasonNumber,
        episode: e.number,
        title: e.name,
        aired: e.aired,
      })),
      'Abbott Elementary': world.tmdb.shows[1]!.seasons.flatMap((s) =>
        s.episodes.map((e) => ({
          season: s.seasonNumber,
          episode: e.episodeNumber,
          title: e.name,
          aired: e.airDate,
        })),
      ),
    };
    for (const show of smallWorldExpected.episodes.shows) {
      for (const e of show.seasons.flatMap((s) => s.missing)) expect(lists[show.title]).toContainEqual(e);
    }
  });
});
