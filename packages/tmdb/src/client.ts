import type {
  Collection,
  CollectionPart,
  MovieDetails,
  MovieMetadataSource,
  TmdbEpisodeSource,
} from '@complexionist/core';
import { createHttpClient, type HttpStats, type RateOptions } from '@complexionist/http';
import { tmdbStatusError } from './errors.js';
import { createTmdbGet } from './fetch-json.js';
import { collectionSchema, externalIdsSchema, findSchema, movieSchema } from './schemas.js';
import { fetchShowEpisodes } from './tv-episodes.js';

/** Options of {@link createTmdbClient}. */
export interface TmdbClientOptions {
  /** A v3 API key (sent as `api_key`) or a v4 read access token starting with `eyJ` (sent as Bearer). */
  apiKey: string;
  /** @default 'https://api.themoviedb.org/3' */
  baseURL?: string;
  /** TMDB `language` for titles, e.g. `en-US`. @default TMDB's own default (en-US) */
  language?: string;
  /** Pacing. @default { perSecond: 40, maxInFlight: 20 } */
  rate?: RateOptions;
  /** The fetch implementation (tests). @default global fetch */
  fetch?: typeof fetch;
  /** Per-attempt timeout. @default 15000 */
  timeoutMs?: number;
  /** Retries of 5xx/resets/timeouts (429s get twice as many). @default 3 */
  retries?: number;
}

/** The TMDB adapter: movie metadata and TV episode lists, plus key validation and counters. */
export type TmdbClient = MovieMetadataSource &
  TmdbEpisodeSource & {
    /** Checks the key with `/configuration`; rejects with an `AuthError` naming `tmdb.api_key` when refused. */
    validateKey(options?: { signal?: AbortSignal }): Promise<void>;
    stats(): HttpStats;
  };

/** Default TMDB v3 base URL. */
export const TMDB_BASE_URL = 'https://api.themoviedb.org/3';

/** Creates the TMDB v3 client (docs/spec.md §2, §3). "Not found" resolves to `null`. */
export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const apiKey = options.apiKey?.trim();
  if (!apiKey) throw new TypeError('createTmdbClient: apiKey is required (tmdb.api_key / TMDB_API_KEY)');
  const baseURL = (options.baseURL ?? TMDB_BASE_URL).replace(/\/+$/, '');
  const bearer = apiKey.startsWith('eyJ');
  const query: Record<string, string> = bearer ? {} : { api_key: apiKey };
  if (options.language) query.language = options.language;
  const http = createHttpClient({
    service: 'tmdb',
    baseURL,
    query,
    headers: { Accept: 'application/json', ...(bearer ? { Authorization: `Bearer ${apiKey}` } : {}) },
    secrets: [apiKey],
    rate: options.rate,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
  });
  const get = createTmdbGet(http);

  const find = async (
    id: string,
    source: 'imdb_id' | 'tvdb_id',
    kind: 'movie' | 'tv',
    signal?: AbortSignal,
  ) => {
    const body = await get(`/find/${encodeURIComponent(id)}`, findSchema, {
      query: { external_source: source },
      signal,
    });
    const results = kind === 'movie' ? body?.movie_results : body?.tv_results;
    return results?.[0]?.id ?? null;
  };

  return {
    cacheScope: `tmdb:${baseURL}${options.language ? `:${options.language}` : ''}`,

    async getMovie(tmdbId, call = {}): Promise<MovieDetails | null> {
      const body = await get(`/movie/${tmdbId}`, movieSchema, { signal: call.signal });
      if (body === null) return null;
      const collection = body.belongs_to_collection;
      return {
        tmdbId: body.id,
        title: body.title,
        releaseDate: body.release_date || null,
        imdbId: body.imdb_id || null,
        collection: collection ? { tmdbId: collection.id, name: collection.name } : null,
      };
    },

    async getCollection(collectionId, call = {}): Promise<Collection | null> {
      const body = await get(`/collection/${collectionId}`, collectionSchema, { signal: call.signal });
      if (body === null) return null;
      const parts: CollectionPart[] = body.parts.map((p) => ({
        tmdbId: p.id,
        title: p.title,
        releaseDate: p.release_date || null,
        posterPath: p.poster_path ?? null,
      }));
      return { tmdbId: body.id, name: body.name, parts: sortByRelease(parts) };
    },

    findMovieByImdb: (imdbId, call = {}) => find(imdbId, 'imdb_id', 'movie', call.signal),
    findShowByImdb: (imdbId, call = {}) => find(imdbId, 'imdb_id', 'tv', call.signal),
    findShowByTvdb: (tvdbId, call = {}) => find(String(tvdbId), 'tvdb_id', 'tv', call.signal),

    async getShowExternalIds(tmdbId, call = {}) {
      const body = await get(`/tv/${tmdbId}/external_ids`, externalIdsSchema, { signal: call.signal });
      if (body === null) return null;
      return { tvdb: body.tvdb_id || null, imdb: body.imdb_id || null };
    },

    getShowEpisodes: (tmdbId, call = {}) => fetchShowEpisodes(get, tmdbId, call.signal),

    async validateKey(call = {}) {
      const path = '/configuration';
      const response = await http.request(path, call.signal ? { signal: call.signal } : {});
      if (response.status >= 300) throw tmdbStatusError(response.status, response.data, path);
    },

    stats: () => http.stats(),
  };
}

/** Oldest first; parts without a date (unreleased or planned) last, in TMDB's order. */
export function sortByRelease(parts: CollectionPart[]): CollectionPart[] {
  return [...parts].sort((a, b) => {
    if (a.releaseDate === b.releaseDate) return 0;
    if (a.releaseDate === null) return 1;
    if (b.releaseDate === null) return -1;
    return a.releaseDate < b.releaseDate ? -1 : 1;
  });
}
