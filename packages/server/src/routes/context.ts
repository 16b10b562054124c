import type { ReportHistory } from '@complexionist/cache';
import type { JobManager } from '../jobs/job-manager.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { Logger, ServerDeps } from '../types.js';

/** What every route module receives from `createApp`. */
export interface RouteContext {
  deps: ServerDeps;
  jobs: JobManager;
  logger: Logger;
  secrets: readonly string[];
  /** Adds a secret learnt while running (a key entered on the setup page) to what is redacted. */
  addSecret(value: string): void;
  version: string;
  /** Reports of complete scans (`/api/reports/history`, `/api/reports/diff`). */
  history: ReportHistory;
  /** The `server.schedule` scheduler, when one is set. */
  scheduler?: Scheduler;
}
