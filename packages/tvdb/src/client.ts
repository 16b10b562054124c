import type { CallOptions, EpisodeList, TvdbEpisodeSource, TvdbUpdateFeed } from '@complexionist/core';
import { createHttpClient, type HttpStats, type RateOptions, validateBody } from '@complexionist/http';
import type * as v from 'valibot';
import { readAllPages } from './episodes.js';
import { tvdbStatusError } from './errors.js';
import { tvdbLanguage } from './language.js';
import { episodesPageSchema, remoteIdSchema, translatedPageSchema } from './schemas.js';
import { createTokenManager, type TokenStore } from './token.js';
import { readTranslatedNames, withTranslatedTitles } from './translations.js';
import { readSeriesUpdates, TVDB_UPDATES_WINDOW_DAYS, updatesPageSchema } from './updates.js';

/** Options of {@link createTvdbClient}. */
export interface TvdbClientOptions {
  /** A TheTVDB v4 API key. */
  apiKey: string;
  /** Subscriber PIN, only for user-subscription keys; left out of the login when absent. */
  pin?: string;
  /** @default 'https://api4.thetvdb.com/v4' */
  baseURL?: string;
  /** Keeps the bearer token between runs; the token is reused until it expires. */
  tokenStore?: TokenStore;
  /** Pacing. @default { perSecond: 0 (no per-second cap), maxInFlight: 8 } */
  rate?: RateOptions;
  /** The fetch implementation (tests). @default global fetch */
  fetch?: typeof fetch;
  /** Per-attempt timeout. @default 15000 */
  timeoutMs?: number;
  /** Retries of 5xx/resets/timeouts (429s get twice as many). @default 3 */
  retries?: number;
  /**
   * Language of episode names, as a BCP-47 tag (`en`, `pt-BR`) or TheTVDB's own code (`eng`). Episodes get
   * their name in it where TheTVDB has a translation, else their original-language name. Unset: original
   * names only.
   */
  language?: string;
}

/** The TheTVDB adapter: episode lists and IMDb lookups, plus key validation and counters. */
export type TvdbClient = TvdbEpisodeSource &
  TvdbUpdateFeed & {
    /** Logs in now; rejects with an `AuthError` naming `tvdb.api_key` or `tvdb.pin` when refused. */
    validateKey(options?: CallOptions): Promise<void>;
    stats(): HttpStats;
  };

/** Default TheTVDB v4 base URL. */
export const TVDB_BASE_URL = 'https://api4.thetvdb.com/v4';

/** Creates the TheTVDB v4 client (docs/spec.md §3). "Not found" resolves to `null`. */
export function createTvdbClient(options: TvdbClientOptions): TvdbClient {
  const apiKey = options.apiKey?.trim();
  if (!apiKey) throw new TypeError('createTvdbClient: apiKey is required (tvdb.api_key / TVDB_API_KEY)');
  const baseURL = (options.baseURL ?? TVDB_BASE_URL).replace(/\/+$/, '');
  const pin = options.pin?.trim() || undefined;
  const http = createHttpClient({
    service: 'tvdb',
    baseURL,
    headers: { Accept: 'application/json' },
    secrets: pin ? [apiKey, pin] : [apiKey],
    rate: options.rate,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
  });
  const tokens = createTokenManager({ http, apiKey, pin, store: options.tokenStore });
  const language = tvdbLanguage(options.language);

  /** GET with the bearer token; a 401 logs in again once and retries once. 404 → null. */
  async function get<S extends v.GenericSchema>(
    path: string,
    schema: S,
    query: Record<string, string | number> = {},
    signal?: AbortSignal,
  ): Promise<v.InferOutput<S> | null> {
    let response: Awaited<ReturnType<typeof http.request>> | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await tokens.get(signal);
      response = await http.request(path, {
        query,
        headers: { Authorization: `Bearer ${token}` },
        ...(signal ? { signal } : {}),
      });
      if (response.status !== 401) break;
      tokens.reject(token);
    }
    const { status, data } = response!;
    if (status === 404) return null;
    if (status < 200 || status >= 300) throw tvdbStatusError(status, data, path);
    return validateBody(schema, data, { service: 'tvdb', path, status });
  }

  return {
    // The language is part of the scope: cached names in one language are never served for another.
    cacheScope: `tvdb:${baseURL}${language ? `:${language}` : ''}`,

    async getSeriesEpisodes(tvdbId, seasonType, call = {}) {
      const path = `/series/${tvdbId}/episodes/${seasonType}`;
      const read = await readAllPages((page) => get(path, episodesPageSchema, { page }, call.signal));
      if (read === null) return null;
      const list: EpisodeList = { episodes: read.episodes, ended: read.ended };
      // Names are already in the language when it is the series' own: no second listing.
      if (!language || read.originalLanguage === language || list.episodes.length === 0) return list;
      const translated = `${path}/${language}`;
      const names = await readTranslatedNames((page) =>
        get(translated, translatedPageSchema, { page }, call.signal),
      );
      return names === null ? list : withTranslatedTitles(list, names);
    },

    windowDays: TVDB_UPDATES_WINDOW_DAYS,

    async seriesChangedSince(since, call = {}) {
      const seconds = Math.floor(since.getTime() / 1000);
      return readSeriesUpdates((page) =>
        get('/updates', updatesPageSchema, { since: seconds, type: 'series', page }, call.signal),
      );
    },

    async findSeriesByImdb(imdbId, call = {}) {
      const body = await get(
        `/search/remoteid/${encodeURIComponent(imdbId)}`,
        remoteIdSchema,
        {},
        call.signal,
      );
      return body?.data?.find((hit) => hit.series)?.series?.id ?? null;
    },

    async validateKey(call = {}) {
      await tokens.login(call.signal);
    },

    stats: () => http.stats(),
  };
}
