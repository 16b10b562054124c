import { type CacheHandle, cachedTokenStore, tokenKey } from '@complexionist/cache';
import type { Config } from '@complexionist/config';
import { type HttpStats, requestFetch } from '@complexionist/http';
import { createTmdbClient, type TmdbClient } from '@complexionist/tmdb';
import { createTvdbClient, type TvdbClient } from '@complexionist/tvdb';
import { type LivePlex, livePlex } from './live-plex.js';

/** Options of {@link liveClients}. */
export interface LiveClientsOptions {
  /** The opened cache: TheTVDB's login token is kept in it, so a restart does not log in again. */
  cache?: CacheHandle;
  /** `X-Plex-Client-Identifier` of this installation. @default the plex package's default */
  clientIdentifier?: string;
  /** `X-Plex-Version`: the version of the face that talks to Plex. @default the plex package's default */
  version?: string;
}

/**
 * The Plex, TMDB and TVDB clients of a configuration, each made on first use and then kept (one client per
 * service, so one pacer keeps concurrent scans under each service's limit). A service whose settings are
 * missing answers `undefined`; the caller says which setting to fix, in its own words.
 */
export interface LiveClients {
  /** The picked Plex servers as one library (see {@link LivePlex}); undefined when no server is configured. */
  plex: LivePlex['library'];
  /** The account's Plex watchlist; undefined without `plex.account_token` or a server token. */
  watchlist: LivePlex['watchlist'];
  /** Undefined without `tmdb.api_key`. */
  tmdb(): TmdbClient | undefined;
  /** Undefined without `tvdb.api_key`. */
  tvdb(): TvdbClient | undefined;
  /** Request counts of the clients made so far: Plex (servers, watchlist), TMDB, TVDB in that order. */
  stats(): HttpStats[];
}

/** Builds the {@link LiveClients} of a loaded configuration (the only place either face makes them). */
export function liveClients(config: Config, options: LiveClientsOptions = {}): LiveClients {
  const plex = livePlex(config, options);
  let tmdb: TmdbClient | undefined;
  let tvdb: TvdbClient | undefined;
  // Every client reads through undici's `request`: half the CPU of `fetch` per response, and far less
  // short-lived garbage while thousands of paced TMDB requests wait their turn (see requestFetch).
  const fetch = requestFetch;
  const { language } = config.options;
  return {
    plex: plex.library,
    watchlist: plex.watchlist,
    tmdb() {
      const { apiKey, url } = config.tmdb;
      if (!apiKey) return undefined;
      tmdb ??= createTmdbClient({ apiKey, baseURL: url, language, fetch });
      return tmdb;
    },
    tvdb() {
      const { apiKey, pin, url } = config.tvdb;
      if (!apiKey) return undefined;
      const store = options.cache?.store;
      tvdb ??= createTvdbClient({
        apiKey,
        baseURL: url,
        language,
        fetch,
        ...(pin && { pin }),
        ...(store && { tokenStore: cachedTokenStore(store, tokenKey(url, apiKey, pin ?? '')) }),
      });
      return tvdb;
    },
    stats: () => [...plex.stats(), ...[tmdb, tvdb].flatMap((client) => (client ? [client.stats()] : []))],
  };
}
