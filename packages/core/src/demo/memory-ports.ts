import type {
  CallOptions,
  ListOptions,
  MediaLibrary,
  MovieMetadataSource,
  TmdbEpisodeSource,
  TvdbEpisodeSource,
} from '../ports.js';
import type { Collection, EpisodeList } from '../types.js';
import type { DemoData } from './demo-data.js';

/** Rejects like a real adapter would when the call's signal is aborted. */
async function answer<T>(options: CallOptions | undefined, value: () => T): Promise<T> {
  if (options?.signal?.aborted) throw options.signal.reason;
  return structuredClone(value());
}

function listing<T>(items: T[], options: ListOptions | undefined): Promise<T[]> {
  return answer(options, () => {
    options?.onPage?.(items.length, items.length);
    return items;
  });
}

/** A {@link MediaLibrary} over in-memory records. */
export function createMemoryLibrary(
  data: Pick<DemoData, 'sections' | 'movies' | 'shows' | 'episodes' | 'defaultOrderings'>,
): MediaLibrary {
  const showKeys = (key: string) =>
    new Set(data.shows.filter((s) => s.sectionKey === key).map((s) => s.ratingKey));
  return {
    listSections: (o) => answer(o, () => data.sections),
    listMovies: (key, o) =>
      listing(
        data.movies.filter((m) => m.sectionKey === key),
        o,
      ),
    listShows: (key, o) =>
      listing(
        data.shows.filter((s) => s.sectionKey === key),
        o,
      ),
    listEpisodes: (key, o) => {
      const keys = showKeys(key);
      return listing(
        data.episodes.filter((e) => keys.has(e.showRatingKey)),
        o,
      );
    },
    getDefaultOrdering: (key, o) => answer(o, () => data.defaultOrderings[key] ?? null),
  };
}

const byDate = (a: { releaseDate: string | null }, b: { releaseDate: string | null }): number =>
  (a.releaseDate || '\uffff') < (b.releaseDate || '\uffff')
    ? -1
    : (a.releaseDate || '\uffff') > (b.releaseDate || '\uffff')
      ? 1
      : 0;

/** A {@link MovieMetadataSource} over in-memory TMDB records (English, as the demo library is: scope `:en`). */
export function createMemoryMetadata(
  data: Pick<DemoData, 'tmdbMovies' | 'collections'>,
  cacheScope = 'demo-tmdb:en',
): MovieMetadataSource {
  return {
    cacheScope,
    getMovie: (id, o) => answer(o, () => data.tmdbMovies.find((m) => m.tmdbId === id) ?? null),
    getCollection: (id, o) =>
      answer(o, (): Collection | null => {
        const c = data.collections.find((x) => x.tmdbId === id);
        return c ? { ...c, parts: [...c.parts].sort(byDate) } : null;
      }),
    findMovieByImdb: (imdb, o) =>
      answer(o, () => data.tmdbMovies.find((m) => m.imdbId === imdb)?.tmdbId ?? null),
  };
}

/** A {@link TvdbEpisodeSource} over in-memory TVDB records (English titles: scope `:en`). */
export function createMemoryTvdb(
  data: Pick<DemoData, 'tvdbSeries'>,
  cacheScope = 'demo-tvdb:en',
): TvdbEpisodeSource {
  return {
    cacheScope,
    getSeriesEpisodes: (id, type, o) =>
      answer(o, (): EpisodeList | null => {
        const s = data.tvdbSeries.find((x) => x.tvdbId === id);
        if (!s) return null;
        return { episodes: s.episodes[type] ?? s.episodes.default ?? [], ended: s.ended };
      }),
    findSeriesByImdb: (imdb, o) =>
      answer(o, () => data.tvdbSeries.find((s) => s.imdbId === imdb)?.tvdbId ?? null),
  };
}

/** A {@link TmdbEpisodeSource} over in-memory TMDB records (English titles: scope `:en`). */
export function createMemoryTmdb(
  data: Pick<DemoData, 'tmdbShows'>,
  cacheScope = 'demo-tmdb:en',
): TmdbEpisodeSource {
  const find = (pred: (s: DemoData['tmdbShows'][number]) => boolean) => data.tmdbShows.find(pred) ?? null;
  return {
    cacheScope,
    getShowEpisodes: (id, o) =>
      answer(o, (): EpisodeList | null => {
        const s = find((x) => x.tmdbId === id);
        return s ? { episodes: s.episodes, ended: s.ended } : null;
      }),
    getShowExternalIds: (id, o) =>
      answer(o, () => {
        const s = find((x) => x.tmdbId === id);
        return s ? { tvdb: s.tvdbId, imdb: s.imdbId } : null;
      }),
    findShowByTvdb: (tvdb, o) => answer(o, () => find((s) => s.tvdbId === tvdb)?.tmdbId ?? null),
    findShowByImdb: (imdb, o) => answer(o, () => find((s) => s.imdbId === imdb)?.tmdbId ?? null),
  };
}
