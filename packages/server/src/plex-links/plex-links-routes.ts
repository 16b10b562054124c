import { Hono } from 'hono';
import type { RouteContext } from '../routes/context.js';
import { latestReports } from '../routes/latest-reports.js';
import type { PlexLinks } from './plex-links.js';

/**
 * `GET /api/plex/links`: the Plex machine identifier and the ratingKey of each show of the latest episode
 * report, for the page's links to the show in Plex. Read once per report (kept until the next one).
 * `{"machineIdentifier":null,"shows":{}}` without Plex (demo, not set up).
 */
export function plexLinksRoutes({ deps }: RouteContext): Hono {
  let kept: { generatedAt: string; links: Promise<PlexLinks> } | undefined;
  return new Hono().get('/plex/links', async (c) => {
    const { episodes } = await latestReports(deps.store, deps.ignores);
    const source = deps.plexLinks?.();
    if (!episodes || !source) return c.json({ machineIdentifier: null, shows: {} });
    if (kept?.generatedAt !== episodes.generatedAt) {
      const links = source(episodes.libraries);
      kept = { generatedAt: episodes.generatedAt, links };
      // A failed read is tried again on the next request.
      links.catch(() => {
        if (kept?.links === links) kept = undefined;
      });
    }
    return c.json(await kept.links);
  });
}
