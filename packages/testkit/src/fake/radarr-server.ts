import {
  type ArrCommonState,
  type ArrRequest,
  arrHandler,
  profileOrFolderFailure,
  validationFailure,
} from './arr-common.js';
import { type FakeRequest, json } from './http.js';

/** A film in the fake Radarr. */
export interface FakeRadarrMovie {
  id: number;
  tmdbId: number;
  title: string;
  year?: number;
  monitored: boolean;
  hasFile: boolean;
  path?: string;
  qualityProfileId?: number;
  tags?: number[];
}

/** The fake Radarr's whole state. */
export interface FakeRadarrState extends ArrCommonState {
  movies: FakeRadarrMovie[];
}

/** The Radarr v3 API routes ComPlexionist uses, over `state`; every request is appended to `log`. */
export function radarrHandler(state: FakeRadarrState, log: ArrRequest[]) {
  return arrHandler('Radarr', state, log, (req: FakeRequest, body) => {
    const path = req.path.toLowerCase();
    if (req.method === 'GET' && path === '/api/v3/movie') {
      const tmdbId = req.query.get('tmdbId');
      const movies = tmdbId === null ? state.movies : state.movies.filter((m) => String(m.tmdbId) === tmdbId);
      return json(200, 'movie', movies);
    }
    if (req.method === 'POST' && path === '/api/v3/movie') return addMovie(state, body ?? {});
    return undefined;
  });
}

function addMovie(state: FakeRadarrState, body: Record<string, unknown>) {
  const tmdbId = Number(body.tmdbId);
  if (state.movies.some((m) => m.tmdbId === tmdbId))
    return validationFailure('TmdbId', 'This movie has already been added', 'MovieExistsValidator');
  const unfit = profileOrFolderFailure(state, body);
  if (unfit) return unfit;
  const movie: FakeRadarrMovie = {
    id: state.movies.reduce((max, m) => Math.max(max, m.id), 0) + 1,
    tmdbId,
    title: String(body.title ?? `TMDB ${tmdbId}`),
    ...(typeof body.year === 'number' ? { year: body.year } : {}),
    monitored: body.monitored !== false,
    hasFile: false,
    path: `${String(body.rootFolderPath)}/${String(body.title)}`,
    qualityProfileId: Number(body.qualityProfileId),
    tags: Array.isArray(body.tags) ? (body.tags as number[]) : [],
  };
  state.movies.push(movie);
  return json(201, 'movie-add', movie);
}
