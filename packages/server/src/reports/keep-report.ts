import type {
  CollectionGap,
  EpisodeGapReport,
  MissingEpisode,
  MissingMovie,
  MovieGapReport,
  SeasonGap,
  ShowGap,
} from '@complexionist/core';

/** The code of the warning a kept report carries for the items it took over from the one before. */
export const KEPT_WARNING = 'kept-from-previous-report';

/**
 * The report to store after a scan, which the page and the Radarr/Sonarr lists are built from. A complete
 * report replaces the previous one. A partial one (some lookups failed) may only add: every missing film,
 * episode, collection or show of the previous report that the new one lacks is kept, because the scan may
 * simply not have been able to check it, and a list that shrinks can make Radarr or Sonarr remove titles.
 * (A failed scan gives no report and never reaches this.)
 */
export function reportToKeep<R extends MovieGapReport | EpisodeGapReport>(
  fresh: R,
  previous: R | undefined,
): R {
  if ((fresh.status ?? 'complete') === 'complete' || previous === undefined) return fresh;
  return (
    fresh.type === 'movies'
      ? keepMovies(fresh, previous as MovieGapReport)
      : keepEpisodes(fresh as EpisodeGapReport, previous as EpisodeGapReport)
  ) as R;
}

/** `fresh` followed by the items of `old` whose key it does not hold. */
function union<T>(fresh: readonly T[], old: readonly T[], key: (item: T) => string | number): T[] {
  const seen = new Set(fresh.map(key));
  return [...fresh, ...old.filter((item) => !seen.has(key(item)))];
}

function keptWarning(added: number, previous: { generatedAt: string }) {
  return {
    code: KEPT_WARNING,
    message: `This scan was partial, so ${added} missing item${added === 1 ? '' : 's'} of the report of ${previous.generatedAt} it could not confirm ${added === 1 ? 'was' : 'were'} kept.`,
  };
}

function keepMovies(fresh: MovieGapReport, previous: MovieGapReport): MovieGapReport {
  const byId = new Map(previous.collections.map((c) => [c.tmdbId, c]));
  const merged: CollectionGap[] = fresh.collections.map((gap) => {
    const old = byId.get(gap.tmdbId);
    if (!old) return gap;
    const missing = union<MissingMovie>(gap.missing, old.missing, (m) => m.tmdbId);
    missing.sort((a, b) => (a.releaseDate ?? '9999').localeCompare(b.releaseDate ?? '9999'));
    return { ...gap, missing };
  });
  const collections = union(merged, previous.collections, (c) => c.tmdbId);
  const missingMovies = collections.reduce((n, c) => n + c.missing.length, 0);
  const added = missingMovies - fresh.summary.missingMovies;
  return {
    ...fresh,
    summary: { ...fresh.summary, collectionsWithGaps: collections.length, missingMovies },
    warnings: added > 0 ? [...fresh.warnings, keptWarning(added, previous)] : fresh.warnings,
    collections,
  };
}

const showKey = (show: ShowGap): string =>
  show.tvdbId !== null ? `tvdb:${show.tvdbId}` : show.tmdbId !== null ? `tmdb:${show.tmdbId}` : show.title;

function keepSeasons(fresh: readonly SeasonGap[], old: readonly SeasonGap[]): SeasonGap[] {
  const byNumber = new Map(old.map((s) => [s.season, s]));
  const merged = fresh.map((season) => {
    const before = byNumber.get(season.season);
    if (!before) return season;
    const missing = union<MissingEpisode>(season.missing, before.missing, (e) => e.episode);
    return { ...season, missing: missing.sort((a, b) => a.episode - b.episode) };
  });
  return union(merged, old, (s) => s.season).sort((a, b) => a.season - b.season);
}

function keepEpisodes(fresh: EpisodeGapReport, previous: EpisodeGapReport): EpisodeGapReport {
  const byKey = new Map(previous.shows.map((s) => [showKey(s), s]));
  const merged = fresh.shows.map((show) => {
    const old = byKey.get(showKey(show));
    if (!old) return show;
    const seasons = keepSeasons(show.seasons, old.seasons);
    return { ...show, seasons, missingCount: seasons.reduce((n, s) => n + s.missing.length, 0) };
  });
  const shows = union(merged, previous.shows, showKey);
  const missingEpisodes = shows.reduce((n, s) => n + s.missingCount, 0);
  const added = missingEpisodes - fresh.summary.missingEpisodes;
  return {
    ...fresh,
    summary: { ...fresh.summary, showsWithGaps: shows.length, missingEpisodes },
    warnings: added > 0 ? [...fresh.warnings, keptWarning(added, previous)] : fresh.warnings,
    shows,
  };
}
