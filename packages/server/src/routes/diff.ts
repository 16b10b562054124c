import type { HistoryType, ReportHistory } from '@complexionist/cache';
import { diffReports, type IgnoreList } from '@complexionist/core';
import { Hono } from 'hono';
import * as v from 'valibot';
import { errorJson } from '../http-errors.js';
import { validate } from '../validation.js';
import type { RouteContext } from './context.js';

const reportId = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, 'Expected a report id from GET /api/reports/history'),
    v.transform(Number),
  ),
);

/** Query of `GET /api/reports/diff`. */
export const DiffQuerySchema = v.object({
  type: v.picklist(['movies', 'episodes'], 'Expected "movies" or "episodes"'),
  from: reportId,
  to: reportId,
});

/** Query of `GET /api/reports/history`. */
export const HistoryQuerySchema = v.object({
  type: v.picklist(['movies', 'episodes'], 'Expected "movies" or "episodes"'),
});

const WORDS: Record<HistoryType, string> = { movies: 'movie', episodes: 'episode' };

/**
 * `GET /api/reports/history?type=movies|episodes`: the kept reports of complete scans, newest first.
 * `GET /api/reports/diff?type=…&from=ID&to=ID`: what changed between two of them (default: the last two), with
 * the current ignore list deciding "acquired" from "newly ignored".
 */
export function diffRoutes({ deps, history }: RouteContext): Hono {
  return new Hono()
    .get('/reports/history', validate('query', HistoryQuerySchema), (c) => {
      const { type } = c.req.valid('query');
      return c.json({ type, reports: history.list(type) });
    })
    .get('/reports/diff', validate('query', DiffQuerySchema), async (c) => {
      const { type, from, to } = c.req.valid('query');
      const kept = history.list(type); // newest first
      const toEntry = to === undefined ? kept[0] : kept.find((e) => e.id === to);
      const fromEntry =
        from === undefined ? toEntry && kept.find((e) => e.id < toEntry.id) : kept.find((e) => e.id === from);
      const diff =
        fromEntry && toEntry && diffOf(history, type, fromEntry.id, toEntry.id, await deps.ignores.list());
      if (!fromEntry || !toEntry || !diff) {
        const asked = [from, to].filter((id) => id !== undefined);
        const message =
          asked.length > 0
            ? `No complete ${WORDS[type]} report ${asked.join(' or ')} is kept (GET /api/reports/history lists them).`
            : `Fewer than two complete ${WORDS[type]} scans are kept yet: the first is the baseline, the next one is compared with it.`;
        return errorJson(c, 404, { code: 'not-found', message });
      }
      return c.json({ ...diff, fromId: fromEntry.id, toId: toEntry.id });
    });
}

function diffOf(history: ReportHistory, type: HistoryType, fromId: number, toId: number, ignore: IgnoreList) {
  if (type === 'movies') {
    const [a, b] = [history.get('movies', fromId), history.get('movies', toId)];
    return a && b ? diffReports(a, b, { ignore }) : undefined;
  }
  const [a, b] = [history.get('episodes', fromId), history.get('episodes', toId)];
  return a && b ? diffReports(a, b, { ignore }) : undefined;
}
