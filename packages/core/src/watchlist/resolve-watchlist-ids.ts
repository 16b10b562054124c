import type { RunContext } from '../scan/run-context.js';
import type { ExternalIds } from '../types.js';
import type { WatchlistScanDeps } from './scan-watchlist.js';
import type { WatchlistItem } from './watchlist-types.js';

/**
 * Fills in the ids a watchlist item lacks the way library items get theirs (docs/spec.md §2.2, §3.2): a film
 * known only by its IMDb id is looked up in TMDB (`/find`), a show known only by its IMDb id in TVDB, then
 * TMDB. Answers are cached like the scans'. A failed lookup is a warning and leaves the item as it was (it
 * is then unmatched), so one bad item never stops the list.
 */
export async function resolveWatchlistIds(
  items: readonly WatchlistItem[],
  deps: WatchlistScanDeps,
  ctx: RunContext,
): Promise<WatchlistItem[]> {
  const { signal } = ctx;
  const resolve = async (item: WatchlistItem): Promise<ExternalIds> => {
    const { ids } = item;
    const imdb = ids.imdb;
    if (imdb === undefined) return ids;
    if (item.type === 'movie' && ids.tmdb === undefined && deps.metadata) {
      const metadata = deps.metadata;
      const key = `${metadata.cacheScope}:movie-imdb:${imdb}`;
      const tmdb = await ctx.lookup('tmdb_find', key, ctx.ttls.tmdbMovie, () =>
        metadata.findMovieByImdb(imdb, { signal }),
      );
      return tmdb === null ? ids : { ...ids, tmdb };
    }
    if (item.type === 'show' && ids.tvdb === undefined && ids.tmdb === undefined) {
      const { tvdb, tmdb } = deps;
      if (tvdb) {
        const key = `${tvdb.cacheScope}:series-imdb:${imdb}`;
        const found = await ctx.lookup('show_ids', key, ctx.ttls.tmdbMovie, () =>
          tvdb.findSeriesByImdb(imdb, { signal }),
        );
        if (found !== null) return { ...ids, tvdb: found };
      }
      if (tmdb) {
        const key = `${tmdb.cacheScope}:tv-imdb:${imdb}`;
        const found = await ctx.lookup('tmdb_find', key, ctx.ttls.tmdbMovie, () =>
          tmdb.findShowByImdb(imdb, { signal }),
        );
        if (found !== null) return { ...ids, tmdb: found };
      }
    }
    return ids;
  };
  const out: WatchlistItem[] = [];
  for (const item of items) {
    try {
      out.push({ ...item, ids: await resolve(item) });
    } catch (error) {
      ctx.itemFailed(error, { item: `"${item.title}"`, service: 'tmdb/tvdb', action: 'Resolving' }, false);
      out.push(item);
    }
  }
  return out;
}
