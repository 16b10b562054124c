import { UsageError } from '../errors.js';
import type { AnyReport, EpisodeGapReport, MovieGapReport } from '../report.js';
import { formatEpisodesCsv, formatMoviesCsv } from './csv.js';
import type { TextOptions } from './text-common.js';
import { formatEpisodesText } from './text-episodes.js';
import { formatMoviesText } from './text-movies.js';

/** Output formats of {@link formatReport}. */
export type ReportFormat = 'text' | 'json' | 'csv';

/** Options of {@link formatReport}. */
export type FormatOptions = TextOptions;

function isSingle(report: AnyReport): report is MovieGapReport | EpisodeGapReport {
  return 'type' in report;
}

function one(
  report: MovieGapReport | EpisodeGapReport,
  format: 'text' | 'csv',
  options: FormatOptions,
): string {
  if (report.type === 'movies')
    return format === 'csv' ? formatMoviesCsv(report) : formatMoviesText(report, options);
  return format === 'csv' ? formatEpisodesCsv(report) : formatEpisodesText(report, options);
}

/**
 * Renders a report. `json` is the §4 contract (`JSON.stringify(report, null, 2)`; a scan is
 * `{ movies, episodes }`). `csv` is RFC 4180 with a formula guard; a scan gives the movies CSV, a blank line,
 * then the episodes CSV. `text` is the human layout; colour only with `color: true`.
 */
export function formatReport(report: AnyReport, format: ReportFormat, options: FormatOptions = {}): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format !== 'text' && format !== 'csv') {
    throw new UsageError(`Unknown report format "${String(format)}": use text, json or csv.`);
  }
  if (isSingle(report)) return one(report, format, options);
  const separator = format === 'csv' ? '\r\n' : '\n';
  return `${one(report.movies, format, options)}${separator}${one(report.episodes, format, options)}`;
}
