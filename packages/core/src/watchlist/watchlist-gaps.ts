import { isAfterToday, utcDay } from '../dates.js';
import type { ShowGap, UnmatchedItem } from '../report.js';
import type { ExternalIds } from '../types.js';
import type { WatchlistItem, WatchlistMovie, WatchlistShow } from './watchlist-types.js';

/** Ids of what the scanned servers own, by kind of id. */
export interface OwnedIds {
  tmdb: ReadonlySet<number>;
  tvdb: ReadonlySet<number>;
  imdb: ReadonlySet<string>;
}

/** What {@link findWatchlistGaps} compares. */
export interface WatchlistGapInput {
  /** The watchlist, ids already resolved (an IMDb-only item looked up like a library item). */
  items: readonly WatchlistItem[];
  /** Ids of every owned film of the scanned movie libraries. */
  ownedMovies: OwnedIds;
  /** Ids of every owned show of the scanned show libraries. */
  ownedShows: OwnedIds;
  /** The episode scan's gaps of the owned watchlisted shows (docs/spec.md §3). */
  showGaps: readonly ShowGap[];
}

/** What {@link findWatchlistGaps} finds. */
export interface WatchlistGaps {
  movies: WatchlistMovie[];
  shows: WatchlistShow[];
  unmatched: UnmatchedItem[];
  /** Items owned whole, left out. */
  owned: number;
}

/** An empty id set. */
export const NO_IDS: OwnedIds = { tmdb: new Set(), tvdb: new Set(), imdb: new Set() };

function isOwned(ids: ExternalIds, owned: OwnedIds, useTvdb: boolean): boolean {
  return (
    (ids.tmdb !== undefined && owned.tmdb.has(ids.tmdb)) ||
    (useTvdb && ids.tvdb !== undefined && owned.tvdb.has(ids.tvdb)) ||
    (ids.imdb !== undefined && owned.imdb.has(ids.imdb))
  );
}

const sameShow = (ids: ExternalIds, gap: ShowGap): boolean =>
  (ids.tvdb !== undefined && gap.tvdbId === ids.tvdb) ||
  (ids.tmdb !== undefined && gap.tmdbId === ids.tmdb) ||
  (ids.imdb !== undefined && gap.imdbId === ids.imdb);

/** Released films oldest first, then upcoming ones soonest first, undated last. */
function byRelease(a: WatchlistMovie, b: WatchlistMovie): number {
  if (a.released !== b.released) return a.released ? -1 : 1;
  if (a.releaseDate === b.releaseDate) return a.title.localeCompare(b.title);
  if (a.releaseDate === null) return 1;
  if (b.releaseDate === null) return -1;
  return a.releaseDate < b.releaseDate ? -1 : 1;
}

/**
 * The watchlisted items no scanned server owns (docs/spec.md §5 "Watchlist"): films not owned, released or
 * upcoming (compared with the UTC day of `now`); shows not owned at all; and owned shows the episode scan
 * found aired episodes missing from. An item with no usable id is unmatched, never "missing". Pure.
 */
export function findWatchlistGaps(input: WatchlistGapInput, now: Date): WatchlistGaps {
  const today = utcDay(now);
  const out: WatchlistGaps = { movies: [], shows: [], unmatched: [], owned: 0 };
  const notOwned: WatchlistShow[] = [];
  const withGaps: WatchlistShow[] = [];
  for (const item of input.items) {
    const { ids } = item;
    const common = {
      tmdbId: ids.tmdb ?? null,
      imdbId: ids.imdb ?? null,
      title: item.title,
      year: item.year ?? null,
    };
    const usable =
      item.type === 'movie' ? ids.tmdb !== undefined : ids.tvdb !== undefined || ids.tmdb !== undefined;
    if (!usable) {
      out.unmatched.push({
        title: item.title,
        year: item.year ?? null,
        ratingKey: item.ratingKey,
        library: 'Watchlist',
        code: ids.imdb === undefined ? 'no-id' : 'imdb-unknown',
        reason:
          ids.imdb === undefined
            ? `no ${item.type === 'movie' ? 'TMDB' : 'TVDB or TMDB'} id on the watchlist item`
            : `no ${item.type === 'movie' ? 'TMDB film' : 'TVDB or TMDB show'} has IMDb id ${ids.imdb}`,
      });
      continue;
    }
    if (item.type === 'movie') {
      if (isOwned(ids, input.ownedMovies, false)) {
        out.owned += 1;
        continue;
      }
      const releaseDate = item.releaseDate ?? null;
      out.movies.push({ ...common, releaseDate, released: !isAfterToday(releaseDate, today) });
      continue;
    }
    const show = { ...common, tvdbId: ids.tvdb ?? null };
    if (!isOwned(ids, input.ownedShows, true)) {
      notOwned.push({ ...show, owned: false, missingCount: 0, seasons: [] });
      continue;
    }
    const gap = input.showGaps.find((g) => sameShow(ids, g));
    if (!gap) {
      out.owned += 1;
      continue;
    }
    withGaps.push({ ...show, owned: true, missingCount: gap.missingCount, seasons: gap.seasons });
  }
  out.movies.sort(byRelease);
  out.shows = [...notOwned, ...withGaps];
  return out;
}
