import { Hono } from 'hono';
import { missingMovieIds, toRadarrList, toSonarrList, toStevenLuList } from '../reports/arr-lists.js';
import { RadarrListQuerySchema, validate } from '../validation.js';
import type { RouteContext } from './context.js';
import { latestReports } from './latest-reports.js';
import { latestWatchlistFilms } from './watchlist.js';

/** The list, then the watchlist's films it does not hold yet. */
const withWatchlist = <T extends { id: number }>(list: T[], films: T[]): T[] => [
  ...list,
  ...films.filter((f) => !list.some((m) => m.id === f.id)),
];

/**
 * Import lists for the *arr stack, built from the latest reports (an empty array before the first scan, so the
 * *arr apps do not log errors). Always `application/json`: Radarr rejects `text/json`.
 */
export function listsRoutes({ deps }: RouteContext): Hono {
  return new Hono()
    .get('/lists/radarr', validate('query', RadarrListQuerySchema), async (c) => {
      const { movies } = await latestReports(deps.store, deps.ignores);
      const query = c.req.valid('query');
      if (query.format === 'radarr' && query.watchlist === '1')
        return c.json(withWatchlist(toRadarrList(movies), latestWatchlistFilms(deps)));
      if (query.format === 'radarr') return c.json(toRadarrList(movies));
      // Reports carry TMDB ids only; StevenLu items need the IMDb id (read through the scan's TMDB cache).
      const ids = missingMovieIds(movies);
      const imdbIds =
        ids.length > 0 && deps.scanner.findImdbIds
          ? await deps.scanner.findImdbIds(ids, c.req.raw.signal)
          : new Map<number, string | null>();
      return c.json(toStevenLuList(movies, imdbIds));
    })
    .get('/lists/sonarr', async (c) => {
      const { episodes } = await latestReports(deps.store, deps.ignores);
      return c.json(toSonarrList(episodes));
    });
}
