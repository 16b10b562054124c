import { ConnectionError } from '@complexionist/core';
import { createHttpClient } from '@complexionist/http';
import { networkReason } from './plex-errors.js';
import { mediaContainer } from './plex-transport.js';
import type { PlexConnection, PlexServerResource } from './servers.js';

/** The connection chosen for a server. */
export interface PickedConnection {
  uri: string;
  local: boolean;
  relay: boolean;
}

/** Options of `pickConnection`. */
export interface PickConnectionOptions {
  /** How long each connection may take to answer `/identity`. @default 4000 */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Local first, then remote, then relay; https before http within each group (python-plexapi's order). */
export function rankConnections(connections: readonly PlexConnection[]): PlexConnection[] {
  const group = (c: PlexConnection) => (c.relay ? 2 : c.local ? 0 : 1);
  const https = (c: PlexConnection) => (c.uri.toLowerCase().startsWith('https:') ? 0 : 1);
  return [...connections].sort((a, b) => group(a) - group(b) || https(a) - https(b));
}

/** Why a probe failed; `undefined` when the connection answered as the expected server. */
async function probe(
  connection: PlexConnection,
  server: PlexServerResource,
  init: { headers: Record<string, string>; timeoutMs: number; signal: AbortSignal; fetch?: typeof fetch },
): Promise<string | undefined> {
  const http = createHttpClient({
    service: 'plex',
    baseURL: connection.uri,
    headers: init.headers,
    timeoutMs: init.timeoutMs,
    retries: 0,
    ...(init.fetch === undefined ? {} : { fetch: init.fetch }),
  });
  try {
    const { status, data } = await http.request<unknown>('/identity', {
      signal: init.signal,
      responseType: 'text',
    });
    if (status !== 200) return `HTTP ${status}`;
    const id = (mediaContainer(data) as { machineIdentifier?: unknown } | undefined)?.machineIdentifier;
    if (typeof id !== 'string') return 'not a Plex Media Server';
    // A local address can belong to another Plex server on whatever network this machine is on now.
    if (server.clientIdentifier && id !== server.clientIdentifier) return 'a different Plex server answered';
    return undefined;
  } catch (error) {
    return networkReason(error);
  }
}

/**
 * Tries every connection of a server at once and resolves with the most preferred one that answers
 * `/identity` as that server (see {@link rankConnections}); a less preferred answer waits for the better
 * candidates to fail. Rejects with a {@link ConnectionError} listing each connection tried and why it failed.
 */
export async function pickConnection(
  server: PlexServerResource,
  options: PickConnectionOptions & { headers: Record<string, string>; fetch?: typeof fetch | undefined },
): Promise<PickedConnection> {
  const ranked = rankConnections(server.connections);
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const init = {
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? 4000,
    signal,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  };
  const probes = ranked.map((connection) => probe(connection, server, init));
  const failures: string[] = [];
  try {
    for (const [i, connection] of ranked.entries()) {
      const failure = await probes[i];
      options.signal?.throwIfAborted();
      if (failure === undefined)
        return { uri: connection.uri, local: connection.local, relay: connection.relay };
      failures.push(`${connection.uri} (${failure})`);
    }
  } finally {
    controller.abort();
  }
  const tried =
    failures.length > 0 ? `Tried: ${failures.join('; ')}.` : 'plex.tv lists no connections for it.';
  const hint = 'Check that the server is running and reachable from this machine, or set plex.url by hand.';
  throw new ConnectionError(`Could not reach the Plex server "${server.name}". ${tried} ${hint}`, {
    service: 'plex',
    hint,
  });
}
