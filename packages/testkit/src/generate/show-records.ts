import type { Rng } from '../prng.js';
import type { TmdbShow, TvdbSeries } from '../world/types.js';
import {
  absoluteOrder,
  airedOrder,
  type BaseEpisode,
  dvdOrder,
  foldedOrder,
  type Numbered,
  toTmdb,
  toTvdb,
} from './show-lists.js';
import type { Ordering } from './show-plan.js';
import { imdbId } from './text.js';

/** Running id counters for series and TMDB shows. */
export interface ShowIds {
  tvdb: number;
  tmdb: number;
}

/** What a show is, as told to {@link showRecords}. */
export interface ShowFacts {
  title: string;
  eps: BaseEpisode[];
  sizes: number[];
  ordering: Ordering;
  continuing: boolean;
  anime: boolean;
  /** False for legacy/HAMA shows: TMDB does not know them (so no id resolution can guess). */
  inTmdb: boolean;
}

/**
 * The show's TVDB series (aired order; DVD and absolute orders where used) and TMDB show, plus the
 * list whose numbering Plex follows. The database the show is not ordered by numbers it differently
 * (season 2 folded into 1), so comparing against the wrong source gives wrong gaps.
 */
export function showRecords(
  rng: Rng,
  facts: ShowFacts,
  ids: ShowIds,
): { series: TvdbSeries; tmdb?: TmdbShow; list: Numbered[] } {
  const { eps, ordering, continuing } = facts;
  const aired = airedOrder(eps);
  const dvd = ordering.name === 'tvdbDvd' || rng.chance(0.1) ? dvdOrder(rng, eps, facts.sizes) : undefined;
  const absolute = ordering.name === 'tvdbAbsolute' || facts.anime ? absoluteOrder(eps) : undefined;
  ids.tvdb += rng.int(1, 9);
  const series: TvdbSeries = {
    id: ids.tvdb,
    name: facts.title,
    status: continuing ? 'Continuing' : 'Ended',
    firstAired: eps.find((e) => e.season === 1)?.aired ?? '',
    originalLanguage: facts.anime ? 'jpn' : 'eng',
    imdbId: imdbId(ids.tvdb + 1_000_000),
    tmdbId: null,
    episodes: {
      official: toTvdb(ordering.source === 'tmdb' ? foldedOrder(eps) : aired, !continuing),
      ...(dvd ? { dvd: toTvdb(dvd, false) } : {}),
      ...(absolute ? { absolute: toTvdb(absolute, false) } : {}),
    },
  };
  const list = ordering.name === 'tvdbDvd' ? dvd! : ordering.name === 'tvdbAbsolute' ? absolute! : aired;
  if (!facts.inTmdb) return { series, list };
  ids.tmdb += rng.int(1, 9);
  const tmdb: TmdbShow = {
    id: ids.tmdb,
    name: facts.title,
    firstAirDate: series.firstAired,
    status: continuing ? 'Returning Series' : 'Ended',
    imdbId: series.imdbId,
    tvdbId: series.id,
    seasons: toTmdb(ordering.source === 'tmdb' ? aired : foldedOrder(eps)),
  };
  series.tmdbId = tmdb.id;
  return { series, tmdb, list };
}
