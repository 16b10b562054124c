import { HttpResponse, http } from 'msw';

/** Base URL of the fake TVDB in tests. */
export const FAKE_TVDB = 'http://tvdb.test/v4';
/** The key the fake accepts. */
export const GOOD_KEY = '4f1c2a9e-7b3d-4c11-9a0e-5d6f7a8b9c0d';

/** A fake EpisodeBaseRecord (api-notes §4.5). */
export function tvdbEpisode(
  id: number,
  seasonNumber: number,
  number: number,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    seriesId: 81189,
    name: `Episode ${number}`,
    aired: '2008-01-20',
    runtime: 47,
    nameTranslations: ['eng'],
    overview: null,
    overviewTranslations: ['eng'],
    image: null,
    imageType: null,
    isMovie: 0,
    seasons: null,
    number,
    absoluteNumber: 0,
    seasonNumber,
    lastUpdated: '2023-08-15 12:30:45',
    finaleType: null,
    year: '2008',
    ...extra,
  };
}

/** A base64url JWT-looking token whose payload carries `exp` (seconds). */
export function fakeJwt(exp: number, serial: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part({ exp, serial })}.sig`;
}

/** What the fake serves. */
export interface FakeTvdbWorld {
  /** Episodes per series id and season type. */
  series?: Record<
    number,
    {
      status?: string;
      /** @default 'eng' */
      originalLanguage?: string;
      types: Record<string, Array<Record<string, unknown>>>;
      /**
       * Names served by `/series/{id}/episodes/{type}/{lang}`, by language then episode id (missing ids get
       * `name: null`). A language not listed answers 404, as TVDB does for some pairs (v4-api#323).
       */
      translations?: Record<string, Record<number, string | null>>;
    }
  >;
  /** `/search/remoteid/{id}` hits. */
  remote?: Record<string, Array<Record<string, unknown>>>;
  /** When set, the login needs this PIN. */
  pin?: string;
  /** Episodes per page (TVDB uses 500). */
  pageSize?: number;
}

const failure = (status: number, message: string) =>
  HttpResponse.json({ status: 'failure', message, data: null }, { status });

/**
 * msw handlers of a fake TVDB (api-notes §4.8). `state.revokeAll()` expires every token issued so far (a
 * token running out in the middle of a scan); `state.logins` counts logins, `state.log` the data calls.
 */
export function fakeTvdb(world: FakeTvdbWorld) {
  const valid = new Set<string>();
  const state = {
    logins: 0,
    log: [] as string[],
    revokeAll: () => valid.clear(),
    /** When set, every token expires just as this page is asked for (once). */
    expireAtPage: undefined as number | undefined,
  };
  const pageSize = world.pageSize ?? 500;
  const authorised = (request: Request) => {
    const url = new URL(request.url);
    state.log.push(`${url.pathname.replace('/v4', '')}${url.search}`);
    return valid.has((request.headers.get('authorization') ?? '').replace(/^Bearer /, ''));
  };
  const handlers = [
    http.post(`${FAKE_TVDB}/login`, async ({ request }) => {
      const body = (await request.json()) as { apikey?: string; pin?: string };
      if (body.apikey !== GOOD_KEY) return failure(401, 'InvalidAPIKey: apikey invalid');
      if (world.pin !== undefined && body.pin === undefined)
        return failure(400, 'InvalidValueType: pin required');
      if (world.pin !== body.pin) return failure(401, 'Unauthorized');
      state.logins++;
      const token = fakeJwt(Math.floor(Date.now() / 1000) + 30 * 24 * 3600, state.logins);
      valid.add(token);
      return HttpResponse.json({ status: 'success', data: { token } });
    }),
    http.get(`${FAKE_TVDB}/series/:id/episodes/:type`, ({ request, params }) => {
      if (state.expireAtPage === Number(new URL(request.url).searchParams.get('page'))) {
        state.expireAtPage = undefined;
        valid.clear();
      }
      if (!authorised(request)) return failure(401, 'Unauthorized');
      const id = Number(params.id);
      const series = world.series?.[id];
      if (!series) return failure(404, 'NotFoundException: not found');
      const all = series.types[String(params.type)] ?? [];
      const page = Number(new URL(request.url).searchParams.get('page') ?? '0');
      const self = `${FAKE_TVDB}/series/${id}/episodes/${String(params.type)}?page=`;
      const last = (page + 1) * pageSize >= all.length;
      return HttpResponse.json({
        status: 'success',
        data: {
          series: {
            id,
            name: 'Breaking Bad',
            defaultSeasonType: 1,
            originalLanguage: series.originalLanguage ?? 'eng',
            status: { id: 2, name: series.status ?? 'Continuing', recordType: 'series', keepUpdated: false },
          },
          episodes: all.slice(page * pageSize, (page + 1) * pageSize),
        },
        links: {
          prev: page === 0 ? null : `${self}${page - 1}`,
          self: `${self}${page}`,
          next: last ? null : `${self}${page + 1}`,
          total_items: all.length,
          page_size: pageSize,
        },
      });
    }),
    http.get(`${FAKE_TVDB}/series/:id/episodes/:type/:lang`, ({ request, params }) => {
      if (!authorised(request)) return failure(401, 'Unauthorized');
      const id = Number(params.id);
      const series = world.series?.[id];
      const names = series?.translations?.[String(params.lang)];
      if (!series || !names) return failure(404, 'NotFoundException: error fetching ');
      const all = series.types[String(params.type)] ?? [];
      const page = Number(new URL(request.url).searchParams.get('page') ?? '0');
      const self = `${FAKE_TVDB}/series/${id}/episodes/${String(params.type)}/${String(params.lang)}?page=`;
      const episodes = all.slice(page * pageSize, (page + 1) * pageSize).map((e) => ({
        ...e,
        // The real listing: the name in the language or null; translation lists null (api-notes §8.2.3).
        name: names[e.id as number] ?? null,
        overview: null,
        nameTranslations: null,
        overviewTranslations: null,
      }));
      // The real shape of this route: series fields and `episodes` directly in `data` (api-notes §4.6).
      return HttpResponse.json({
        status: 'success',
        data: {
          id,
          name: 'Series',
          defaultSeasonType: 1,
          originalLanguage: series.originalLanguage ?? 'eng',
          episodes,
        },
        links: {
          prev: page === 0 ? null : `${self}${page - 1}`,
          self: `${self}${page}`,
          next: (page + 1) * pageSize >= all.length ? null : `${self}${page + 1}`,
          total_items: all.length,
          page_size: pageSize,
        },
      });
    }),
    http.get(`${FAKE_TVDB}/search/remoteid/:id`, ({ request, params }) => {
      if (!authorised(request)) return failure(401, 'Unauthorized');
      return HttpResponse.json({ status: 'success', data: world.remote?.[String(params.id)] ?? [] });
    }),
  ];
  return { handlers, state };
}
