import { createRng } from '../prng.js';
import type { Expected } from '../world/expected-types.js';
import { musicSection } from '../world/music-section.js';
import type { World } from '../world/types.js';
import { generateMovies } from './movies.js';
import { generateShows } from './shows.js';

/** Options of {@link generateWorld}. */
export interface GenerateWorldOptions {
  seed: number;
  /** Plex movie items (both movie sections together). @default 2000 */
  movies?: number;
  /** Plex shows. @default 200 */
  shows?: number;
  /** Approximate number of Plex episode items. @default 10000 */
  episodes?: number;
  /** The scan's "now": upcoming and recent items are placed relative to it. @default the current time */
  now?: Date;
}

/** The benchmark's two scales. */
export const WORLD_SCALES = {
  default: { movies: 2000, shows: 200, episodes: 10_000 },
  large: { movies: 10_000, shows: 1000, episodes: 50_000 },
} as const;

/** A generated world and the gaps a correct scan of it reports with default options. */
export interface GeneratedWorld {
  world: World;
  expected: Expected;
}

/**
 * Generates a seeded synthetic world: the same seed and `now` always give the same world. Movies and
 * shows draw from separate random streams, so changing one count leaves the other half unchanged.
 */
export function generateWorld(options: GenerateWorldOptions): GeneratedWorld {
  const nowMs = (options.now ?? new Date()).getTime();
  let movieKey = 1000;
  let showKey = 1_000_000;
  const movies = generateMovies(
    createRng(options.seed),
    options.movies ?? WORLD_SCALES.default.movies,
    nowMs,
    () => String(++movieKey),
  );
  const shows = generateShows(
    createRng((options.seed ^ 0x9e3779b9) >>> 0),
    options.shows ?? WORLD_SCALES.default.shows,
    options.episodes ?? WORLD_SCALES.default.episodes,
    nowMs,
    () => String(++showKey),
  );
  const [moviesSection, fourK] = movies.sections;
  const [tv, kids, anime] = shows.sections;
  const world: World = {
    plex: {
      machineIdentifier: `0e1c5b${options.seed.toString(16).padStart(34, '0')}`,
      friendlyName: 'Generated Plex',
      version: '1.41.3.9314-a0bfb8370',
      username: 'bench-user',
      sections: [moviesSection!, tv!, fourK!, kids!, musicSection('5'), anime!],
    },
    tmdb: { movies: movies.tmdbMovies, collections: movies.collections, shows: shows.tmdbShows },
    tvdb: { series: shows.tvdbSeries },
    now: new Date(nowMs).toISOString(),
  };
  return { world, expected: { movies: movies.expected, episodes: shows.expected } };
}
