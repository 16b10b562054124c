import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';

/** Base of TMDB poster URLs (342 px wide, a size every client shows well). */
export const TMDB_POSTER_BASE = 'https://image.tmdb.org/t/p/w342';

/** An item of Radarr's "Custom Lists" importer: the TMDB id must be named `id`. */
export interface RadarrListItem {
  id: number;
  title: string;
}

/** An item of Radarr's "StevenLu Custom" importer (looked up by `imdb_id`). */
export interface StevenLuListItem {
  title: string;
  imdb_id: string;
  poster_url: string | null;
}

/** An item of Sonarr's "Custom List" importer. Ids a show lacks are left out (Sonarr reads them as integers). */
export interface SonarrListItem {
  title: string;
  tvdbId?: number;
  tmdbId?: number;
  imdbId?: string;
}

/** Every missing movie of the report once, in report order. */
function missingMovies(report: MovieGapReport | undefined) {
  const seen = new Set<number>();
  const out: MovieGapReport['collections'][number]['missing'] = [];
  for (const collection of report?.collections ?? []) {
    for (const movie of collection.missing) {
      if (seen.has(movie.tmdbId) || movie.tmdbId <= 0) continue;
      seen.add(movie.tmdbId);
      out.push(movie);
    }
  }
  return out;
}

/** Missing movies in Radarr's "Custom Lists" shape: `[{"id": 603, "title": "The Matrix"}]`. */
export function toRadarrList(report: MovieGapReport | undefined): RadarrListItem[] {
  return missingMovies(report).map((movie) => ({ id: movie.tmdbId, title: movie.title }));
}

/** The TMDB ids of the report's missing movies, each once (what {@link toStevenLuList} needs IMDb ids for). */
export function missingMovieIds(report: MovieGapReport | undefined): number[] {
  return missingMovies(report).map((movie) => movie.tmdbId);
}

/**
 * Missing movies in Radarr's "StevenLu Custom" shape, with IMDb ids from `imdbIds` (TMDB id → IMDb id; reports
 * carry none). Radarr looks these items up by IMDb id only, so a movie whose id is unknown is left out.
 */
export function toStevenLuList(
  report: MovieGapReport | undefined,
  imdbIds: ReadonlyMap<number, string | null>,
): StevenLuListItem[] {
  const out: StevenLuListItem[] = [];
  for (const movie of missingMovies(report)) {
    const imdbId = imdbIds.get(movie.tmdbId);
    if (!imdbId) continue;
    out.push({
      title: movie.title,
      imdb_id: imdbId,
      poster_url: movie.posterPath ? `${TMDB_POSTER_BASE}${movie.posterPath}` : null,
    });
  }
  return out;
}

/** Shows with gaps in Sonarr's "Custom List" shape: `[{"title","tvdbId","tmdbId","imdbId"}]`. */
export function toSonarrList(report: EpisodeGapReport | undefined): SonarrListItem[] {
  const out: SonarrListItem[] = [];
  for (const show of report?.shows ?? []) {
    if (show.missingCount <= 0) continue;
    const item: SonarrListItem = { title: show.title };
    if (show.tvdbId !== null) item.tvdbId = show.tvdbId;
    if (show.tmdbId !== null) item.tmdbId = show.tmdbId;
    if (show.imdbId) item.imdbId = show.imdbId;
    if (item.tvdbId !== undefined || item.tmdbId !== undefined || item.imdbId !== undefined) out.push(item);
  }
  return out;
}
