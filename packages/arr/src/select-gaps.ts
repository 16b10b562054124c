import type { MovieGapReport, ShowGap } from '@complexionist/core';
import { UsageError } from '@complexionist/core';

/** A missing film to send to Radarr. */
export interface FilmToSend {
  tmdbId: number;
  title: string;
  year: number | null;
}

/**
 * Which part of a report to send: everything, one collection or one film (TMDB ids), one show (TVDB id) or
 * one season of it.
 */
export type GapSelection =
  | { all: true }
  | { collection: number }
  | { movie: number }
  | { show: number; season?: number };

/**
 * The missing films of a movie report, or of one collection, once each (a film can sit in two
 * collections' reports only by mistake, but sending it twice must be impossible). Films the report left
 * out as upcoming are not included: Radarr would add them, but the user asked for what is missing now.
 */
export function filmsToSend(report: MovieGapReport, selection: GapSelection): FilmToSend[] {
  if ('show' in selection) throw new UsageError('shows go to sonarr, not radarr');
  const collections =
    'collection' in selection
      ? report.collections.filter((c) => c.tmdbId === selection.collection)
      : report.collections;
  if ('collection' in selection && collections.length === 0) {
    throw new UsageError(
      `Collection ${selection.collection} has no missing films in the scan (is the TMDB collection id right?)`,
    );
  }
  const seen = new Map<number, FilmToSend>();
  for (const collection of collections)
    for (const m of collection.missing)
      if (!seen.has(m.tmdbId)) seen.set(m.tmdbId, { tmdbId: m.tmdbId, title: m.title, year: m.year });
  if (!('movie' in selection)) return [...seen.values()];
  const film = seen.get(selection.movie);
  if (!film)
    throw new UsageError(`Film ${selection.movie} is not missing in the scan (is the TMDB id right?)`);
  return [film];
}

/** The shows of an episode report to send: all, the one with this TVDB id, or one season of it. */
export function showsToSend(shows: ShowGap[], selection: GapSelection): ShowGap[] {
  if ('collection' in selection || 'movie' in selection)
    throw new UsageError('collections and films go to radarr, not sonarr');
  if (!('show' in selection)) return shows;
  const found = shows.filter((s) => s.tvdbId === selection.show);
  if (found.length === 0) {
    throw new UsageError(
      `Show ${selection.show} has no missing episodes in the scan (is the TVDB show id right?)`,
    );
  }
  const { season } = selection;
  if (season === undefined) return found;
  const seasons = found.map((show) => ({
    ...show,
    seasons: show.seasons.filter((s) => s.season === season),
  }));
  if (seasons.every((show) => show.seasons.length === 0))
    throw new UsageError(`Season ${season} of show ${selection.show} has no missing episodes in the scan`);
  return seasons.map((show) => ({
    ...show,
    missingCount: show.seasons.reduce((sum, s) => sum + s.missing.length, 0),
  }));
}
