import { type Config, type PlexServerConfig, plexServerSetting, plexServersOf } from '@complexionist/config';
import type { MediaLibrary, WatchlistSource } from '@complexionist/core';
import { type HttpStats, requestFetch } from '@complexionist/http';
import { createPlexServers, createPlexWatchlistClient } from '@complexionist/plex';

/** How ComPlexionist introduces itself to each server. */
export interface PlexIdentity {
  clientIdentifier: string;
  version: string;
}

/** The scanned Plex servers as one library, with their request statistics. */
export interface LivePlex {
  library: MediaLibrary;
  stats: Array<() => HttpStats>;
  /** Every configured server (picked or not): the first one's token is the watchlist's fallback. */
  configured: PlexServerConfig[];
}

/**
 * The Plex side of a live session (docs/spec.md §5 "Several servers"): the picked servers read as one
 * library. A lone server configured the single way (`plex.url`) is read as before (no server names in the
 * report); with `plex.servers` in use, sections name their server and ownership is the union.
 */
export function livePlex(config: Config, serverNames: readonly string[], identity: PlexIdentity): LivePlex {
  const configured = plexServersOf(config.plex);
  const { library, clients } = createPlexServers(configured, {
    only: serverNames,
    named: config.plex.servers.length > 0,
    settingOf: plexServerSetting,
    ...identity,
    insecureTls: config.plex.insecureTls,
    fetch: requestFetch,
  });
  const stats = clients.map(
    ({ client }) =>
      () =>
        client.stats(),
  );
  return { library, stats, configured };
}

/**
 * The account's watchlist (plex.tv Discover at `plex.discover_url`), read with `plex.account_token`, else
 * the first configured server's token (often the account's own on a server one owns).
 */
export function liveWatchlist(
  config: Config,
  configured: readonly PlexServerConfig[],
  identity: PlexIdentity,
): (WatchlistSource & { stats(): HttpStats }) | undefined {
  const accountToken = config.plex.accountToken ?? configured[0]?.token;
  if (!accountToken) return undefined;
  return createPlexWatchlistClient({
    accountToken,
    baseURL: config.plex.discoverUrl,
    ...identity,
    fetch: requestFetch,
  });
}
