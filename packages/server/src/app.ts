import { createReportHistory } from '@complexionist/cache';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiKeyAuth } from './auth.js';
import { createAuthLimiter } from './auth-limiter.js';
import { createErrorHandler, errorJson } from './http-errors.js';
import { type RecordingJobManager, withAfterScan } from './jobs/after-scan.js';
import { createJobManager } from './jobs/job-manager.js';
import { pageRoutes } from './page/page-routes.js';
import { plexLinksRoutes } from './plex-links/plex-links-routes.js';
import { hostGuard, originGuard } from './request-guards.js';
import type { RouteContext } from './routes/context.js';
import { diffRoutes } from './routes/diff.js';
import { healthRoutes } from './routes/health.js';
import { ignoresRoutes } from './routes/ignores.js';
import { integrationsRoutes } from './routes/integrations.js';
import { librariesRoutes } from './routes/libraries.js';
import { listsRoutes } from './routes/lists.js';
import { reportsRoutes } from './routes/reports.js';
import { scansRoutes } from './routes/scans.js';
import { scheduleRoutes } from './routes/schedule.js';
import { sendRoutes } from './routes/send.js';
import { watchlistRoutes } from './routes/watchlist.js';
import { parseCron } from './schedule/cron.js';
import { createScheduler, type Scheduler } from './schedule/scheduler.js';
import { setupRoutes } from './setup/setup-routes.js';
import { silentLogger } from './silent-logger.js';
import { memoryStateStore } from './stores/memory-state.js';
import type { Logger, ServerDeps } from './types.js';
import { VERSION } from './version.js';

/** Request bodies are tiny JSON objects; anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The Hono app plus its job manager (so the Node entry can cancel running scans on shutdown) and the
 * `server.schedule` scheduler (started by `startServer` once it listens).
 */
export type ServerApp = Hono & { jobs: RecordingJobManager; scheduler?: Scheduler };

/**
 * Builds the ComPlexionist app: the JSON API under `/api` and the page at `/`. Opens no port; call
 * `app.request()` in tests or hand `app.fetch` to a server (see `startServer`).
 */
export function createApp(deps: ServerDeps): ServerApp {
  const logger = deps.logger ?? silentLogger;
  const secrets = [...(deps.secrets ?? []), ...(deps.apiKey ? [deps.apiKey] : [])];
  const manager = createJobManager({
    scanner: deps.scanner,
    store: deps.store,
    ignores: deps.ignores,
    logger,
    secrets,
    keepFinished: deps.keepFinishedJobs ?? 20,
    maxQueued: deps.maxQueuedScans ?? 4,
    ...(deps.clock && { clock: deps.clock }),
  });
  const clock = deps.clock;
  const limiter = createAuthLimiter(clock ? { now: () => clock().getTime() } : {});
  const history = deps.history ?? createReportHistory(memoryStateStore());
  const jobs = withAfterScan(manager, {
    history,
    ignores: deps.ignores,
    logger,
    secrets,
    ...(deps.notify && { notify: deps.notify }),
  });
  const scheduler = deps.schedule && scheduleScans(deps.schedule, jobs, logger);
  const ctx: RouteContext = {
    deps,
    jobs,
    logger,
    secrets,
    addSecret: (value) => {
      if (value && !secrets.includes(value)) secrets.push(value);
    },
    version: VERSION,
    history,
    ...(scheduler && { scheduler }),
  };
  const app = new Hono();
  app.onError(createErrorHandler(logger, secrets));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? errorJson(c, 404, { code: 'not-found', message: `No API route ${c.req.method} ${c.req.path}.` })
      : c.text('Not found', 404),
  );
  const allowedHosts = deps.allowedHosts ?? [];
  // JSON answers are personal and change with every scan: never cached, never sniffed as another type.
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    '*',
    hostGuard({
      allowedHosts,
      ...(deps.listenHost && { listenHost: deps.listenHost }),
      ...(deps.localNames && { localNames: deps.localNames }),
    }),
  );
  app.use('*', originGuard(allowedHosts));
  app.route('/api', healthRoutes(ctx));
  app.use('/api/*', apiKeyAuth(deps.apiKey, limiter));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorJson(c, 413, { code: 'usage', field: 'body', message: 'The request body is too large.' }),
    }),
  );
  const apiRoutes = [
    librariesRoutes,
    scansRoutes,
    reportsRoutes,
    diffRoutes,
    scheduleRoutes,
    ignoresRoutes,
    listsRoutes,
    sendRoutes,
    integrationsRoutes,
    setupRoutes,
    plexLinksRoutes,
    watchlistRoutes,
  ];
  for (const routes of apiRoutes) {
    app.route('/api', routes(ctx));
  }
  app.route('/', pageRoutes(ctx));
  return Object.assign(app, { jobs, ...(scheduler && { scheduler }) });
}

/** A scheduled scan is an ordinary `scan` job of every library (same queue, events and cancel). */
function scheduleScans(settings: ServerDeps['schedule'] & object, jobs: RecordingJobManager, logger: Logger) {
  return createScheduler({
    cron: parseCron(settings.cron, settings.timezone),
    run: () => {
      const started = jobs.start({ type: 'scan' });
      // The queue is full (people asked for several scans meanwhile): this slot's scan is left out.
      if (!started) return logger.warn('Scheduled scan skipped: the scan queue is full.');
      logger.info(
        `Scheduled scan ${started.job.id}${started.joined ? ' joined a scan already queued' : ' queued'}`,
      );
    },
    slots: settings.slots,
    clock: settings.clock ?? (() => new Date()),
    ...(settings.timers && { timers: settings.timers }),
    logger,
  });
}
