import type { RouteCounts } from './fake/http.js';
import { effectiveOrdering } from './generate/show-plan.js';
import { readGuidIds } from './guids.js';
import type { TvdbSeries, World } from './world/types.js';

/** Page size the CLI's Plex client uses (`createPlexClient` default); listings cost ⌈items / this⌉. */
export const PLEX_PAGE_SIZE = 500;
/** Episodes per TVDB page (the real API's and the fake's default). */
export const TVDB_PAGE_SIZE = 500;
/** Objects TMDB lets one call append (`append_to_response`). */
export const TMDB_APPEND_LIMIT = 20;

/** Minimum requests per service, keyed like the fakes' `counts().*.byRoute`. */
export interface ExpectedRequestCounts {
  plex: RouteCounts;
  tmdb: RouteCounts;
  tvdb: RouteCounts;
}

const pages = (items: number, size: number) => Math.max(1, Math.ceil(items / size));
const tally = (byRoute: Record<string, number>): RouteCounts => {
  const kept = Object.fromEntries(Object.entries(byRoute).filter(([, n]) => n > 0));
  return { total: Object.values(kept).reduce((a, b) => a + b, 0), byRoute: kept };
};

/**
 * The fewest requests a correct cold `scan` (movies + episodes, every library, default options) can make
 * against the fakes. Assumptions, so the benchmark can compare counts exactly:
 * - Plex: `/library/sections` once; each listing (type=1, type=2, type=4) paged at `plex` items
 *   (⌈n/size⌉, at least 1); `/prefs` once per show section. `/identity` and `/` are not counted.
 * - TMDB: `/movie/{id}` once per distinct owned TMDB id, except the owned members of a collection after
 *   the first (its `/collection` part list names them; `skipListedMovies: false` counts them, as before
 *   issue 19); `/find` once per IMDb-only movie (distinct IMDb
 *   id) and once per show without a TMDB id (docs/spec.md §3.2 resolves it from the TVDB id; generated worlds
 *   give each such show a gap, so a client that resolves only for reported shows makes the same count);
 *   `/collection/{id}`
 *   once per distinct collection of an owned movie; `/tv/{id}` ⌈seasons/20⌉ times per TMDB-ordered show
 *   (seasons appended 20 per call; generated TMDB-ordered shows have ≤ 19 seasons, so one call each).
 * - TVDB: one `/login`; ⌈episodes/`tvdb`⌉ pages of the ordering's season type per TVDB-ordered show, and as
 *   many pages of its `/{language}` listing when the series' original language is another (episode names
 *   in the configured language, default `eng` as the CLI's default `en`; `language: null` for none).
 */
export function expectedRequestCounts(
  world: World,
  pageSizes: { plex?: number; tvdb?: number; language?: string | null; skipListedMovies?: boolean } = {},
): ExpectedRequestCounts {
  const plexSize = pageSizes.plex ?? PLEX_PAGE_SIZE;
  const tvdbSize = pageSizes.tvdb ?? TVDB_PAGE_SIZE;
  const language = pageSizes.language === undefined ? 'eng' : pageSizes.language;
  const plex = { sections: 1, all: 0, prefs: 0 };
  const tmdb = { movie: 0, find: 0, collection: 0, tv: 0 };
  const tvdb = { login: 0, episodes: 0 };
  const moviesById = new Map(world.tmdb.movies.map((m) => [m.id, m]));
  const movieByImdb = new Map(
    world.tmdb.movies.flatMap((m) => (m.imdbId ? [[m.imdbId, m.id] as const] : [])),
  );
  const tmdbShows = new Map(world.tmdb.shows.map((s) => [s.id, s]));
  const tmdbByTvdb = new Map(world.tmdb.shows.flatMap((s) => (s.tvdbId ? [[s.tvdbId, s.id] as const] : [])));
  const series = new Map<number, TvdbSeries>(world.tvdb.series.map((s) => [s.id, s]));
  const owned = new Set<number>();
  const imdbs = new Set<string>();
  for (const section of world.plex.sections) {
    if (section.type === 'movie') {
      plex.all += pages(section.movies.length, plexSize);
      for (const m of section.movies) {
        const ids = readGuidIds(m.guid, m.guids);
        if (ids.tmdb === undefined && ids.imdb) imdbs.add(ids.imdb);
        const id = ids.tmdb ?? (ids.imdb ? movieByImdb.get(ids.imdb) : undefined);
        if (id !== undefined) owned.add(id);
      }
    }
    if (section.type !== 'show') continue;
    plex.prefs++;
    plex.all +=
      pages(section.shows.length, plexSize) +
      pages(
        section.shows.reduce((n, s) => n + s.episodes.length, 0),
        plexSize,
      );
    for (const show of section.shows) {
      const ids = readGuidIds(show.guid, show.guids);
      if (ids.tvdb === undefined && ids.tmdb === undefined) continue;
      const tmdbId = ids.tmdb ?? (ids.tvdb === undefined ? undefined : tmdbByTvdb.get(ids.tvdb));
      if (ids.tmdb === undefined) tmdb.find++;
      const ordering = effectiveOrdering(show.showOrdering, section.showOrdering);
      const tv = tmdbId === undefined ? undefined : tmdbShows.get(tmdbId);
      if (ordering.source === 'tmdb' && tv) {
        tmdb.tv += pages(tv.seasons.length, 20);
        continue;
      }
      const s = ids.tvdb === undefined ? undefined : series.get(ids.tvdb);
      if (!s) continue;
      const type =
        ordering.name === 'tvdbDvd' ? 'dvd' : ordering.name === 'tvdbAbsolute' ? 'absolute' : 'official';
      const count = s.episodes[type]?.length ?? 0;
      tvdb.episodes += pages(count, tvdbSize);
      if (language !== null && count > 0 && s.originalLanguage !== language)
        tvdb.episodes += pages(count, tvdbSize);
      tvdb.login = 1;
    }
  }
  tmdb.find += imdbs.size;
  const memberships = [...owned].flatMap((id) => moviesById.get(id)?.collectionId ?? []);
  tmdb.collection = new Set(memberships).size;
  // Issue 19: one owned member per collection finds it; its part list settles the other owned members.
  const skipped = pageSizes.skipListedMovies === false ? 0 : memberships.length - tmdb.collection;
  tmdb.movie = owned.size - skipped;
  return { plex: tally(plex), tmdb: tally(tmdb), tvdb: tally(tvdb) };
}
