import { formatReport } from '@complexionist/core';
import { Hono } from 'hono';
import { errorJson } from '../http-errors.js';
import { LatestReportQuerySchema, validate } from '../validation.js';
import type { RouteContext } from './context.js';
import { latestReports } from './latest-reports.js';

/** A latest report in brief (what `GET /api/reports` lists). */
const brief = (report: { generatedAt: string; libraries: string[]; summary: object } | undefined) =>
  report ? { generatedAt: report.generatedAt, libraries: report.libraries, summary: report.summary } : null;

/**
 * `GET /api/reports`: which latest reports exist, in brief (`null` for none yet).
 * `GET /api/reports/latest?type=movies|episodes|scan&format=json|csv`: the last finished report of a type.
 */
export function reportsRoutes({ deps }: RouteContext): Hono {
  return new Hono()
    .get('/reports', async (c) => {
      const latest = await latestReports(deps.store, deps.ignores);
      return c.json({ movies: brief(latest.movies), episodes: brief(latest.episodes) });
    })
    .get('/reports/latest', validate('query', LatestReportQuerySchema), async (c) => {
      const { type, format } = c.req.valid('query');
      const latest = await latestReports(deps.store, deps.ignores);
      const report =
        type === 'scan'
          ? latest.movies && latest.episodes && { movies: latest.movies, episodes: latest.episodes }
          : latest[type];
      if (!report) {
        // Name only the report(s) that are missing: a scan report needs both halves.
        const absent = (type === 'scan' ? (['movies', 'episodes'] as const) : [type]).filter(
          (t) => !latest[t],
        );
        const what = `${absent.join(' and ')} report${absent.length > 1 ? 's' : ''}`;
        return errorJson(c, 404, {
          code: 'not-found',
          message: `No ${what} yet: start a scan first (POST /api/scans).`,
        });
      }
      if (format === 'json') return c.json(report);
      const day = (type === 'scan' ? latest.movies?.generatedAt : latest[type]?.generatedAt)?.slice(0, 10);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="complexionist-${type}-${day ?? 'report'}.csv"`);
      return c.body(formatReport(report, 'csv'));
    });
}
