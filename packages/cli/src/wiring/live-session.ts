import { createReportHistory } from '@complexionist/cache';
import {
  plexServersOf,
  toCacheTtls,
  toEpisodeScanOptions,
  toFreshness,
  toMovieScanOptions,
} from '@complexionist/config';
import { clientIdentifier, liveClients, openHomeCache } from '@complexionist/runtime';
import type { CommandIo } from '../shared/context.js';
import type { ScanCommandOptions } from '../shared/scan-command-options.js';
import { NOW_VARIABLE, scanNow } from '../shared/scan-now.js';
import { cliVersion } from '../version.js';
import { checkCredentials } from './credentials.js';
import { type CliConfig, loadCliConfig } from './load.js';
import type { ConfiguredSettings, ScanSession } from './session.js';

/** Whether a scan of `kind` reads setting `key` (the server's settings never; TVDB's not for movies). */
export function scanNeeds(kind: ScanCommandOptions['kind'], key: string): boolean {
  if (key.startsWith('server.')) return false;
  return kind !== 'movies' || !key.startsWith('tvdb.');
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
 * Loads the configuration, checks the credentials the scan needs, then takes the cache and the Plex, TMDB and
 * TVDB clients from the composition root (`@complexionist/runtime`). Only the sources the scan uses are made.
 */
export async function liveSession(options: ScanCommandOptions, io: CommandIo): Promise<ScanSession> {
  // A `${VAR}` left unset stops the scan only when the scan reads that setting: `movies` never reads tvdb.*.
  const loaded = await loadCliConfig(options, io, (key) => scanNeeds(options.kind, key));
  const { config, home } = loaded;
  const firstServer = plexServersOf(config.plex)[0];
  checkCredentials(options.kind, {
    plexUrl: firstServer?.url,
    plexToken: firstServer?.token,
    tmdbKey: config.tmdb.apiKey,
    tvdbKey: config.tvdb.apiKey,
  });
  // The cache ages its entries by the scan's clock: COMPLEXIONIST_NOW moves both (`pnpm bench --days`).
  const fixed = io.env[NOW_VARIABLE] ? scanNow(io).getTime() : undefined;
  const cache = openHomeCache(home, { use: 'command', ...(fixed !== undefined && { now: () => fixed }) });
  const clients = liveClients(config, {
    cache,
    clientIdentifier: await clientIdentifier(home),
    version: cliVersion(),
  });
  const library = clients.plex(options.servers);
  if (library === undefined) throw new Error('no Plex server although its url and token were checked');
  const tmdb = clients.tmdb();
  const tvdb = options.kind === 'movies' ? undefined : clients.tvdb();
  return {
    // `scan` runs both scans at once and each lists the sections at its start: the HTTP client sends one
    // request for identical GETs in flight together, so one request serves both.
    library,
    // Made only when the `watchlist` command reads it, so no other command counts plex.tv requests.
    get watchlist() {
      return clients.watchlist();
    },
    ...(tmdb && { metadata: tmdb, tmdb }),
    ...(tvdb && { tvdb }),
    cache: cache.store,
    history: createReportHistory(cache.state, { size: config.server.historySize }),
    settings: settingsOf(config),
    requestStats: () => clients.stats(),
    cacheSummary: () => {
      const s = cache.stats();
      return `Cache: ${s.entries} entries in ${s.path ?? 'memory'}`;
    },
    notices: cache.warnings.map((w) => `warning: ${w}`),
    close: () => cache.close(),
  };
}
