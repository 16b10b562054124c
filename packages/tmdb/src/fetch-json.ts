import { type HttpClient, validateBody } from '@complexionist/http';
import type * as v from 'valibot';
import { tmdbStatusError } from './errors.js';

/** One validated TMDB GET. */
export type TmdbGet = <S extends v.GenericSchema>(
  path: string,
  schema: S,
  options?: { query?: Record<string, string>; signal?: AbortSignal | undefined },
) => Promise<v.InferOutput<S> | null>;

/**
 * Creates the GET helper every TMDB call goes through: a 404 resolves to `null`, any other non-2xx becomes
 * an error ({@link tmdbStatusError}) and a 2xx body is checked against the schema.
 */
export function createTmdbGet(http: HttpClient): TmdbGet {
  return async (path, schema, options = {}) => {
    const response = await http.request(path, {
      ...(options.query ? { query: options.query } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (response.status === 404) return null;
    if (response.status < 200 || response.status >= 300)
      throw tmdbStatusError(response.status, response.data, path);
    return validateBody(schema, response.data, { service: 'tmdb', path, status: response.status });
  };
}
