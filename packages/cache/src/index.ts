/** @complexionist/cache — SQLite + in-memory LRU cache store for ComPlexionist (docs/spec.md §7). */
export { openCache } from './open-cache.js';
export { BUSY_TIMEOUT_MS } from './open-database.js';
export { hasNewMissing, type RecordedChanges, recordReports } from './record-reports.js';
export {
  createReportHistory,
  DEFAULT_HISTORY_SIZE,
  type HistoryEntry,
  type HistoryReportByType,
  type HistoryType,
  type ReportHistory,
  type ReportHistoryOptions,
} from './report-history.js';
export { cachedTokenStore, type TokenStore, tokenKey } from './token-store.js';
export type { CacheHandle, CacheStats, NamespaceStats, OpenCacheOptions, StateStore } from './types.js';
