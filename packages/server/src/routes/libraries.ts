import { Hono } from 'hono';
import type { RouteContext } from './context.js';

/** `GET /api/libraries`: the media server's library sections. */
export function librariesRoutes({ deps }: RouteContext): Hono {
  return new Hono().get('/libraries', async (c) => {
    const sections = await deps.scanner.listLibraries(c.req.raw.signal);
    return c.json({ libraries: sections.map(({ key, title, type }) => ({ key, title, type })) });
  });
}
