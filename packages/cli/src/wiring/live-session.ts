import {
  type CacheHandle,
  cachedTokenStore,
  createReportHistory,
  openCache,
  tokenKey,
} from '@complexionist/cache';
import {
  homePaths,
  toCacheTtls,
  toEpisodeScanOptions,
  toFreshness,
  toMovieScanOptions,
} from '@complexionist/config';
import { type HttpStats, requestFetch } from '@complexionist/http';
import { createPlexClient } from '@complexionist/plex';
import { createTmdbClient } from '@complexionist/tmdb';
import { createTvdbClient } from '@complexionist/tvdb';
import type { CommandIo } from '../commands/context.js';
import { NOW_VARIABLE, scanNow } from '../commands/scan-now.js';
import type { ScanCommandOptions } from '../commands/scan-options.js';
import { cliVersion } from '../version.js';
import { clientIdentifier } from './client-id.js';
import { checkCredentials } from './credentials.js';
import { type CliConfig, loadCliConfig } from './load.js';
import type { ConfiguredSettings, ScanSession } from './session.js';

/** Whether a scan of `kind` reads setting `key` (the server's settings never; TVDB's not for movies). */
export function scanNeeds(kind: ScanCommandOptions['kind'], key: string): boolean {
  if (key.startsWith('server.')) return false;
  return kind !== 'movies' || !key.startsWith('tvdb.');
}

/** `<home>/cache/cache.db` (docs/spec.md §7). */
export function cachePath(home: string): string {
  return homePaths(home).cacheDb;
}

function settingsOf(config: CliConfig['config']): ConfiguredSettings {
  return {
    movies: toMovieScanOptions(config),
    episodes: toEpisodeScanOptions(config),
    cacheTtls: toCacheTtls(config),
    freshness: toFreshness(config),
  };
}

/**
 * Loads the configuration, checks the credentials the scan needs, opens the cache and builds the Plex,
 * TMDB and TVDB clients. Only the sources the scan uses are created.
 */
export async function liveSession(options: ScanCommandOptions, io: CommandIo): Promise<ScanSession> {
  // A `${VAR}` left unset stops the scan only when the scan reads that setting: `movies` never reads tvdb.*.
  const loaded = await loadCliConfig(options, io, (key) => scanNeeds(options.kind, key));
  const { config, home } = loaded;
  checkCredentials(options.kind, {
    plexUrl: config.plex.url,
    plexToken: config.plex.token,
    tmdbKey: config.tmdb.apiKey,
    tvdbKey: config.tvdb.apiKey,
  });
  // Every client reads through undici's `request`: half the CPU of `fetch` per response, and far less
  // short-lived garbage while thousands of paced TMDB requests wait their turn (see requestFetch).
  const plex = createPlexClient({
    url: config.plex.url ?? '',
    token: config.plex.token ?? '',
    clientIdentifier: await clientIdentifier(home),
    version: cliVersion(),
    insecureTls: config.plex.insecureTls,
    fetch: requestFetch,
  });
  // One command reads most of the cache once, then exits: read each namespace in one query, and keep no
  // LRU copy of what was read (core asks for each key once per scan).
  // The cache ages its entries by the scan's clock: COMPLEXIONIST_NOW moves both (`pnpm bench --days`).
  const fixed = io.env[NOW_VARIABLE] ? scanNow(io).getTime() : undefined;
  const cache: CacheHandle = openCache({
    path: cachePath(home),
    readAhead: true,
    memoryEntries: 0,
    ...(fixed !== undefined && { now: () => fixed }),
  });
  const stats: Array<() => HttpStats> = [() => plex.stats()];
  const session: ScanSession = {
    // `scan` runs both scans at once and each lists the sections at its start: the HTTP client sends one
    // request for identical GETs in flight together, so one request serves both.
    library: plex,
    cache: cache.store,
    history: createReportHistory(cache.state, { size: config.server.historySize }),
    settings: settingsOf(config),
    requestStats: () => stats.map((read) => read()),
    cacheSummary: () => {
      const s = cache.stats();
      return `Cache: ${s.entries} entries in ${s.path ?? 'memory'}`;
    },
    notices: cache.warnings.map((w) => `warning: ${w}`),
    close: () => cache.close(),
  };
  if (config.tmdb.apiKey) {
    const tmdb = createTmdbClient({
      apiKey: config.tmdb.apiKey,
      baseURL: config.tmdb.url,
      language: config.options.language,
      fetch: requestFetch,
    });
    session.metadata = tmdb;
    session.tmdb = tmdb;
    stats.push(() => tmdb.stats());
  }
  if (config.tvdb.apiKey && options.kind !== 'movies') {
    const { apiKey, pin, url } = config.tvdb;
    const tvdb = createTvdbClient({
      apiKey,
      ...(pin ? { pin } : {}),
      baseURL: url,
      language: config.options.language,
      fetch: requestFetch,
      tokenStore: cachedTokenStore(cache.store, tokenKey(url, apiKey, pin ?? '')),
    });
    session.tvdb = tvdb;
    stats.push(() => tvdb.stats());
  }
  return session;
}
