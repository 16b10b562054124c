import { createHttpClient, type HttpStats, validateBody } from '@complexionist/http';
import type * as v from 'valibot';
import { type ArrService, arrStatusError } from './errors.js';

/** Options shared by {@link createRadarrClient} and {@link createSonarrClient}. */
export interface ArrClientOptions {
  /** Base URL of the service, e.g. `http://localhost:7878` (a URL base such as `/radarr` is kept). */
  url: string;
  /** The API key (Settings → General), sent as `X-Api-Key`. */
  apiKey: string;
  /** The fetch implementation (tests, proxies). @default global fetch */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms. @default 15000 */
  timeoutMs?: number;
  /**
   * Retries of 5xx, resets and timeouts. Writes are retried too: a repeated add is refused as "already
   * added" and a repeated monitor or search changes nothing, so a retry is safe.
   * @default 2
   */
  retries?: number;
}

/** A write answered with a status the caller interprets (e.g. 400 "already added"). */
export interface ArrWriteAnswer {
  status: number;
  data: unknown;
}

/** The validated requests every call goes through. */
export interface ArrHttp {
  get<S extends v.GenericSchema>(
    path: string,
    schema: S,
    query?: Record<string, string | number>,
  ): Promise<v.InferOutput<S>>;
  /** Sends a write; 2xx answers are checked against `schema`, 401/403 throw, other statuses are returned. */
  write<S extends v.GenericSchema>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<{ ok: true; data: v.InferOutput<S> } | ({ ok: false } & ArrWriteAnswer)>;
  stats(): HttpStats;
}

/** Builds the `/api/v3` client of one service on the shared HTTP policy. */
export function createArrHttp(service: ArrService, options: ArrClientOptions): ArrHttp {
  const apiKey = options.apiKey?.trim();
  if (!apiKey) throw new TypeError(`${service}: apiKey is required (${service}.api_key)`);
  if (!options.url) throw new TypeError(`${service}: url is required (${service}.url)`);
  const http = createHttpClient({
    service,
    baseURL: `${options.url.replace(/\/+$/, '')}/api/v3`,
    headers: { Accept: 'application/json', 'X-Api-Key': apiKey },
    secrets: [apiKey],
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: options.retries ?? 2,
  });
  return {
    async get(path, schema, query) {
      const response = await http.request(path, query ? { query } : {});
      if (response.status < 200 || response.status >= 300)
        throw arrStatusError(service, response.status, response.data, path);
      return validateBody(schema, response.data, { service, path, status: response.status });
    },
    async write(method, path, body, schema) {
      const response = await http.request(path, { method, body });
      if (response.status === 401 || response.status === 403)
        throw arrStatusError(service, response.status, response.data, path);
      if (response.status < 200 || response.status >= 300)
        return { ok: false, status: response.status, data: response.data };
      return {
        ok: true,
        data: validateBody(schema, response.data, { service, path, status: response.status }),
      };
    },
    stats: () => http.stats(),
  };
}
