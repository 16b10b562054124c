import { Hono } from 'hono';
import type { RouteContext } from './context.js';

/**
 * `GET /api/schedule`: `{enabled: false}` without `server.schedule`, else
 * `{enabled: true, cron, nextRun, lastSlot}` (ISO times; the page shows the next run).
 */
export function scheduleRoutes({ scheduler }: RouteContext): Hono {
  return new Hono().get('/schedule', (c) => c.json(scheduler ? scheduler.status() : { enabled: false }));
}
