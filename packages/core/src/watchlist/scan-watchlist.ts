import type { EpisodeScanOptions } from '../options.js';
import type {
  CacheStore,
  MediaLibrary,
  MovieMetadataSource,
  TmdbEpisodeSource,
  TvdbEpisodeSource,
} from '../ports.js';
import type { EpisodeGapReport, LibraryServer } from '../report.js';
import { forEachBounded, throwIfAborted } from '../scan/abort.js';
import { flatten, readSections } from '../scan/read-listings.js';
import { createRunContext, type RunContext } from '../scan/run-context.js';
import { scanEpisodes } from '../scan/scan-episodes.js';
import type { ScanRunOptions } from '../scan-types.js';
import type { ExternalIds, OwnedMovie, OwnedShow } from '../types.js';
import { resolveWatchlistIds } from './resolve-watchlist-ids.js';
import { findWatchlistGaps, NO_IDS } from './watchlist-gaps.js';
import type { WatchlistItem, WatchlistReport, WatchlistSource } from './watchlist-types.js';

/** What {@link scanWatchlist} reads through. */
export interface WatchlistScanDeps {
  library: MediaLibrary;
  watchlist: WatchlistSource;
  /** Resolves IMDb-only films (TMDB). */
  metadata?: MovieMetadataSource;
  tvdb?: TvdbEpisodeSource;
  tmdb?: TmdbEpisodeSource;
  cache?: CacheStore;
}

/** Options of {@link scanWatchlist}: which libraries count as owned, and the episode rules. */
export type WatchlistScanOptions = EpisodeScanOptions & ScanRunOptions;

function idsOf(items: ReadonlyArray<{ ids: ExternalIds }>): {
  tmdb: Set<number>;
  tvdb: Set<number>;
  imdb: Set<string>;
} {
  const owned = { tmdb: new Set<number>(), tvdb: new Set<number>(), imdb: new Set<string>() };
  for (const { ids } of items) {
    if (ids.tmdb !== undefined) owned.tmdb.add(ids.tmdb);
    if (ids.tvdb !== undefined) owned.tvdb.add(ids.tvdb);
    if (ids.imdb !== undefined) owned.imdb.add(ids.imdb);
  }
  return owned;
}

/**
 * Adds the TMDB ids of the owned films Plex knows only by IMDb id, looked up as the movie scan does (same
 * cache keys, so a warm cache costs nothing); a failed lookup makes the report partial.
 */
async function resolveImdbOnly(
  movies: readonly OwnedMovie[],
  owned: { tmdb: Set<number> },
  deps: WatchlistScanDeps,
  ctx: RunContext,
): Promise<void> {
  const { metadata } = deps;
  if (!metadata) return;
  const imdbOnly = movies.filter((m) => m.ids.tmdb === undefined && m.ids.imdb !== undefined);
  await forEachBounded(imdbOnly, ctx.concurrency, ctx.signal, async (movie) => {
    const imdb = movie.ids.imdb as string;
    try {
      const key = `${metadata.cacheScope}:movie-imdb:${imdb}`;
      const tmdb = await ctx.lookup('tmdb_find', key, ctx.ttls.tmdbMovie, () =>
        metadata.findMovieByImdb(imdb, { signal: ctx.signal }),
      );
      if (tmdb !== null) owned.tmdb.add(tmdb);
    } catch (error) {
      ctx.itemFailed(error, { item: `"${movie.title}"`, service: 'tmdb', action: 'Looking up' }, false);
    }
  });
}

/** True when a Plex show is one of the watchlisted shows (any shared id). */
function watchedBy(items: readonly WatchlistItem[]): (show: OwnedShow) => boolean {
  const watched = idsOf(items.filter((i) => i.type === 'show'));
  return ({ ids }) =>
    (ids.tvdb !== undefined && watched.tvdb.has(ids.tvdb)) ||
    (ids.tmdb !== undefined && watched.tmdb.has(ids.tmdb)) ||
    (ids.imdb !== undefined && watched.imdb.has(ids.imdb));
}

