import { type CacheHandle, cachedTokenStore, tokenKey } from '@complexionist/cache';
import {
  type Config,
  toCacheTtls,
  toEpisodeScanOptions,
  toFreshness,
  toMovieScanOptions,
} from '@complexionist/config';
import {
  ConfigError,
  findImdbIds,
  type MovieMetadataSource,
  scanEpisodes,
  scanMovies,
} from '@complexionist/core';
import { requestFetch } from '@complexionist/http';
import { createPlexClient, type PlexClient } from '@complexionist/plex';
import { createTmdbClient, type TmdbClient } from '@complexionist/tmdb';
import { createTvdbClient, type TvdbClient } from '@complexionist/tvdb';
import type { Scanner, ScanRun } from '../types.js';
import { VERSION } from '../version.js';

/** Options of {@link liveScanner}. */
export interface LiveScannerOptions {
  /** The clock, read once per scan. @default () => new Date() */
  now?: () => Date;
  /** `X-Plex-Client-Identifier` of this installation. @default the plex package's default */
  clientIdentifier?: string;
}

/**
 * Scans the configured Plex server with TMDB and TVDB, through the shared cache. Clients are made on first use,
 * so the server starts (and shows the page) even before Plex or the API keys are configured; a scan then fails
 * with a ConfigError naming the missing setting. Per-request options override the configured ones.
 */
export function liveScanner(config: Config, cache?: CacheHandle, options: LiveScannerOptions = {}): Scanner {
  const clock = options.now ?? (() => new Date());
  let plex: PlexClient | undefined;
  let tmdb: TmdbClient | undefined;
  let tvdb: TvdbClient | undefined;

  function library(): PlexClient {
    const { url, token } = config.plex;
    if (!url || !token) {
      throw new ConfigError(
        `${url ? 'plex.token' : 'plex.url'} is not set, so there is no Plex server to scan.`,
        {
          service: 'plex',
          hint: 'Run `complexionist auth plex --login`, then restart the server.',
        },
      );
    }
    // Every client reads through undici's `request`: half the CPU of `fetch` per response, and far less
    // short-lived garbage while thousands of paced TMDB requests wait their turn (see requestFetch).
    plex ??= createPlexClient({
      url,
      token,
      insecureTls: config.plex.insecureTls,
      version: VERSION,
      fetch: requestFetch,
      ...(options.clientIdentifier && { clientIdentifier: options.clientIdentifier }),
    });
    return plex;
  }
  function tmdbClient(): TmdbClient | undefined {
    const apiKey = config.tmdb.apiKey;
    if (apiKey)
      tmdb ??= createTmdbClient({
        apiKey,
        baseURL: config.tmdb.url,
        language: config.options.language,
        fetch: requestFetch,
      });
    return tmdb;
  }
  function tvdbClient(): TvdbClient | undefined {
    const { apiKey, pin, url } = config.tvdb;
    if (!apiKey) return undefined;
    const tokenStore = cache && cachedTokenStore(cache.store, tokenKey(url, apiKey, pin ?? ''));
    tvdb ??= createTvdbClient({
      apiKey,
      baseURL: url,
      language: config.options.language,
      fetch: requestFetch,
      ...(pin && { pin }),
      ...(tokenStore && { tokenStore }),
    });
    return tvdb;
  }
  const run = (hooks: ScanRun) => ({
    now: clock(),
    cacheTtls: toCacheTtls(config),
    freshness: toFreshness(config),
    signal: hooks.signal,
    onProgress: hooks.onProgress,
    ...(hooks.whenNoLibraryOfType && { whenNoLibraryOfType: hooks.whenNoLibraryOfType }),
  });

  const noTmdbKey = () =>
    new ConfigError('tmdb.api_key is not set: finding collection gaps needs TMDB.', {
      service: 'tmdb',
      hint: 'Run `complexionist auth tmdb --key KEY`, then restart the server.',
    });
  function movieMetadata(): TmdbClient {
    const metadata = tmdbClient();
    if (metadata) return metadata;
    throw noTmdbKey();
  }
  /**
   * The movie half of a `scan` may find no movie library among the names (a TVDB-only setup scanning its
   * shows): it then never asks TMDB, so a missing key fails only when a lookup is really needed.
   */
  function lazyMovieMetadata(): MovieMetadataSource {
    const missing = () => Promise.reject(noTmdbKey());
    return (
      tmdbClient() ?? {
        cacheScope: 'tmdb:unset',
        getMovie: missing,
        getCollection: missing,
        findMovieByImdb: missing,
      }
    );
  }

  return {
    listLibraries: async (signal) => library().listSections({ signal }),
    defaults: () => ({
      includeFuture: toMovieScanOptions(config).includeFuture ?? false,
      includeSpecials: toEpisodeScanOptions(config).includeSpecials ?? false,
    }),
    async scanMovies(scanOptions, hooks) {
      const metadata = hooks.whenNoLibraryOfType === 'empty' ? lazyMovieMetadata() : movieMetadata();
      return scanMovies(
        { library: library(), metadata, ...(cache && { cache: cache.store }) },
        { ...toMovieScanOptions(config), ...scanOptions, ...run(hooks) },
      );
    },
    // Through the movie scan's cache entries: films it looked up cost nothing, the rest are cached for next time.
    async findImdbIds(tmdbIds, signal) {
      const deps = { metadata: movieMetadata(), ...(cache && { cache: cache.store }) };
      return findImdbIds(deps, tmdbIds, { cacheTtls: toCacheTtls(config), ...(signal && { signal }) });
    },
    async scanEpisodes(scanOptions, hooks) {
      const sources = { tvdb: tvdbClient(), tmdb: tmdbClient() };
      if (!sources.tvdb && !sources.tmdb) {
        throw new ConfigError(
          'Neither tvdb.api_key nor tmdb.api_key is set: finding missing episodes needs one.',
          {
            hint: 'Run `complexionist auth tvdb --key KEY` or `complexionist auth tmdb --key KEY`, then restart.',
          },
        );
      }
      return scanEpisodes(
        {
          library: library(),
          ...(sources.tvdb && { tvdb: sources.tvdb }),
          ...(sources.tmdb && { tmdb: sources.tmdb }),
          ...(cache && { cache: cache.store }),
        },
        {
          ...toEpisodeScanOptions(config),
          ...scanOptions,
          ...run(hooks),
        },
      );
    },
  };
}
