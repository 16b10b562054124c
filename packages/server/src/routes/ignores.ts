import { Hono } from 'hono';
import { IgnoreEntrySchema, validate } from '../validation.js';
import type { RouteContext } from './context.js';

/** `GET/POST/DELETE /api/ignores`: read the ignore list, add to it, remove from it (`{kind, value}`). */
export function ignoresRoutes({ deps, logger }: RouteContext): Hono {
  return new Hono()
    .get('/ignores', async (c) => c.json(await deps.ignores.list()))
    .post('/ignores', validate('json', IgnoreEntrySchema), async (c) => {
      const { kind, value } = c.req.valid('json');
      const list = await deps.ignores.add(kind, value);
      logger.info(`Ignoring ${kind} ${value}`);
      return c.json(list, 201);
    })
    .delete('/ignores', validate('json', IgnoreEntrySchema), async (c) => {
      const { kind, value } = c.req.valid('json');
      const list = await deps.ignores.remove(kind, value);
      logger.info(`No longer ignoring ${kind} ${value}`);
      return c.json(list);
    });
}
