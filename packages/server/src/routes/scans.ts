import { Hono } from 'hono';
import { errorJson } from '../http-errors.js';
import { ScanRequestSchema, validate } from '../validation.js';
import type { RouteContext } from './context.js';
import { withIgnores } from './latest-reports.js';
import { streamScanEvents } from './scan-events.js';

/** `/api/scans`: start (or join) a scan, list scans, read one, follow its events, cancel it. */
export function scansRoutes({ deps, jobs }: RouteContext): Hono {
  const maxQueued = deps.maxQueuedScans ?? 4;
  const unknown = (c: Parameters<typeof errorJson>[0], id: string) =>
    errorJson(c, 404, {
      code: 'not-found',
      message: `No scan with id "${id}" (finished scans are kept for a while).`,
    });
  return new Hono()
    .post('/scans', validate('json', ScanRequestSchema), (c) => {
      const started = jobs.start(c.req.valid('json'));
      if (!started) {
        c.header('Retry-After', '60');
        return errorJson(c, 429, {
          code: 'busy',
          message: `A scan is running and ${maxQueued} more are waiting, so this one was not queued. Try again when one has finished (GET /api/scans lists them).`,
        });
      }
      const { job, joined } = started;
      c.header('Location', `/api/scans/${job.id}`);
      return c.json({ id: job.id, status: job.status, joined }, 202);
    })
    .get('/scans', (c) => c.json({ scans: jobs.list() }))
    .get('/scans/:id', async (c) => {
      const job = jobs.get(c.req.param('id'));
      if (!job) return unknown(c, c.req.param('id'));
      if (!job.report) return c.json(job);
      return c.json({ ...job, report: await withIgnores(job.report, deps.ignores) });
    })
    .get('/scans/:id/events', (c) => {
      const job = jobs.get(c.req.param('id'));
      if (!job) return unknown(c, c.req.param('id'));
      return streamScanEvents(c, jobs, job);
    })
    .delete('/scans/:id', (c) => {
      const id = c.req.param('id');
      const job = jobs.get(id);
      if (!job) return unknown(c, id);
      if (!jobs.cancel(id)) {
        return errorJson(c, 409, {
          code: 'conflict',
          message: `Scan "${id}" has already ${job.status === 'done' ? 'finished' : 'failed'}.`,
        });
      }
      return c.json({ id, status: job.status }, 202);
    });
}
