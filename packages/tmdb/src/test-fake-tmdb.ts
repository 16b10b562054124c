import { HttpResponse, http } from 'msw';

/** Base URL of the fake TMDB in tests. */
export const FAKE_TMDB = 'http://tmdb.test/3';
/** The only v3 key the fake accepts. */
export const GOOD_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
/** The only v4 read access token the fake accepts. */
export const GOOD_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ0ZXN0In0.c2lnbmF0dXJl';

/** A fake TMDB episode body (api-notes §3.7). */
export function tmdbEpisode(season: number, episode: number, extra: Record<string, unknown> = {}) {
  return {
    id: season * 1000 + episode,
    show_id: 1399,
    season_number: season,
    episode_number: episode,
    episode_type: 'standard',
    name: `Episode ${episode}`,
    air_date: `2011-0${Math.min(season, 9)}-${String(episode).padStart(2, '0')}`,
    runtime: 60,
    still_path: null,
    vote_average: 8,
    crew: [],
    guest_stars: [],
    ...extra,
  };
}

/** A fake `/tv/{id}` world entry: seasons given as `{ [seasonNumber]: episodes }`. */
export interface FakeShow {
  status?: string;
  seasons: Record<number, Array<Record<string, unknown>>>;
  external_ids?: { tvdb_id: number | null; imdb_id: string | null };
}

/** What the fake serves; bodies use TMDB's real field names. */
export interface FakeTmdbWorld {
  movies?: Record<number, Record<string, unknown>>;
  collections?: Record<number, Record<string, unknown>>;
  shows?: Record<number, FakeShow>;
  /** `/find/{id}` answers keyed by `${external_source}:${id}`. */
  find?: Record<string, { movie_results?: Array<{ id: number }>; tv_results?: Array<{ id: number }> }>;
}

const notFound = () =>
  HttpResponse.json(
    { status_message: 'The resource you requested could not be found.', status_code: 34 },
    { status: 404 },
  );

/**
 * msw handlers of a fake TMDB (api-notes §3.10): either key mode, 401 code 7 otherwise, 404 code 34,
 * `append_to_response` with at most 20 items (400 code 27 beyond) and missing seasons left out.
 * `log` records each request's path and query.
 */
export function fakeTmdb(world: FakeTmdbWorld) {
  const log: string[] = [];
  const authorised = (request: Request) => {
    const url = new URL(request.url);
    log.push(
      `${url.pathname.replace('/3', '')}${url.search.replace(/api_key=[^&]*&?/, '').replace(/\?$/, '')}`,
    );
    return (
      url.searchParams.get('api_key') === GOOD_KEY ||
      request.headers.get('authorization') === `Bearer ${GOOD_TOKEN}`
    );
  };
  const denied = () =>
    HttpResponse.json(
      { status_message: 'Invalid API key: You must be granted a valid key.', success: false, status_code: 7 },
      { status: 401 },
    );
  const handlers = [
    http.get(`${FAKE_TMDB}/configuration`, ({ request }) =>
      authorised(request)
        ? HttpResponse.json({ images: { secure_base_url: 'https://image.tmdb.org/t/p/' } })
        : denied(),
    ),
    http.get(`${FAKE_TMDB}/movie/:id`, ({ request, params }) => {
      if (!authorised(request)) return denied();
      const movie = world.movies?.[Number(params.id)];
      return movie ? HttpResponse.json(movie) : notFound();
    }),
    http.get(`${FAKE_TMDB}/collection/:id`, ({ request, params }) => {
      if (!authorised(request)) return denied();
      const collection = world.collections?.[Number(params.id)];
      return collection ? HttpResponse.json(collection) : notFound();
    }),
    http.get(`${FAKE_TMDB}/find/:id`, ({ request, params }) => {
      if (!authorised(request)) return denied();
      const source = new URL(request.url).searchParams.get('external_source');
      const hit = world.find?.[`${source}:${String(params.id)}`] ?? {};
      return HttpResponse.json({
        movie_results: hit.movie_results ?? [],
        person_results: [],
        tv_results: hit.tv_results ?? [],
        tv_episode_results: [],
        tv_season_results: [],
      });
    }),
    http.get(`${FAKE_TMDB}/tv/:id/external_ids`, ({ request, params }) => {
      if (!authorised(request)) return denied();
      const show = world.shows?.[Number(params.id)];
      if (!show) return notFound();
      return HttpResponse.json({
        id: Number(params.id),
        ...(show.external_ids ?? { tvdb_id: null, imdb_id: null }),
      });
    }),
    http.get(`${FAKE_TMDB}/tv/:id`, ({ request, params }) => {
      if (!authorised(request)) return denied();
      const id = Number(params.id);
      const show = world.shows?.[id];
      if (!show) return notFound();
      const appends = (new URL(request.url).searchParams.get('append_to_response') ?? '')
        .split(',')
        .filter(Boolean);
      if (appends.length > 20) {
        return HttpResponse.json(
          {
            success: false,
            status_code: 27,
            status_message: 'Too many append to response objects: The maximum number of remote calls is 20.',
          },
          { status: 400 },
        );
      }
      const body: Record<string, unknown> = {
        id,
        name: `Show ${id}`,
        status: show.status ?? 'Returning Series',
        in_production: true,
        number_of_seasons: Object.keys(show.seasons).length,
        seasons: Object.entries(show.seasons).map(([n, eps]) => ({
          id: id * 100 + Number(n),
          season_number: Number(n),
          name: Number(n) === 0 ? 'Specials' : `Season ${n}`,
          episode_count: eps.length,
          air_date: null,
        })),
      };
      for (const append of appends) {
        const n = Number(append.replace('season/', ''));
        const episodes = show.seasons[n];
        if (episodes)
          body[append] = { _id: `s${n}`, id: id * 100 + n, name: `Season ${n}`, season_number: n, episodes };
      }
      return HttpResponse.json(body);
    }),
  ];
  return { handlers, log };
}
