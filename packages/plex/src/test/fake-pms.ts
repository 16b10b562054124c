import { type HttpHandler, HttpResponse, http } from 'msw';
import type { PlexItemJson } from './plex-fixtures.js';

/** The body PMS sends with a 401, whatever `Accept` says (api-notes §1.9; 91 bytes). */
export const HTML_401 =
  '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>';

/** One library section of the fake server. */
export interface FakeSection {
  key: string;
  title: string;
  type: 'movie' | 'show' | 'artist';
  agent?: string;
  /** Items of every type in the section (shows and episodes together for a TV section). */
  items: PlexItemJson[];
  /** `/prefs` settings, e.g. `[{ id: 'showOrdering', value: 'tvdbAiring', default: 'tmdbAiring' }]`. */
  prefs?: Array<Record<string, unknown>>;
}

/** Options of {@link fakePms}. */
export interface FakePmsOptions {
  url?: string;
  token?: string;
  machineIdentifier?: string;
  sections: FakeSection[];
  /** Cap on items per page, like a server that sends fewer than asked. */
  maxPageSize?: number;
  /** Leave `totalSize` out of paged answers. */
  omitTotalSize?: boolean;
}

/** A request the fake served: path, query and the headers that matter. */
export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: Headers;
}

const TYPE_NUMBER: Record<string, number> = { movie: 1, show: 2, season: 3, episode: 4 };
const PRIMARY_TYPE: Record<string, number> = { movie: 1, show: 2, artist: 8 };

/** `X-Plex-*` paging value from the query or, failing that, the header (PMS honours both). */
function pagingValue(request: Request, url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name) ?? request.headers.get(name);
  return raw === null ? undefined : Number(raw);
}

/**
 * A fake Plex Media Server for msw (api-notes §1.10): checks the token (header or query) and answers the
 * 91-byte HTML 401 otherwise; `/identity` needs no token; honours `type`, `includeGuids` and paging by header
 * or query, with `totalSize` and `offset` whenever paging was asked for; hoists `librarySectionID`.
 */
export function fakePms(options: FakePmsOptions) {
  const base = options.url ?? 'http://plex.test:32400';
  const token = options.token ?? 'plex-token-123';
  const seen: SeenRequest[] = [];
  const json = (MediaContainer: Record<string, unknown>) => HttpResponse.json({ MediaContainer });
  const notFound = () =>
    new HttpResponse('<html><body><h1>404 Not Found</h1></body></html>', { status: 404 });

  const authed = (resolve: (request: Request, url: URL, params: Record<string, string>) => Response) =>
    (({ request, params }) => {
      const url = new URL(request.url);
      seen.push({ path: url.pathname, query: url.searchParams, headers: request.headers });
      const given = request.headers.get('X-Plex-Token') ?? url.searchParams.get('X-Plex-Token');
      if (given !== token) {
        return new HttpResponse(HTML_401, { status: 401, headers: { 'Content-Type': 'text/html' } });
      }
      return resolve(request, url, params as Record<string, string>);
    }) satisfies Parameters<typeof http.get>[1];

  const section = (key: string) => options.sections.find((s) => s.key === key);
  // Listings are computed once per (section, type, includeGuids): big fixtures are paged hundreds of times.
  const listings = new Map<string, PlexItemJson[]>();
  const listing = (found: FakeSection, type: number, withGuids: boolean) => {
    const cacheKey = `${found.key}|${type}|${withGuids}`;
    let items = listings.get(cacheKey);
    if (!items) {
      items = found.items
        .filter((item) => TYPE_NUMBER[item.type] === type)
        .map(({ Guid, ...rest }) => (withGuids && Guid !== undefined ? { ...rest, Guid } : rest));
      listings.set(cacheKey, items);
    }
    return items;
  };

  const handlers: HttpHandler[] = [
    http.get(`${base}/identity`, () =>
      json({
        size: 0,
        claimed: true,
        machineIdentifier: options.machineIdentifier ?? 'fake-machine',
        version: '1.41.3.9314-a0bfb8370',
      }),
    ),
    http.get(
      `${base}/library/sections`,
      authed(() =>
        json({
          size: options.sections.length,
          Directory: options.sections.map(({ key, title, type, agent }) => ({
            key,
            title,
            type,
            agent,
            hidden: 0,
          })),
        }),
      ),
    ),
    http.get(
      `${base}/library/sections/:key/prefs`,
      authed((_request, _url, params) => {
        const found = section(params.key ?? '');
        if (!found) return notFound();
        return json({ size: found.prefs?.length ?? 0, Setting: found.prefs ?? [] });
      }),
    ),
    http.get(
      `${base}/library/sections/:key/all`,
      authed((request, url, params) => {
        const found = section(params.key ?? '');
        if (!found) return notFound();
        const type = Number(url.searchParams.get('type') ?? PRIMARY_TYPE[found.type]);
        const withGuids = url.searchParams.get('includeGuids') === '1';
        const all = listing(found, type, withGuids);
        const start = pagingValue(request, url, 'X-Plex-Container-Start');
        const size = pagingValue(request, url, 'X-Plex-Container-Size');
        const container: Record<string, unknown> = {
          librarySectionID: Number(found.key),
          librarySectionTitle: found.title,
        };
        if (start === undefined && size === undefined)
          return json({ ...container, size: all.length, Metadata: all });
        const from = start ?? 0;
        const count = Math.min(size ?? all.length, options.maxPageSize ?? Number.POSITIVE_INFINITY);
        const page = all.slice(from, from + count);
        return json({
          ...container,
          size: page.length,
          offset: from,
          ...(options.omitTotalSize ? {} : { totalSize: all.length }),
          ...(page.length === 0 ? {} : { Metadata: page }),
        });
      }),
    ),
  ];

  return {
    url: base,
    token,
    handlers,
    /** Every request the fake saw (401s included), in order. */
    seen,
    /** Requests whose path starts with `prefix`. */
    count: (prefix = '/') => seen.filter((r) => r.path.startsWith(prefix)).length,
  };
}
