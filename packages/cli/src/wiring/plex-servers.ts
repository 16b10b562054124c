import { type Config, type PlexServerConfig, plexServersOf } from '@complexionist/config';
import { combineLibraries, type MediaLibrary, UsageError, type WatchlistSource } from '@complexionist/core';
import { type HttpStats, requestFetch } from '@complexionist/http';
import { createPlexClient, createPlexWatchlistClient } from '@complexionist/plex';

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
 * The servers `--server` names (case-insensitive), in configuration order; every server without names. An
 * unknown name is a usage error listing the configured ones.
 */
export function pickServers(
  servers: readonly PlexServerConfig[],
  names: readonly string[],
): PlexServerConfig[] {
  if (names.length === 0) return [...servers];
  const wanted = names.map((n) => n.trim().toLowerCase());
  const unknown = names.filter((_, i) => !servers.some((s) => s.name.toLowerCase() === wanted[i]));
  if (unknown.length > 0) {
    const known = servers.map((s) => `"${s.name}"`).join(', ') || 'none';
    throw new UsageError(
      `Unknown Plex server ${unknown.map((n) => `"${n}"`).join(', ')}. Servers configured: ${known}.`,
      {
        hint: 'Pass --server with one of the names above (plex.servers[].name; plex.url is "plex"), or leave it out to scan every server.',
      },
    );
  }
  return servers.filter((s) => wanted.includes(s.name.toLowerCase()));
}

/**
 * The Plex side of a live session (docs/spec.md §5 "Several servers"): one client per picked server, read as
 * one library. A lone server configured the single way (`plex.url`) is read as before (no server names in
 * the report); any other choice goes through core's `combineLibraries`, so ownership is the union.
 */
export function livePlex(config: Config, serverNames: readonly string[], identity: PlexIdentity): LivePlex {
  const configured = plexServersOf(config.plex);
  const picked = pickServers(configured, serverNames);
  const clients = picked.map((server) => ({
    name: server.name,
    client: createPlexClient({
      url: server.url,
      token: server.token,
      ...identity,
      insecureTls: config.plex.insecureTls,
      fetch: requestFetch,
    }),
  }));
  const stats = clients.map(
    ({ client }) =>
      () =>
        client.stats(),
  );
  const only = clients[0];
  const single = clients.length === 1 && only !== undefined && config.plex.servers.length === 0;
  const library = single
    ? only.client
    : combineLibraries(clients.map((c) => ({ name: c.name, library: c.client })));
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
