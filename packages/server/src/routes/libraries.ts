import { Hono } from 'hono';
import type { RouteContext } from './context.js';
import { readLibraries } from './read-libraries.js';

/** `GET /api/libraries`: the library sections of every Plex server, each naming its `server` when there are several (502 when it does not answer in time). */
export function librariesRoutes({ deps }: RouteContext): Hono {
  return new Hono().get('/libraries', async (c) => {
    const sections = await readLibraries(deps.scanner, c.req.raw.signal, deps.librariesTimeoutMs);
    return c.json({
      libraries: sections.map(({ key, title, type, server }) => ({
        key,
        title,
        type,
        ...(server && { server }),
      })),
    });
  });
}
