import type { TmdbEpisodeSource, TvdbEpisodeSource } from '../ports.js';
import type { OwnedShow, ShowIds } from '../types.js';
import type { RunContext } from './run-context.js';

/** Lazily resolves a show's TVDB and TMDB ids; each id is looked up at most once. */
export interface ShowIdResolver {
  tvdb(): Promise<number | null>;
  tmdb(): Promise<number | null>;
  /** The ids known so far (from Plex, plus whatever was resolved). */
  known(): ShowIds;
}

/** The episode sources a resolver may ask. */
export interface ShowIdSources {
  tvdb?: TvdbEpisodeSource | undefined;
  tmdb?: TmdbEpisodeSource | undefined;
}

/**
 * Resolves a show's ids as docs/spec.md §3.2 says. TVDB: the Plex id; else TMDB's external ids of the show's
 * TMDB id; else TVDB's IMDb search. TMDB: the Plex id; else TMDB `/find` by TVDB id, else by IMDb id. Nothing
 * is asked until an id is needed, so a show compared with TVDB never costs a TMDB request.
 */
export function createShowIdResolver(
  show: OwnedShow,
  sources: ShowIdSources,
  ctx: RunContext,
): ShowIdResolver {
  const ids: ShowIds = {
    tvdb: show.ids.tvdb ?? null,
    tmdb: show.ids.tmdb ?? null,
    imdb: show.ids.imdb ?? null,
  };
  const ttl = ctx.ttls.tmdbMovie;
  const call = { signal: ctx.signal };
  let tvdbPromise: Promise<number | null> | undefined;
  let tmdbPromise: Promise<number | null> | undefined;

  const resolveTvdb = async (): Promise<number | null> => {
    const { tmdb, tvdb } = sources;
    if (ids.tvdb === null && tmdb && ids.tmdb !== null) {
      const tmdbId = ids.tmdb;
      const external = await ctx.lookup('show_ids', `${tmdb.cacheScope}:tv-external:${tmdbId}`, ttl, () =>
        tmdb.getShowExternalIds(tmdbId, call),
      );
      ids.tvdb = external?.tvdb ?? null;
      ids.imdb = ids.imdb ?? external?.imdb ?? null;
    }
    if (ids.tvdb === null && tvdb && ids.imdb) {
      const imdb = ids.imdb;
      ids.tvdb = await ctx.lookup('show_ids', `${tvdb.cacheScope}:series-imdb:${imdb}`, ttl, () =>
        tvdb.findSeriesByImdb(imdb, call),
      );
    }
    return ids.tvdb;
  };

  const resolveTmdb = async (): Promise<number | null> => {
    const { tmdb } = sources;
    if (ids.tmdb !== null || !tmdb) return ids.tmdb;
    const tvdbId = ids.tvdb;
    if (tvdbId !== null) {
      ids.tmdb = await ctx.lookup('tmdb_find', `${tmdb.cacheScope}:tv-tvdb:${tvdbId}`, ttl, () =>
        tmdb.findShowByTvdb(tvdbId, call),
      );
    }
    const imdb = ids.imdb;
    if (ids.tmdb === null && imdb) {
      ids.tmdb = await ctx.lookup('tmdb_find', `${tmdb.cacheScope}:tv-imdb:${imdb}`, ttl, () =>
        tmdb.findShowByImdb(imdb, call),
      );
    }
    return ids.tmdb;
  };

  return {
    tvdb: () => {
      tvdbPromise ??= resolveTvdb();
      return tvdbPromise;
    },
    tmdb: () => {
      tmdbPromise ??= resolveTmdb();
      return tmdbPromise;
    },
    known: () => ({ ...ids }),
  };
}
