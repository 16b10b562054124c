import { filmsToSend, type GapSelection, showsToSend } from '@complexionist/arr';
import { Hono } from 'hono';
import * as v from 'valibot';
import { errorJson } from '../http-errors.js';
import { validate } from '../validation.js';
import type { RouteContext } from './context.js';
import { latestReports } from './latest-reports.js';

const id = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * Body of `POST /api/send/{radarr,sonarr}`: exactly one of `all`, `collection`, `movie` (TMDB ids) or `show`
 * (TVDB id, optionally with `season`).
 */
export const SendRequestSchema = v.pipe(
  v.strictObject({
    all: v.optional(v.literal(true)),
    collection: v.optional(id),
    movie: v.optional(id),
    show: v.optional(id),
    season: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** Only say what would be sent. @default false */
    dryRun: v.optional(v.boolean(), false),
  }),
  v.check(
    (b) => [b.all, b.collection, b.movie, b.show].filter((x) => x !== undefined).length === 1,
    'Give exactly one of "all": true, "collection" or "movie" (TMDB ids), or "show" (TVDB id).',
  ),
  v.check((b) => b.season === undefined || b.show !== undefined, '"season" goes with "show".'),
);

const SETUP = {
  radarr:
    'Radarr is not set up: set radarr.url and radarr.api_key (`complexionist auth radarr --url URL --key KEY`).',
  sonarr:
    'Sonarr is not set up: set sonarr.url and sonarr.api_key (`complexionist auth sonarr --url URL --key KEY`).',
};

/**
 * `POST /api/send/radarr` and `/api/send/sonarr` (issue 17): send the gaps of the latest report (ignores
 * applied) and answer one result per item (`SendOutcome`). A refused key or unreachable service is the
 * usual error body (502); a missing report or setup is a 409 saying what to do.
 */
export function sendRoutes({ deps }: RouteContext): Hono {
  return new Hono().post('/send/:service{radarr|sonarr}', validate('json', SendRequestSchema), async (c) => {
    const service = c.req.param('service') as 'radarr' | 'sonarr';
    const body = c.req.valid('json');
    const selection = selectionOf(body);
    const target = deps.send?.[service];
    if (!target) return errorJson(c, 409, { code: 'config', service, message: SETUP[service] });
    const { movies, episodes } = await latestReports(deps.store, deps.ignores);
    if (service === 'radarr') {
      if (!movies || !deps.send?.radarr) return noReport(c, 'movie');
      return c.json(await deps.send.radarr(filmsToSend(movies, selection), body.dryRun));
    }
    if (!episodes || !deps.send?.sonarr) return noReport(c, 'episode');
    return c.json(await deps.send.sonarr(showsToSend(episodes.shows, selection), body.dryRun));
  });
}

function selectionOf(body: v.InferOutput<typeof SendRequestSchema>): GapSelection {
  if (body.collection !== undefined) return { collection: body.collection };
  if (body.movie !== undefined) return { movie: body.movie };
  if (body.show !== undefined)
    return body.season === undefined ? { show: body.show } : { show: body.show, season: body.season };
  return { all: true };
}

function noReport(c: Parameters<typeof errorJson>[0], kind: 'movie' | 'episode'): Response {
  return errorJson(c, 409, {
    code: 'conflict',
    message: `There is no ${kind} report yet: run a ${kind === 'movie' ? 'movie' : 'TV'} scan first.`,
  });
}
