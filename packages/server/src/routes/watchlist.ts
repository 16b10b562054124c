import { formatWatchlist, type WatchlistReport } from '@complexionist/core';
import { Hono } from 'hono';
import * as v from 'valibot';
import { errorJson } from '../http-errors.js';
import type { ServerDeps } from '../types.js';
import { validate } from '../validation.js';
import type { RouteContext } from './context.js';

/** The latest watchlist report of each app, and the read in flight (equal requests share it). */
interface WatchlistState {
  latest?: WatchlistReport;
  running: Map<string, Promise<WatchlistReport>>;
}
const STATES = new WeakMap<ServerDeps, WatchlistState>();

function stateOf(deps: ServerDeps): WatchlistState {
  let state = STATES.get(deps);
  if (!state) {
    state = { running: new Map() };
    STATES.set(deps, state);
  }
  return state;
}

/**
 * The films of the latest watchlist report (`GET /api/watchlist`) no server owns, for the Radarr list with
 * `?watchlist=1`; empty before the first watchlist read.
 */
export function latestWatchlistFilms(deps: ServerDeps): Array<{ id: number; title: string }> {
  return (stateOf(deps).latest?.movies ?? []).flatMap((m) =>
    m.tmdbId === null ? [] : [{ id: m.tmdbId, title: m.title }],
  );
}

const names = v.optional(
  v.union([
    v.pipe(v.string(), v.maxLength(200)),
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(100)),
  ]),
);
const WatchlistQuerySchema = v.object({
  format: v.optional(v.picklist(['json', 'csv'], 'Expected "json" or "csv"'), 'json'),
  server: names,
  library: names,
});
const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((n) => n.trim() !== '');

/**
 * `GET /api/watchlist[?format=csv][&server=NAME…][&library=NAME…]` (docs/spec.md §8): the account's watchlist
 * items that no scanned server owns, read now (films released or upcoming, shows not owned or with aired
 * episodes missing). Equal requests in flight share one read. 409 where there is no watchlist (the demo);
 * a refused token or an unreachable plex.tv is a 502 naming the setting.
 */
export function watchlistRoutes({ deps }: RouteContext): Hono {
  const state = stateOf(deps);
  return new Hono().get('/watchlist', validate('query', WatchlistQuerySchema), async (c) => {
    const scan = deps.scanner.scanWatchlist?.bind(deps.scanner);
    if (!scan) {
      return errorJson(c, 409, {
        code: 'conflict',
        message: 'There is no Plex watchlist to read here (the demo has none).',
      });
    }
    const query = c.req.valid('query');
    const servers = list(c.req.queries('server') ?? query.server);
    const libraries = list(c.req.queries('library') ?? query.library);
    const key = JSON.stringify([
      servers.map((s) => s.toLowerCase()).sort(),
      libraries.map((l) => l.toLowerCase()).sort(),
    ]);
    let running = state.running.get(key);
    if (!running) {
      const ignore = await deps.ignores.list();
      running = scan(
        { ...(libraries.length > 0 && { libraries }), ignore },
        { signal: c.req.raw.signal, onProgress: () => {}, ...(servers.length > 0 && { servers }) },
      ).finally(() => state.running.delete(key));
      state.running.set(key, running);
    }
    // A watchlist that cannot be read rejects: the error handler answers 502 naming the setting.
    const report = await running;
    if (servers.length === 0 && libraries.length === 0) state.latest = report;
    if (query.format === 'csv') {
      return c.body(formatWatchlist(report, 'csv'), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    return c.json(report);
  });
}
