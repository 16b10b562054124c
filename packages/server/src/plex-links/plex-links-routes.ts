import { Hono } from 'hono';
import type { RouteContext } from '../routes/context.js';
import { latestReports } from '../routes/latest-reports.js';
import type { PlexLinks } from './plex-links.js';

/**
 * `GET /api/plex/links`: the Plex machine identifier, the ratingKey of each show of the latest episode report
 * and of each film of the latest movie report's libraries, for the page's links to the item in Plex. Read once
 * per pair of reports (kept until the next one). `{"machineIdentifier":null,"shows":{},"movies":{}}` without
 * Plex (demo, not set up) or before any scan.
 */
export function plexLinksRoutes({ deps }: RouteContext): Hono {
  let kept: { generatedAt: string; links: Promise<PlexLinks> } | undefined;
  return new Hono().get('/plex/links', async (c) => {
    const { movies, episodes } = await latestReports(deps.store, deps.ignores);
    const source = deps.plexLinks?.();
    if ((!movies && !episodes) || !source) return c.json({ machineIdentifier: null, shows: {}, movies: {} });
    const generatedAt = `${movies?.generatedAt ?? ''}|${episodes?.generatedAt ?? ''}`;
    if (kept?.generatedAt !== generatedAt) {
      const links = source([...(movies?.libraries ?? []), ...(episodes?.libraries ?? [])]);
      kept = { generatedAt, links };
      // A failed read is tried again on the next request.
      links.catch(() => {
        if (kept?.links === links) kept = undefined;
      });
    }
    return c.json(await kept.links);
  });
}
