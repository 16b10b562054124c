import { Hono } from 'hono';
import { toRadarrList, toSonarrList, toStevenLuList } from '../reports/arr-lists.js';
import { RadarrListQuerySchema, validate } from '../validation.js';
import type { RouteContext } from './context.js';
import { latestReports } from './latest-reports.js';

/**
 * Import lists for the *arr stack, built from the latest reports (an empty array before the first scan, so the
 * *arr apps do not log errors). Always `application/json`: Radarr rejects `text/json`.
 */
export function listsRoutes({ deps }: RouteContext): Hono {
  return new Hono()
    .get('/lists/radarr', validate('query', RadarrListQuerySchema), async (c) => {
      const { movies } = await latestReports(deps.store, deps.ignores);
      const { format } = c.req.valid('query');
      return c.json(format === 'stevenlu' ? toStevenLuList(movies) : toRadarrList(movies));
    })
    .get('/lists/sonarr', async (c) => {
      const { episodes } = await latestReports(deps.store, deps.ignores);
      return c.json(toSonarrList(episodes));
    });
}
