import { combineLibraries, type MediaLibrary, UsageError } from '@complexionist/core';
import { createPlexClient, type PlexClient, type PlexClientOptions } from './plex-client.js';

/** One configured server (`plex.servers[]`, or `plex.url`/`plex.token` as `plex`). */
export interface PlexServerEntry {
  name: string;
  url: string;
  token: string;
}

/** Options of {@link createPlexServers}: what every client shares, and which servers to read. */
export type PlexServersOptions = Omit<PlexClientOptions, 'url' | 'token'> & {
  /** `--server` names (case-insensitive); every server when empty or absent. */
  only?: readonly string[];
  /**
   * Name each section's server even when one server is read (`plex.servers` is in use). When false, a lone
   * server is read as a plain client, as before several servers existed. @default true
   */
  named?: boolean;
  /** The setting holding a server's address, for error hints. @default `plex.servers (NAME)` */
  settingOf?: (server: PlexServerEntry) => string;
};

/**
 * The entries `names` picks (case-insensitive), in their order; every entry without names. An unknown name is
 * a {@link UsageError} listing the configured names.
 */
export function pickServers<T extends { name: string }>(
  servers: readonly T[],
  names: readonly string[] = [],
): T[] {
  if (names.length === 0) return [...servers];
  const wanted = names.map((n) => n.trim().toLowerCase());
  const unknown = names.filter((_, i) => !servers.some((s) => s.name.toLowerCase() === wanted[i]));
  if (unknown.length > 0) {
    const known = servers.map((s) => `"${s.name}"`).join(', ') || 'none';
    throw new UsageError(
      `Unknown Plex server ${unknown.map((n) => `"${n}"`).join(', ')}. Servers configured: ${known}.`,
      {
        hint: 'Name one of the servers above (plex.servers[].name; plex.url is "plex"), or none to scan every server.',
      },
    );
  }
  return servers.filter((s) => wanted.includes(s.name.toLowerCase()));
}

/**
 * Several Plex Media Servers as one `MediaLibrary` (docs/spec.md §5 "Several servers"): one client per
 * picked server, combined by core's `combineLibraries` (sections name their server, ownership is the union,
 * an unreachable server is a warning while another answers). The clients are returned too, for request
 * statistics.
 */
export function createPlexServers(
  servers: readonly PlexServerEntry[],
  options: PlexServersOptions = {},
): { library: MediaLibrary; clients: Array<{ name: string; client: PlexClient }> } {
  const { only, named = true, settingOf = (s) => `plex.servers (${s.name})`, ...shared } = options;
  const clients = pickServers(servers, only).map((server) => ({
    name: server.name,
    client: createPlexClient({ ...shared, url: server.url, token: server.token, setting: settingOf(server) }),
  }));
  const first = clients[0];
  if (first === undefined) throw new UsageError('No Plex server to read.');
  const library =
    clients.length === 1 && !named
      ? first.client
      : combineLibraries(clients.map(({ name, client }) => ({ name, library: client })));
  return { library, clients };
}
