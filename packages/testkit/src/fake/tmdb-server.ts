import type { TmdbMovie, TmdbShow, World } from '../world/types.js';
import { bearer, type FakeHandler, type FakeReply, json, segments, worldDay } from './http.js';
import { createRateLimiter } from './rate-limit.js';
import {
  collectionBody,
  externalIdsBody,
  movieBody,
  partBody,
  seasonBody,
  tvBody,
  tvResultBody,
} from './tmdb-render.js';
import { CONFIGURATION, memo as memoOnce, routeOf, withAppended } from './tmdb-routes.js';

/** Settings of the fake TMDB. */
export interface TmdbSettings {
  apiKey: string;
  bearer: string;
  /** Requests per second before 429; 0 or undefined = unlimited. */
  rateLimit?: number;
  /** Called for every 429 sent. */
  on429?: () => void;
  /** Build every body per request instead of once, so a test may change the world between scans. */
  mutableWorld?: boolean;
}

const JSON_TYPE = 'application/json;charset=utf-8';
const reply = (status: number, route: string, body: unknown): FakeReply =>
  json(status, route, body, JSON_TYPE);
const failure = (status: number, code: number, message: string, route: string): FakeReply =>
  reply(status, route, { success: false, status_code: code, status_message: message });
const notFound = (route: string) => failure(404, 34, 'The resource you requested could not be found.', route);

/** The request handler of the fake TMDB v3 API (served under `/3`), answering as of the world's day. */
export function tmdbHandler(world: World, settings: TmdbSettings): FakeHandler {
  const today = worldDay(world);
  const movies = new Map<number, TmdbMovie>(world.tmdb.movies.map((m) => [m.id, m]));
  const collections = new Map(world.tmdb.collections.map((c) => [c.id, c]));
  const shows = new Map<number, TmdbShow>(world.tmdb.shows.map((s) => [s.id, s]));
  const byImdb = (items: { imdbId: string | null; id: number }[]) =>
    new Map(items.flatMap((i) => (i.imdbId ? [[i.imdbId, i.id] as const] : [])));
  const movieByImdb = byImdb(world.tmdb.movies);
  const showByImdb = byImdb(world.tmdb.shows);
  const showByTvdb = new Map(world.tmdb.shows.flatMap((s) => (s.tvdbId ? [[s.tvdbId, s.id] as const] : [])));
  const limiter = settings.rateLimit ? createRateLimiter(settings.rateLimit) : undefined;
  const memo: typeof memoOnce = settings.mutableWorld ? (build) => build : memoOnce;

  const movieJson = memo((id: number) => {
    const movie = movies.get(id);
    return movie && JSON.stringify(movieBody(movie, collections.get(movie.collectionId ?? -1)));
  });
  const collectionJson = memo((id: number) => {
    const c = collections.get(id);
    return (
      c &&
      JSON.stringify(
        collectionBody(
          c,
          c.partIds.flatMap((p) => movies.get(p) ?? []),
        ),
      )
    );
  });
  const tvJson = memo((id: number) => {
    const show = shows.get(id);
    return show && JSON.stringify(tvBody(show, today));
  });
  const seasonJson = memo((key: string) => {
    const [id, n] = key.split('/').map(Number);
    const show = shows.get(id ?? -1);
    const season = show?.seasons.find((s) => s.seasonNumber === n);
    return show && season && JSON.stringify(seasonBody(show, season));
  });
  const externalIdsJson = (show: TmdbShow) => JSON.stringify(externalIdsBody(show));
  return (req) => {
    const parts = segments(req.path, '/3');
    const route = routeOf(parts);
    if (limiter && !limiter.admit()) {
      settings.on429?.();
      return {
        ...failure(
          429,
          25,
          `Your request count (#) is over the allowed limit of (${settings.rateLimit}).`,
          route,
        ),
        headers: { 'Content-Type': JSON_TYPE, 'Retry-After': '1' },
      };
    }
    if (req.query.get('api_key') !== settings.apiKey && bearer(req.headers) !== settings.bearer) {
      return failure(401, 7, 'Invalid API key: You must be granted a valid key.', route);
    }
    const append = (req.query.get('append_to_response') ?? '').split(',').filter(Boolean);
    if (append.length > 20) {
      return failure(
        400,
        27,
        'Too many append to response objects: The maximum number of remote calls is 20.',
        route,
      );
    }
    const [, rawId, sub, n] = parts ?? [];
    const id = Number(rawId);
    switch (route) {
      case 'configuration':
        return reply(200, route, CONFIGURATION);
      case 'movie': {
        const body = movieJson(id);
        if (!body) return notFound(route);
        const m = movies.get(id)!;
        const extras: [string, string][] = append.includes('external_ids')
          ? [
              [
                'external_ids',
                JSON.stringify({
                  id,
                  imdb_id: m.imdbId,
                  wikidata_id: null,
                  facebook_id: null,
                  instagram_id: null,
                  twitter_id: null,
                }),
              ],
            ]
          : [];
        return reply(200, route, withAppended(body, extras));
      }
      case 'collection': {
        const body = collectionJson(id);
        return body ? reply(200, route, body) : notFound(route);
      }
      case 'find': {
        const source = req.query.get('external_source');
        const movieId = source === 'imdb_id' ? movieByImdb.get(rawId ?? '') : undefined;
        const tvId =
          source === 'imdb_id'
            ? showByImdb.get(rawId ?? '')
            : source === 'tvdb_id'
              ? showByTvdb.get(id)
              : undefined;
        if (source !== 'imdb_id' && source !== 'tvdb_id')
          return failure(400, 5, 'Invalid parameters: Your request parameters are incorrect.', route);
        return reply(200, route, {
          movie_results: movieId === undefined ? [] : [partBody(movies.get(movieId)!)],
          person_results: [],
          tv_results: tvId === undefined ? [] : [tvResultBody(shows.get(tvId)!)],
          tv_episode_results: [],
          tv_season_results: [],
        });
      }
      case 'tv': {
        const show = shows.get(id);
        const body = tvJson(id);
        if (!show || !body) return notFound(route);
        const extras = append.flatMap((a): [string, string][] => {
          if (a === 'external_ids') return [[a, externalIdsJson(show)]];
          const season = /^season\/(\d+)$/.exec(a);
          const text = season ? seasonJson(`${id}/${season[1]}`) : undefined;
          return text ? [[a, text]] : [];
        });
        return reply(200, route, withAppended(body, extras));
      }
      case 'tvSeason': {
        const body = sub === 'season' ? seasonJson(`${id}/${Number(n)}`) : undefined;
        return body ? reply(200, route, body) : notFound(route);
      }
      case 'tvExternalIds': {
        const show = shows.get(id);
        return show ? reply(200, route, externalIdsJson(show)) : notFound(route);
      }
      default:
        return notFound(route);
    }
  };
}
