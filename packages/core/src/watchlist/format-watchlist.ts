import { UsageError } from '../errors.js';
import { createStyles } from '../format/ansi.js';
import { csvRows } from '../format/csv.js';
import type { ReportFormat } from '../format/format-report.js';
import { plural } from '../format/plural.js';
import { stripControlsDeep } from '../format/terminal-safe.js';
import { statusLine, summaryNotes, type TextOptions, verboseSections } from '../format/text-common.js';
import { episodeCode } from '../format/text-episodes.js';
import type { WatchlistMovie, WatchlistReport } from './watchlist-types.js';

/** CSV columns of a watchlist report: one row per film, per show not owned, and per missing episode. */
export const WATCHLIST_CSV_HEADER = [
  'kind',
  'title',
  'year',
  'status',
  'release_date',
  'tmdb_id',
  'tvdb_id',
  'imdb_id',
  'season',
  'episode',
  'episode_title',
  'aired',
] as const;

const when = (m: WatchlistMovie): string => m.releaseDate ?? 'no release date';

/** The watchlist report as text: films (released, then upcoming with `~`), then shows and their gaps. */
function formatWatchlistText(input: WatchlistReport, options: TextOptions): string {
  const report = stripControlsDeep(input);
  const s = createStyles(options.color ?? false);
  const lines: string[] = [];
  if (report.movies.length > 0) {
    lines.push(s.bold(`Films not on your servers (${report.movies.length}):`));
    for (const m of report.movies) {
      lines.push(m.released ? `  - ${m.title} (${when(m)})` : s.dim(`  ~ ${m.title} (${when(m)}, upcoming)`));
    }
    lines.push('');
  }
  if (report.shows.length > 0) {
    lines.push(s.bold(`Shows (${report.shows.length}):`));
    for (const show of report.shows) {
      const year = show.year ? ` (${show.year})` : '';
      const what = show.owned ? `missing ${plural(show.missingCount, 'episode')}` : 'not on your servers';
      lines.push(`  - ${show.title}${year}: ${what}`);
      for (const season of show.seasons) {
        lines.push(`      ${season.season === 0 ? 'Specials' : `Season ${season.season}`}:`);
        for (const episode of season.missing) lines.push(`        - ${episodeCode(episode)}`);
      }
    }
    lines.push('');
  }
  if (report.movies.length === 0 && report.shows.length === 0) {
    lines.push(
      report.warnings.length > 0
        ? 'Nothing on your watchlist is missing, but the report is incomplete (see the warnings with -v).'
        : 'Nothing on your watchlist is missing: your servers own every item, with every aired episode.',
      '',
    );
  }
  const sum = report.summary;
  const notes = summaryNotes(`${plural(sum.items, 'item')} on the watchlist, ${sum.owned} owned`, [
    [sum.unmatched, 'unmatched item'],
    [report.warnings.length, 'warning'],
  ]);
  lines.push(
    s.green(
      `Summary: ${plural(sum.missingMovies, 'film')} and ${plural(sum.upcomingMovies, 'upcoming film')} not owned, ${plural(sum.showsNotOwned, 'show')} not owned, ${plural(sum.showsWithGaps, 'owned show')} with missing episodes${notes}.`,
    ),
  );
  lines.push(statusLine(report, s));
  if (options.verbose) lines.push(...verboseSections(report.unmatched, report.warnings, s));
  return `${lines.join('\n')}\n`;
}

function formatWatchlistCsv(report: WatchlistReport): string {
  const rows: Array<Array<string | number | null>> = [[...WATCHLIST_CSV_HEADER]];
  for (const m of report.movies) {
    const status = m.released ? 'released' : 'upcoming';
    rows.push([
      'movie',
      m.title,
      m.year,
      status,
      m.releaseDate,
      m.tmdbId,
      null,
      m.imdbId,
      null,
      null,
      null,
      null,
    ]);
  }
  for (const show of report.shows) {
    const ids = [show.tmdbId, show.tvdbId, show.imdbId];
    if (!show.owned)
      rows.push(['show', show.title, show.year, 'not-owned', null, ...ids, null, null, null, null]);
    for (const season of show.seasons) {
      for (const e of season.missing) {
        rows.push([
          'episode',
          show.title,
          show.year,
          'missing',
          null,
          ...ids,
          e.season,
          e.episode,
          e.title,
          e.aired,
        ]);
      }
    }
  }
  const unmatched = report.unmatched.map((u) => [u.title, u.year, u.library, u.code, u.reason]);
  const block =
    unmatched.length > 0
      ? `\r\n${csvRows([['unmatched', 'year', 'library', 'reason_code', 'reason'], ...unmatched])}`
      : '';
  return csvRows(rows) + block;
}

/**
 * Renders a watchlist report: `json` (the report as is), `csv` (RFC 4180 with the formula guard, one row per
 * film, show not owned and missing episode, then the unmatched block) or `text`.
 */
export function formatWatchlist(
  report: WatchlistReport,
  format: ReportFormat,
  options: TextOptions = {},
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return formatWatchlistCsv(report);
  if (format === 'text') return formatWatchlistText(report, options);
  throw new UsageError(`Unknown report format "${String(format)}": use text, json or csv.`);
}
