/**
 * @complexionist/core — the framework-free gap engine of ComPlexionist.
 * Ports (interfaces to data sources and caches), pure gap detection, scan orchestration and report formatting.
 */

export { type DiffOptions, diffReports } from './diff/diff-reports.js';
export {
  type AnyReportDiff,
  type DiffEpisode,
  type DiffMovie,
  type EpisodeReportDiff,
  hasChanges,
  type MovieReportDiff,
  type ReportDiff,
} from './diff/diff-types.js';
export { isDiffable } from './diff/diffable.js';
export { type EpisodeFilterOptions, type EpisodeGapInput, findEpisodeGaps } from './episode-gaps.js';
export * from './errors.js';
export type { TvdbUpdateFeed } from './feed-ports.js';
export { type FormatOptions, formatReport, type ReportFormat } from './format/format-report.js';
export { stripControls } from './format/terminal-safe.js';
export { episodeIgnoreSet, isEpisodeIgnored, isShowIgnored, normalizeShowKey, showKeys } from './ignore.js';
export { findMovieGaps, type MovieGapInput, type MovieGapOptions } from './movie-gaps.js';
export {
  SCAN_OPTION_NAMES,
  SCAN_OPTIONS,
  type ScanHalf,
  type ScanOptionDef,
  type ScanOptionFlag,
  type ScanOptionKind,
  type ScanOptionName,
  type ScanOptionSetting,
  type ScanScope,
  scanOption,
} from './options/scan-option-table.js';
export {
  describeScanOption,
  isScanOptionValue,
  type OptionNameOf,
  pickScanOptions,
  type ScanOptionValues,
  scanOptionDefaults,
  scanOptionNames,
  withOverrides,
} from './options/scan-option-values.js';
export type * from './options.js';
export { type NormalizedOrdering, normalizeOrdering } from './ordering.js';
export type * from './ports.js';
export {
  createRedactor,
  REDACTED,
  type Redactor,
  type RedactorOptions,
  redactUrlCredentials,
} from './redact.js';
export type * from './report.js';
export { reportStatus } from './report.js';
export {
  DEFAULT_CACHE_TTLS,
  type EpisodeGapOptions,
  resolveCacheTtls,
  resolveEpisodeOptions,
  resolveMovieOptions,
} from './resolve-options.js';
export { runBothHalves, type ScanHalves } from './scan/both-halves.js';
export { combineLibraries, type NamedLibrary } from './scan/combine-libraries.js';
export { ScanFailedError } from './scan/failure-share.js';
export { DEFAULT_FRESHNESS, type FreshnessOptions, resolveFreshness } from './scan/freshness-options.js';
export { type FindImdbIdsOptions, findImdbIds } from './scan/imdb-ids.js';
export { scanEpisodes } from './scan/scan-episodes.js';
export { scanMovies } from './scan/scan-movies.js';
export type * from './scan-types.js';
export { SERVICE_LABELS } from './service-labels.js';
export type * from './types.js';
export { formatWatchlist, WATCHLIST_CSV_HEADER } from './watchlist/format-watchlist.js';
export {
  scanWatchlist,
  type WatchlistScanDeps,
  type WatchlistScanOptions,
} from './watchlist/scan-watchlist.js';
export {
  findWatchlistGaps,
  type OwnedIds,
  type WatchlistGapInput,
  type WatchlistGaps,
} from './watchlist/watchlist-gaps.js';
export type * from './watchlist/watchlist-types.js';
