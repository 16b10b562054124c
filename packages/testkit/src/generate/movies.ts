import { plexGuid } from '../guids.js';
import type { Rng } from '../prng.js';
import type { ExpectedCollectionGap, ExpectedMovies } from '../world/expected-types.js';
import { byCollection, byUnmatched } from '../world/order.js';
import type { TmdbCollection, TmdbMovie, WorldMovie, WorldMovieSection } from '../world/types.js';
import { dayFrom, imdbId, shuffle, type TitlePool, uniqueTitle } from './text.js';

/** What the movie half of the generator produces. */
export interface GeneratedMovies {
  sections: WorldMovieSection[];
  tmdbMovies: TmdbMovie[];
  collections: TmdbCollection[];
  expected: ExpectedMovies;
}

const SECTION = { agent: 'tv.plex.agents.movie', scanner: 'Plex Movie', language: 'en-US' };

/** Plex guid forms: ~85 % new agent, 5 % legacy TMDB, 3 % legacy IMDb, 2 % new agent with IMDb only. */
function plexMovie(rng: Rng, ratingKey: string, movie: TmdbMovie, folder: string): WorldMovie {
  const year = Number(movie.releaseDate.slice(0, 4));
  const name = `${movie.title} (${year})`;
  const base = {
    ratingKey,
    title: movie.title,
    year,
    originallyAvailableAt: movie.releaseDate,
    files: [`/data/${folder}/${name}/${name}.mkv`],
  };
  const r = rng.next();
  if (r < 0.05) return { ...base, guid: `com.plexapp.agents.themoviedb://${movie.id}?lang=en`, guids: [] };
  if (r < 0.08) return { ...base, guid: `com.plexapp.agents.imdb://${movie.imdbId}?lang=en`, guids: [] };
  const guids = r < 0.1 ? [`imdb://${movie.imdbId}`] : [`imdb://${movie.imdbId}`, `tmdb://${movie.id}`];
  return { ...base, guid: plexGuid('movie', Number(ratingKey)), guids };
}

/**
 * Movies: about 30 % of owned films belong to collections of 2–12 parts; the rest stand alone. Each
 * collection's full part list is made first, then the owned parts are chosen; the expected gaps are the
 * released parts left unowned (upcoming parts have an empty or future date and are never owned).
 */
export function generateMovies(
  rng: Rng,
  count: number,
  nowMs: number,
  nextKey: () => string,
): GeneratedMovies {
  const titles: TitlePool = new Map();
  const tmdbMovies: TmdbMovie[] = [];
  const collections: TmdbCollection[] = [];
  const gaps: ExpectedCollectionGap[] = [];
  const owned: TmdbMovie[] = [];
  let movieId = 10_000;
  let collectionId = 500_000;
  const unmatched = count >= 20 ? Math.max(1, Math.round(count * 0.01)) : 0;
  const copies = Math.round(count * 0.03);
  const matched = count - unmatched - copies;

  const newMovie = (name: string, releaseDate: string, collection: number | null): TmdbMovie => {
    movieId += rng.int(1, 3);
    const upcoming = releaseDate === '' || releaseDate > dayFrom(nowMs, 0);
    const movie: TmdbMovie = {
      id: movieId,
      title: name,
      releaseDate,
      imdbId: upcoming ? null : imdbId(movieId),
      status: releaseDate === '' ? 'Planned' : upcoming ? 'Post Production' : 'Released',
      collectionId: collection,
      posterPath: `/m${movieId}.jpg`,
    };
    tmdbMovies.push(movie);
    return movie;
  };

  while (owned.length < Math.min(matched, Math.round(matched * 0.3))) {
    collectionId += rng.int(1, 5);
    const id = collectionId;
    const name = uniqueTitle(rng, titles);
    const size = rng.int(2, 12);
    const upcoming = rng.chance(0.2) ? rng.int(1, Math.min(2, size - 1)) : 0;
    let day = -rng.int(60, 4000);
    const dates: string[] = [];
    for (let i = 0; i < size - upcoming; i++, day -= rng.int(200, 1500)) dates.unshift(dayFrom(nowMs, day));
    for (let i = 0; i < upcoming; i++) dates.push(rng.chance(0.5) ? '' : dayFrom(nowMs, rng.int(30, 900)));
    const parts = dates.map((date, i) => newMovie(i === 0 ? name : `${name} ${i + 1}`, date, id));
    collections.push({
      id,
      name: `${name} Collection`,
      partIds: shuffle(
        rng,
        parts.map((p) => p.id),
      ),
    });
    const released = parts.slice(0, size - upcoming);
    const complete = rng.chance(0.15);
    const mine = released.filter((_, i) => i === 0 || complete || rng.chance(0.65));
    owned.push(...mine);
    const missing = released.filter((p) => !mine.includes(p));
    if (released.length >= 2 && missing.length > 0) {
      gaps.push({
        tmdbId: id,
        name: `${name} Collection`,
        owned: mine.length,
        total: released.length,
        missing: missing.map((p) => ({
          tmdbId: p.id,
          title: p.title,
          year: Number(p.releaseDate.slice(0, 4)),
          releaseDate: p.releaseDate,
        })),
      });
    }
  }
  while (owned.length < matched)
    owned.push(newMovie(uniqueTitle(rng, titles), dayFrom(nowMs, -rng.int(60, 20_000)), null));

  const main: WorldMovie[] = shuffle(rng, owned.slice()).map((m) => plexMovie(rng, nextKey(), m, 'movies'));
  for (let i = 0; i < unmatched; i++) {
    const key = nextKey();
    main.splice(rng.int(0, main.length), 0, {
      ratingKey: key,
      title: `Home Video ${i + 1}`,
      guid: `local://${key}`,
      guids: [],
      files: [`/data/movies/Home Video ${i + 1}.mp4`],
    });
  }
  const fourK = Array.from({ length: copies }, () => plexMovie(rng, nextKey(), rng.pick(owned), 'movies-4k'));
  const homeVideos = main.filter((m) => m.guid.startsWith('local://'));
  return {
    sections: [
      { key: '1', title: 'Movies', type: 'movie', ...SECTION, movies: main },
      { key: '3', title: '4K Movies', type: 'movie', ...SECTION, movies: fourK },
    ],
    tmdbMovies,
    collections,
    expected: {
      collections: gaps.sort(byCollection),
      unmatched: homeVideos
        .map((m) => ({ title: m.title, ratingKey: m.ratingKey, library: 'Movies' }))
        .sort(byUnmatched),
    },
  };
}
