/**
 * @complexionist/server — the ComPlexionist HTTP server: a JSON API under `/api`, import lists for Radarr and
 * Sonarr, and a web page at `/` to start scans and read the results.
 */

// Built by the composition root, re-exported so `createApp(deps)` can be wired from this package alone.
export {
  configSecrets,
  type DemoScannerOptions,
  demoScanner,
  type LiveScannerOptions,
  liveScanner,
} from '@complexionist/runtime';
export { createApp, type ServerApp } from './app.js';
export type { JobError, JobProgress, JobReport, JobStatus, ScanJob } from './jobs/job-types.js';
export { applyEpisodeIgnores, applyMovieIgnores } from './reports/apply-ignores.js';
export {
  missingMovieIds,
  type RadarrListItem,
  type SonarrListItem,
  type StevenLuListItem,
  TMDB_POSTER_BASE,
  toRadarrList,
  toSonarrList,
  toStevenLuList,
} from './reports/arr-lists.js';
export { type ServeOptions, serve } from './serve.js';
export { createServerDeps, type ServerDepsOptions } from './server-deps.js';
export {
  assertSafeBinding,
  isLoopbackHost,
  type RunningServer,
  type StartServerOptions,
  startServer,
} from './start-server.js';
export { configIgnoreStore } from './stores/config-ignore-store.js';
export { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
export { REPORT_STATE_PREFIX, stateReportStore } from './stores/state-report-store.js';
export type {
  IgnoreKind,
  IgnoreStore,
  Logger,
  ReportByType,
  ReportStore,
  ReportType,
  ScanDefaults,
  Scanner,
  ScanRun,
  ScanType,
  ServerDeps,
} from './types.js';
export type { ScanRequest } from './validation.js';
export { VERSION } from './version.js';