/**
 * Lists the account's watchlist items that no scanned library owns (docs/spec.md §5 "Watchlist"): reads the
 * watchlist, resolves IMDb-only items, lists the films of every movie library (ownership is by id, no TMDB
 * lookup per film), and runs the episode scan ({@link scanEpisodes}) over the watchlisted shows the
 * libraries hold, so an owned show is listed when aired episodes are missing. A watchlist that cannot be
 * read stops the scan (nothing could be said); a failed library or show makes the report `partial`.
 */
export async function scanWatchlist(
  deps: WatchlistScanDeps,
  options: WatchlistScanOptions,
): Promise<WatchlistReport> {
  const run: WatchlistScanOptions = { ...options, whenNoLibraryOfType: 'empty' };
  const ctx = createRunContext('movies', run, deps.cache);
  throwIfAborted(ctx.signal);
  const items = await resolveWatchlistIds(
    await deps.watchlist.listWatchlist({
      signal: ctx.signal,
      onSkippedItem: (message) => {
        ctx.warnings.add({ code: 'malformed-response', message, service: 'plex.tv', item: 'watchlist' });
        ctx.share.degrade();
      },
    }),
    deps,
    ctx,
  );
  const films = await readSections(ctx, deps.library, 'movie', options.libraries, (s, o) =>
    deps.library.listMovies(s.key, o),
  );
  const ownedMovies = idsOf(flatten<OwnedMovie>(films.results));
  await resolveImdbOnly(flatten<OwnedMovie>(films.results), ownedMovies, deps, ctx);
  const movieStatus = ctx.share.verdict();

  let episodes: EpisodeGapReport | undefined;
  const matched: OwnedShow[] = [];
  if (items.some((i) => i.type === 'show')) {
    const watched = watchedBy(items);
    const lib = deps.library;
    // Only the watchlisted shows are compared: the rest of the library costs no TVDB/TMDB request.
    const library: MediaLibrary = {
      listSections: (o) => lib.listSections(o),
      listMovies: (key, o) => lib.listMovies(key, o),
      listShows: async (key, o) => {
        const mine = (await lib.listShows(key, o)).filter(watched);
        for (const show of mine) matched.push(show);
        return mine;
      },
      listEpisodes: (key, o) => lib.listEpisodes(key, o),
      getDefaultOrdering: (key, o) => lib.getDefaultOrdering(key, o),
    };
    episodes = await scanEpisodes(
      {
        library,
        ...(deps.tvdb && { tvdb: deps.tvdb }),
        ...(deps.tmdb && { tmdb: deps.tmdb }),
        ...(deps.cache && { cache: deps.cache }),
      },
      run,
    );
  }
  const gaps = findWatchlistGaps(
    {
      items,
      ownedMovies,
      ownedShows: matched.length > 0 ? idsOf(matched) : NO_IDS,
      showGaps: episodes?.shows ?? [],
    },
    ctx.now,
  );
  const partial = movieStatus === 'partial' || episodes?.status === 'partial';
  const libraryServers: LibraryServer[] = [
    ...films.sections.map((s) => ({ library: s.title, server: s.server ?? '' })),
    ...(episodes?.libraryServers ?? []),
  ];
  const unmatched = [...gaps.unmatched, ...(episodes?.unmatched ?? [])];
  return {
    type: 'watchlist',
    status: partial ? 'partial' : 'complete',
    generatedAt: ctx.now.toISOString(),
    libraries: [...films.sections.map((s) => s.title), ...(episodes?.libraries ?? [])],
    ...(libraryServers.some((s) => s.server !== '') && { libraryServers }),
    summary: {
      items: items.length,
      owned: gaps.owned,
      missingMovies: gaps.movies.filter((m) => m.released).length,
      upcomingMovies: gaps.movies.filter((m) => !m.released).length,
      showsNotOwned: gaps.shows.filter((s) => !s.owned).length,
      showsWithGaps: gaps.shows.filter((s) => s.owned).length,
      unmatched: unmatched.length,
    },
    // Both halves list the sections, so one unreachable server would be said twice.
    warnings: [...ctx.warnings.list, ...(episodes?.warnings ?? [])].filter(
      (w, i, all) => all.findIndex((x) => x.code === w.code && x.message === w.message) === i,
    ),
    unmatched,
    movies: gaps.movies,
    shows: gaps.shows,
  };
}
