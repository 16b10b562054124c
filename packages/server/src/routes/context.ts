import type { JobManager } from '../jobs/job-manager.js';
import type { Logger, ServerDeps } from '../types.js';

/** What every route module receives from `createApp`. */
export interface RouteContext {
  deps: ServerDeps;
  jobs: JobManager;
  logger: Logger;
  secrets: readonly string[];
  version: string;
}
