import type { TvdbSeries, World } from '../world/types.js';
import { bearer, type FakeHandler, type FakeReply, json, segments, worldDay } from './http.js';
import {
  episodeRecord,
  episodesOf,
  SEASON_TYPES,
  type SeasonTypeSlug,
  seriesBase,
  seriesExtended,
} from './tvdb-render.js';
import { updatesPage } from './tvdb-updates.js';

/** Settings of the fake TVDB. */
export interface TvdbSettings {
  apiKey: string;
  /** When set, the key is a user-subscription key: `/login` requires this pin. */
  pin?: string;
  /** Episodes per page. @default 500 */
  pageSize: number;
  /** Tokens issued so far, kept across a rebuild of the handler (a new day of the world). */
  tokens?: Set<string>;
}

const JSON_TYPE = 'application/json; charset=UTF-8';
const ok = (route: string, body: string | Record<string, unknown>): FakeReply =>
  json(200, route, body, JSON_TYPE);
const failure = (status: number, message: string, route: string): FakeReply =>
  json(status, route, { status: 'failure', message, data: null }, JSON_TYPE);

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The fake TVDB v4 API (served under `/v4`) and a way to invalidate every issued token. */
export function tvdbHandler(world: World, settings: TvdbSettings, origin: string) {
  const series = new Map<number, TvdbSeries>(world.tvdb.series.map((s) => [s.id, s]));
  const byImdb = new Map(world.tvdb.series.flatMap((s) => (s.imdbId ? [[s.imdbId, s] as const] : [])));
  const tokens = settings.tokens ?? new Set<string>();
  const pages = new Map<string, string>();
  const today = worldDay(world);
  let issued = 0;

  const login = (body: string): FakeReply => {
    let input: { apikey?: unknown; pin?: unknown } = {};
    try {
      input = JSON.parse(body) as typeof input;
    } catch {
      return failure(400, 'InvalidValueType: invalid json body', 'login');
    }
    if (input.apikey !== settings.apiKey) return failure(401, 'InvalidAPIKey: apikey invalid', 'login');
    if (settings.pin !== undefined && (input.pin === undefined || input.pin === '')) {
      return failure(400, 'InvalidValueType: pin required', 'login');
    }
    if (settings.pin !== undefined && input.pin !== settings.pin)
      return failure(401, 'Unauthorized', 'login');
    const iat = Math.floor(Date.now() / 1000);
    const token = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iat, exp: iat + 30 * 86_400, id: 'testkit', jti: ++issued })}.ZmFrZS1zaWduYXR1cmU`;
    tokens.add(token);
    return ok('login', { status: 'success', data: { token } });
  };

  const episodePage = (
    s: TvdbSeries,
    type: SeasonTypeSlug,
    page: number,
    lang: string | undefined,
  ): string => {
    const key = `${s.id}/${type}/${lang ?? ''}/${page}`;
    const cached = pages.get(key);
    if (cached) return cached;
    const all = episodesOf(s, type);
    const size = settings.pageSize;
    const slice = all.slice(page * size, (page + 1) * size).map((e) => episodeRecord(s, e, lang));
    const url = (p: number) =>
      `${origin}/v4/series/${s.id}/episodes/${type}${lang ? `/${lang}` : ''}?page=${p}`;
    const links = {
      prev: page > 0 ? url(page - 1) : null,
      self: url(page),
      next: (page + 1) * size < all.length ? url(page + 1) : null,
      total_items: all.length,
      page_size: size,
    };
    const base = seriesBase(s, today);
    // api-notes §4.5 vs §4.6: the translated endpoint puts the series fields directly in `data`.
    const data = lang ? { ...base, episodes: slice } : { series: base, episodes: slice };
    const text = JSON.stringify({ status: 'success', data, links });
    pages.set(key, text);
    return text;
  };

  const handler: FakeHandler = (req) => {
    const parts = segments(req.path, '/v4');
    if (parts?.[0] === 'login' && parts.length === 1 && req.method === 'POST') return login(req.body);
    const [first, rawId, sub, type, lang] = parts ?? [];
    const route =
      first === 'series'
        ? sub === 'episodes'
          ? 'episodes'
          : sub === 'extended'
            ? 'extended'
            : 'series'
        : first === 'search'
          ? 'remoteid'
          : first === 'updates'
            ? 'updates'
            : 'other';
    const token = bearer(req.headers);
    if (!token || !tokens.has(token)) return failure(401, 'Unauthorized', route);
    if (first === 'search' && rawId === 'remoteid' && sub) {
      const found = byImdb.get(sub);
      return ok(route, { status: 'success', data: found ? [{ series: seriesBase(found, today) }] : [] });
    }
    if (first === 'updates' && parts?.length === 1) {
      const since = Number(req.query.get('since'));
      const page = Number(req.query.get('page') ?? '0');
      const nowS = Date.parse(world.now ?? new Date().toISOString()) / 1000;
      // The real feed refuses a `since` older than about 90 days (api-notes §8.2.1).
      if (!Number.isInteger(since) || since < nowS - 90 * 86_400 || !Number.isInteger(page) || page < 0)
        return failure(400, 'Invalid since, type param', route);
      const url = (p: number) => `${origin}/v4/updates?since=${since}&type=series&page=${p}`;
      return ok(route, updatesPage(world, since, page, url));
    }
    const s = first === 'series' ? series.get(Number(rawId)) : undefined;
    if (!s) return failure(404, 'NotFoundException: not found', route);
    if (parts?.length === 2) return ok(route, { status: 'success', data: seriesBase(s, today) });
    if (sub === 'extended' && parts?.length === 3)
      return ok(route, { status: 'success', data: seriesExtended(s, today) });
    if (sub !== 'episodes' || !type || (parts?.length ?? 0) > 5)
      return failure(404, 'NotFoundException: not found', route);
    if (type !== 'default' && !(type in SEASON_TYPES))
      return failure(400, `InvalidValueType: invalid season-type ${type}`, route);
    const page = Number(req.query.get('page') ?? '0');
    if (!Number.isInteger(page) || page < 0)
      return failure(400, 'InvalidValueType: page must be a non-negative integer', route);
    return ok(route, episodePage(s, type as SeasonTypeSlug, page, lang));
  };
  return { handler, revokeTokens: () => tokens.clear() };
}
