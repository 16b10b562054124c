import type { CacheHandle } from '@complexionist/cache';
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
  type MediaLibrary,
  type MovieMetadataSource,
  scanEpisodes,
  scanMovies,
  scanWatchlist,
  type WatchlistSource,
  withOverrides,
} from '@complexionist/core';
import type { TmdbClient } from '@complexionist/tmdb';
import { liveClients } from './live-clients.js';
import type { Scanner, ScanRun } from './scanner.js';

/** Options of {@link liveScanner}. */
export interface LiveScannerOptions {
  /** The clock, read once per scan. @default () => new Date() */
  now?: () => Date;
  /** `X-Plex-Client-Identifier` of this installation. @default the plex package's default */
  clientIdentifier?: string;
  /** `X-Plex-Version`: the version of the face that scans. @default the plex package's default */
  version?: string;
}

/**
 * Scans the configured Plex server with TMDB and TVDB, through the shared cache. Clients are made on first use,
 * so the server starts (and shows the page) even before Plex or the API keys are configured; a scan then fails
 * with a ConfigError naming the missing setting. Per-request options override the configured ones.
 */
export function liveScanner(config: Config, cache?: CacheHandle, options: LiveScannerOptions = {}): Scanner {
  const clock = options.now ?? (() => new Date());
  const clients = liveClients(config, {
    ...(options.version && { version: options.version }),
    ...(cache && { cache }),
    ...(options.clientIdentifier && { clientIdentifier: options.clientIdentifier }),
  });

  function library(hooks?: Pick<ScanRun, 'servers'>): MediaLibrary {
    const plex = clients.plex(hooks?.servers);
    if (plex) return plex;
    throw new ConfigError(
      `${config.plex.url ? 'plex.token' : 'plex.url'} is not set, so there is no Plex server to scan.`,
      {
        service: 'plex',
        hint: 'Open Setup on the page and sign in with plex.tv (or run `complexionist auth plex --login`).',
      },
    );
  }
  function watchlist(): WatchlistSource {
    const source = clients.watchlist();
    if (source) return source;
    throw new ConfigError('The watchlist needs a plex.tv account token, and none is set.', {
      service: 'plex.tv',
      hint: 'Sign in with plex.tv on the page (Setup), or set PLEX_ACCOUNT_TOKEN (`complexionist auth plex --login` saves it).',
    });
  }
  const tmdbClient = (): TmdbClient | undefined => clients.tmdb();
  const tvdbClient = () => clients.tvdb();
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
      hint: 'Open Setup on the page and enter the TMDB key (or run `complexionist auth tmdb --key KEY`).',
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
        { library: library(hooks), metadata, ...(cache && { cache: cache.store }) },
        { ...withOverrides(toMovieScanOptions(config), scanOptions), ...run(hooks) },
      );
    },
    // Through the movie scan's cache entries: films it looked up cost nothing, the rest are cached for next time.
    async scanWatchlist(scanOptions, hooks) {
      const [tmdb, tvdb] = [tmdbClient(), tvdbClient()];
      return scanWatchlist(
        {
          library: library(hooks),
          watchlist: watchlist(),
          ...(tmdb && { metadata: tmdb, tmdb }),
          ...(tvdb && { tvdb }),
          ...(cache && { cache: cache.store }),
        },
        { ...withOverrides(toEpisodeScanOptions(config), scanOptions), ...run(hooks) },
      );
    },
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
          library: library(hooks),
          ...(sources.tvdb && { tvdb: sources.tvdb }),
          ...(sources.tmdb && { tmdb: sources.tmdb }),
          ...(cache && { cache: cache.store }),
        },
        { ...withOverrides(toEpisodeScanOptions(config), scanOptions), ...run(hooks) },
      );
    },
  };
}
