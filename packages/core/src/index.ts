/**
 * @complexionist/core — the framework-free gap engine of ComPlexionist.
 * Ports (interfaces to data sources and caches), pure gap detection, scan orchestration and report formatting.
 */

export {
  type AgentOrdering,
  agentOrdering,
  HAMA_AGENT,
  LEGACY_TVDB_AGENT,
  LEGACY_TVDB_DVD_AGENT,
  NEW_TV_AGENT,
  type OrderingOrigin,
  type PlanOrdering,
} from './agent-ordering.js';
export { isAfterToday, utcDay } from './dates.js';
export { createDemoData, type DemoData, type DemoTmdbShow, type DemoTvdbSeries } from './demo/demo-data.js';
export { createDemoDeps, type DemoDeps } from './demo/demo-deps.js';
export { createMemoryCacheStore } from './demo/memory-cache.js';
export {
  createMemoryLibrary,
  createMemoryMetadata,
  createMemoryTmdb,
  createMemoryTvdb,
} from './demo/memory-ports.js';
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
export { isDiffable, isUncheckedWarning } from './diff/diffable.js';
export {
  type EpisodeFilterOptions,
  type EpisodeGapInput,
  findEpisodeGaps,
  isEpisodeConsidered,
  ownedEpisodeKeys,
} from './episode-gaps.js';
export * from './errors.js';
export type { TvdbUpdateFeed } from './feed-ports.js';
export { csvCell, formatEpisodesCsv, formatMoviesCsv } from './format/csv.js';
export { type FormatOptions, formatReport, type ReportFormat } from './format/format-report.js';
export { stripControls, stripControlsDeep } from './format/terminal-safe.js';
export { formatEpisodesText } from './format/text-episodes.js';
export { formatMoviesText } from './format/text-movies.js';
export { episodeIgnoreSet, isEpisodeIgnored, isShowIgnored, normalizeShowKey, showKeys } from './ignore.js';
export { findMovieGaps, type MovieGapInput, type MovieGapOptions } from './movie-gaps.js';
export { type EpisodeRef, MAX_EPISODE_RANGE, parseEpisodeRange, type SeasonSize } from './multi-episode.js';
export type * from './options.js';
export {
  DEFAULT_ORDERING,
  type LibraryContext,
  type NormalizedOrdering,
  normalizeOrdering,
  planEpisodeSource,
  type SourceAttempt,
  type SourcePlan,
} from './ordering.js';
export type * from './ports.js';
export { redactUrlCredentials } from './redact-url.js';
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
export { type CacheNamespace, ENDED_SHOW_TTL_HOURS, NOT_FOUND_TTL_HOURS } from './scan/cached-lookup.js';
export { FEED_OVERLAP_MS } from './scan/episode-feed.js';
export { FAILED_SHARE, ScanFailedError } from './scan/failure-share.js';
export { DEFAULT_JITTER, jitteredSeconds } from './scan/freshness.js';
export { DEFAULT_FRESHNESS, type FreshnessOptions, resolveFreshness } from './scan/freshness-options.js';
export { type FindImdbIdsOptions, findImdbIds } from './scan/imdb-ids.js';
export { createLimiter, type Limiter } from './scan/limiter.js';
export { DEFAULT_CONCURRENCY } from './scan/run-context.js';
export { scanEpisodes } from './scan/scan-episodes.js';
export { scanMovies } from './scan/scan-movies.js';
export { type NoLibraryOfType, pickSections } from './scan/sections.js';
export type * from './scan-types.js';
export { SERVICE_LABELS } from './service-labels.js';
export type * from './types.js';
