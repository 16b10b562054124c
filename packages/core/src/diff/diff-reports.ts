import { UsageError } from '../errors.js';
import { episodeIgnoreSet, isEpisodeIgnored, isShowIgnored } from '../ignore.js';
import type { IgnoreList } from '../options.js';
import type { EpisodeGapReport, MovieGapReport } from '../report.js';
import type { DiffEpisode, DiffMovie, EpisodeReportDiff, MovieReportDiff } from './diff-types.js';
import { isDiffable } from './diffable.js';

/** Options of {@link diffReports}. */
export interface DiffOptions {
  /**
   * The ignore list as it is now: an item that left the report and is on it counts as `newlyIgnored`, not
   * `acquired`. @default nothing ignored
   */
  ignore?: Partial<IgnoreList>;
}

function movieItems(report: MovieGapReport): Map<string, DiffMovie> {
  const items = new Map<string, DiffMovie>();
  for (const collection of report.collections) {
    for (const movie of collection.missing) {
      items.set(String(movie.tmdbId), {
        tmdbId: movie.tmdbId,
        title: movie.title,
        year: movie.year,
        releaseDate: movie.releaseDate,
        collection: { tmdbId: collection.tmdbId, name: collection.name },
      });
    }
  }
  return items;
}

// A show is known by its TVDB id, else its TMDB id, else its title (a show with neither has no stable id).
function showKey(show: DiffEpisode['show']): string {
  if (show.tvdbId != null) return `tvdb:${show.tvdbId}`;
  if (show.tmdbId != null) return `tmdb:${show.tmdbId}`;
  return `title:${show.title.toLowerCase()}`;
}

function episodeItems(report: EpisodeGapReport): Map<string, DiffEpisode> {
  const items = new Map<string, DiffEpisode>();
  for (const gap of report.shows) {
    const show = { title: gap.title, year: gap.year, tvdbId: gap.tvdbId, tmdbId: gap.tmdbId };
    for (const season of gap.seasons) {
      for (const e of season.missing) {
        const item = { show, season: e.season, episode: e.episode, title: e.title, aired: e.aired };
        items.set(`${showKey(show)}:${e.season}:${e.episode}`, item);
      }
    }
  }
  return items;
}

function split<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  ignored: (item: T) => boolean,
): { newlyMissing: T[]; acquired: T[]; newlyIgnored: T[] } {
  const newlyMissing = [...after].filter(([key]) => !before.has(key)).map(([, item]) => item);
  const gone = [...before].filter(([key]) => !after.has(key)).map(([, item]) => item);
  return {
    newlyMissing,
    acquired: gone.filter((item) => !ignored(item)),
    newlyIgnored: gone.filter(ignored),
  };
}

function assertDiffable(report: MovieGapReport | EpisodeGapReport, side: 'from' | 'to'): void {
  if (isDiffable(report)) return;
  throw new UsageError(
    `The ${side} report (${report.type}, ${report.generatedAt}) is not from a complete scan, so it cannot be compared.`,
    { hint: 'Compare two complete scans; a scan with items it could not check is partial.' },
  );
}

/**
 * What changed between two complete reports of the same type: films and episodes that became missing, that
 * stopped being missing, and that left because they are now ignored. Items keep the order of the report
 * they come from. Pure: the reports are not changed.
 *
 * Throws a {@link UsageError} when either report is not from a complete scan ({@link isDiffable}): a partial
 * report would turn every unchecked gap into "acquired".
 *
 * @example
 * const diff = diffReports(yesterday, today, { ignore: config.ignore });
 * for (const film of diff.newlyMissing) console.log(`${film.title} (${film.collection.name})`);
 */
export function diffReports(from: MovieGapReport, to: MovieGapReport, options?: DiffOptions): MovieReportDiff;
export function diffReports(
  from: EpisodeGapReport,
  to: EpisodeGapReport,
  options?: DiffOptions,
): EpisodeReportDiff;
export function diffReports(
  from: MovieGapReport | EpisodeGapReport,
  to: MovieGapReport | EpisodeGapReport,
  options: DiffOptions = {},
): MovieReportDiff | EpisodeReportDiff {
  if (from.type !== to.type) {
    throw new UsageError(`A ${from.type} report cannot be compared with a ${to.type} report.`);
  }
  assertDiffable(from, 'from');
  assertDiffable(to, 'to');
  const ignore = options.ignore ?? {};
  const span = { from: from.generatedAt, to: to.generatedAt };
  if (from.type === 'movies' && to.type === 'movies') {
    const movies = new Set(ignore.movies ?? []);
    const collections = new Set(ignore.collections ?? []);
    const ignored = (m: DiffMovie) => movies.has(m.tmdbId) || collections.has(m.collection.tmdbId);
    return { type: 'movies', ...span, ...split(movieItems(from), movieItems(to), ignored) };
  }
  const shows = ignore.shows ?? [];
  const episodes = episodeIgnoreSet(ignore.episodes ?? []);
  const ignored = (e: DiffEpisode) => {
    const ids = { tvdb: e.show.tvdbId, tmdb: e.show.tmdbId };
    return isShowIgnored(ids, shows) || isEpisodeIgnored(ids, e.season, e.episode, episodes);
  };
  return {
    type: 'episodes',
    ...span,
    ...split(episodeItems(from as EpisodeGapReport), episodeItems(to as EpisodeGapReport), ignored),
  };
}
