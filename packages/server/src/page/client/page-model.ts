/** Pure data functions of the page script: the text filter, dropping ignored items, progress and end wording. */
import type {
  CollectionGap,
  EpisodeGapReport,
  IgnoreList,
  MissingEpisode,
  MissingMovie,
  MovieGapReport,
  SeasonGap,
  ShowGap,
} from '@complexionist/core';
import { episodeCode, showKey } from './render.js';

/** A collection as currently shown: the movies left after the text filter. */
export interface CollectionView {
  collection: CollectionGap;
  movies: MissingMovie[];
}

/** A show as currently shown: the seasons and episodes left after the text filter. */
export interface ShowView {
  show: ShowGap;
  seasons: SeasonGap[];
  count: number;
}

/** Collections whose name, or movies whose title, contain the (lower-case) query. */
export function movieViews(report: MovieGapReport | null, query: string): CollectionView[] {
  const out: CollectionView[] = [];
  for (const collection of report?.collections ?? []) {
    const all = !query || collection.name.toLowerCase().includes(query);
    const movies = all
      ? collection.missing
      : collection.missing.filter((m) => m.title.toLowerCase().includes(query));
    if (movies.length > 0) out.push({ collection, movies });
  }
  return out;
}

/** Shows whose title, or episodes whose title or code (`s02e05`), contain the (lower-case) query. */
export function showViews(report: EpisodeGapReport | null, query: string): ShowView[] {
  const out: ShowView[] = [];
  for (const show of report?.shows ?? []) {
    if (!query || show.title.toLowerCase().includes(query)) {
      out.push({ show, seasons: show.seasons, count: show.missingCount });
      continue;
    }
    const matches = (e: MissingEpisode) =>
      (e.title ?? '').toLowerCase().includes(query) ||
      episodeCode(e.season, e.episode).toLowerCase().includes(query);
    const seasons = show.seasons
      .map((season) => ({ season: season.season, missing: season.missing.filter(matches) }))
      .filter((season) => season.missing.length > 0);
    const count = seasons.reduce((sum, season) => sum + season.missing.length, 0);
    if (count > 0) out.push({ show, seasons, count });
  }
  return out;
}

/** Only the films new since the previous scan (the "new since" filter). */
export function freshMovieViews(views: CollectionView[], fresh: readonly number[]): CollectionView[] {
  return views
    .map((view) => ({ ...view, movies: view.movies.filter((m) => fresh.includes(m.tmdbId)) }))
    .filter((view) => view.movies.length > 0);
}

/** Only the episodes new since the previous scan (`fresh` as `<show id>:S01E02`). */
export function freshShowViews(views: ShowView[], fresh: readonly string[]): ShowView[] {
  const out: ShowView[] = [];
  for (const view of views) {
    const key = showKey(view.show);
    const seasons = view.seasons
      .map((season) => ({
        season: season.season,
        missing: season.missing.filter((e) => fresh.includes(`${key}:${episodeCode(e.season, e.episode)}`)),
      }))
      .filter((season) => season.missing.length > 0);
    const count = seasons.reduce((sum, season) => sum + season.missing.length, 0);
    if (count > 0) out.push({ show: view.show, seasons, count });
  }
  return out;
}

/** The collections left once a collection or movie is ignored. */
export function withoutIgnoredMovies(
  report: MovieGapReport,
  kind: keyof IgnoreList,
  value: string,
): CollectionGap[] {
  const id = Number(value);
  return report.collections
    .filter((c) => kind !== 'collections' || c.tmdbId !== id)
    .map((c) => ({ ...c, missing: c.missing.filter((m) => kind !== 'movies' || m.tmdbId !== id) }))
    .filter((c) => c.missing.length > 0);
}

/** The shows left once a show or episode is ignored (`value` as the ignore list writes it). */
export function withoutIgnoredShows(
  report: EpisodeGapReport,
  kind: keyof IgnoreList,
  value: string,
): ShowGap[] {
  return report.shows
    .filter((s) => kind !== 'shows' || showKey(s) !== value)
    .map((s) => {
      const prefix = `${showKey(s)}:`;
      if (kind !== 'episodes' || !value.startsWith(prefix)) return s;
      const seasons = s.seasons
        .map((season) => ({
          ...season,
          missing: season.missing.filter((e) => prefix + episodeCode(e.season, e.episode) !== value),
        }))
        .filter((season) => season.missing.length > 0);
      return {
        ...s,
        seasons,
        missingCount: seasons.reduce((sum, season) => sum + season.missing.length, 0),
      };
    })
    .filter((s) => s.missingCount > 0);
}

/** "movies: Fetching collections 3 / 7". */
export function progressText(progress: {
  scan?: string | null;
  phase: string;
  done: number;
  total: number;
}): string {
  const phases: Record<string, string> = {
    queued: 'Waiting for another scan to finish',
    libraries: 'Reading the Plex libraries',
    movies: 'Looking up movies',
    collections: 'Fetching collections',
    shows: 'Matching shows',
    episodes: 'Fetching episode lists',
    done: 'Finishing',
  };
  const counts = progress.total > 0 ? ` ${progress.done} / ${progress.total}` : '';
  const scan = progress.scan ? `${progress.scan}: ` : '';
  return `${scan}${phases[progress.phase] ?? progress.phase}${counts}`;
}

/** The status line for a scan that ended without a report: a cancelled scan reads as cancelled, not failed. */
export function endedText(error: { code?: string; message?: string; hint?: string } | undefined): string {
  if (error?.code === 'cancelled') return 'Scan cancelled.';
  const detail = [error?.message, error?.hint].filter(Boolean).join(' ');
  return `Scan failed: ${detail || 'no reason was given.'}`;
}
