/** Test helpers: small in-memory worlds and ports that count their calls. */
import type { DemoData } from '../demo/demo-data.js';
import {
  createMemoryLibrary,
  createMemoryMetadata,
  createMemoryTmdb,
  createMemoryTvdb,
} from '../demo/memory-ports.js';
import type { MediaLibrary, MovieMetadataSource, TmdbEpisodeSource, TvdbEpisodeSource } from '../ports.js';
import type { Collection, OwnedEpisode, OwnedMovie, OwnedShow, ReferenceEpisode } from '../types.js';

/** A world with a "Movies" (key 1) and a "TV Shows" (key 2) section and nothing else unless given. */
export function world(partial: Partial<DemoData> = {}): DemoData {
  return {
    sections: [
      { key: '1', title: 'Movies', type: 'movie' },
      { key: '2', title: 'TV Shows', type: 'show' },
    ],
    movies: [],
    shows: [],
    episodes: [],
    defaultOrderings: {},
    tmdbMovies: [],
    collections: [],
    tvdbSeries: [],
    tmdbShows: [],
    ...partial,
  };
}

let nextKey = 1;
/** An owned movie in section 1. */
export const movie = (
  title: string,
  ids: OwnedMovie['ids'],
  extra: Partial<OwnedMovie> = {},
): OwnedMovie => ({
  ratingKey: String(nextKey++),
  title,
  ids,
  sectionKey: '1',
  ...extra,
});

/** A collection with parts `[tmdbId, releaseDate]`. */
export const collection = (
  tmdbId: number,
  name: string,
  parts: Array<[number, string | null]>,
): Collection => ({
  tmdbId,
  name,
  parts: parts.map(([id, releaseDate]) => ({ tmdbId: id, title: `Film ${id}`, releaseDate })),
});

/** TMDB details of every part of the collections (each one a member). */
export const detailsOf = (collections: Collection[]): DemoData['tmdbMovies'] =>
  collections.flatMap((c) =>
    c.parts.map((p) => ({ ...p, imdbId: null, collection: { tmdbId: c.tmdbId, name: c.name } })),
  );

/** An owned show in section 2. */
export const show = (
  ratingKey: string,
  title: string,
  ids: OwnedShow['ids'],
  extra: Partial<OwnedShow> = {},
): OwnedShow => ({
  ratingKey,
  title,
  ids,
  sectionKey: '2',
  ...extra,
});

/** Episode items of a show: `[season, episode]` pairs. */
export const items = (showRatingKey: string, pairs: Array<[number, number]>): OwnedEpisode[] =>
  pairs.map(([season, episode]) => ({ showRatingKey, season, episode, files: [], ids: {} }));

/** A season of aired reference episodes 1..count. */
export const season = (n: number, count: number, aired = '2020-01-01'): ReferenceEpisode[] =>
  Array.from({ length: count }, (_, i) => ({ season: n, episode: i + 1, title: `Episode ${i + 1}`, aired }));

/** Wraps a port so every method call is recorded in `calls` and any method can be replaced. */
export function spy<T extends object>(
  port: T,
  overrides: Partial<T> = {},
): T & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const target = { ...port, ...overrides } as Record<string, unknown>;
  for (const [name, value] of Object.entries(target)) {
    if (typeof value !== 'function') continue;
    target[name] = (...args: unknown[]) => {
      calls.push([name, args[0]]);
      return (value as (...a: unknown[]) => unknown)(...args);
    };
  }
  return Object.assign(target as T, { calls });
}

/** Counts the recorded calls of one method. */
export const count = (port: { calls: Array<[string, unknown]> }, method: string): number =>
  port.calls.filter(([name]) => name === method).length;

/** Spied in-memory ports over a world. */
export function portsOf(data: DemoData): {
  library: MediaLibrary & { calls: Array<[string, unknown]> };
  metadata: MovieMetadataSource & { calls: Array<[string, unknown]> };
  tvdb: TvdbEpisodeSource & { calls: Array<[string, unknown]> };
  tmdb: TmdbEpisodeSource & { calls: Array<[string, unknown]> };
} {
  return {
    library: spy(createMemoryLibrary(data)),
    metadata: spy(createMemoryMetadata(data)),
    tvdb: spy(createMemoryTvdb(data)),
    tmdb: spy(createMemoryTmdb(data)),
  };
}
