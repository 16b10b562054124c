import { Hono } from 'hono';
import type { RouteContext } from './context.js';

/** A notification target as the page shows it: its type and whether it hears of failed scans, never its URL. */
export interface NotifyTargetView {
  type: string;
  onFailure: boolean;
}

/** What `GET /api/integrations` answers. */
export interface IntegrationsView {
  notify: NotifyTargetView[];
  /** `server.schedule`, or null when scans are not scheduled. */
  schedule: { cron: string; timezone: string | null; nextRun: string | null } | null;
  /** The services the page may send to (`radarr`, `sonarr`). */
  send: string[];
}

/**
 * `GET /api/integrations`: the notification targets and the schedule, read-only, for the page's Integrations
 * panel. Target URLs and tokens are secrets and never leave the server.
 */
export function integrationsRoutes({ deps, scheduler }: RouteContext): Hono {
  return new Hono().get('/integrations', (c) => {
    const view: IntegrationsView = {
      notify: (deps.notify?.targets ?? []).map((t) => ({ type: t.type, onFailure: t.onFailure })),
      schedule:
        deps.schedule && scheduler
          ? {
              cron: deps.schedule.cron,
              timezone: deps.schedule.timezone ?? null,
              nextRun: scheduler.status().nextRun,
            }
          : null,
      send: Object.keys(deps.send ?? {}),
    };
    return c.json(view);
  });
}
