import { validateBody } from '@complexionist/http';
import * as v from 'valibot';
import { resourceSchema } from './plex-tv-schemas.js';
import { type PlexTvTransport, unexpectedStatus } from './plex-tv-transport.js';

/** One way to reach a server, as plex.tv lists it. */
export interface PlexConnection {
  /** Full base URL, e.g. `https://192-168-1-10.<hash>.plex.direct:32400`. */
  uri: string;
  protocol?: string;
  address?: string;
  port?: number;
  /** On the same network as the server (as plex.tv saw it). */
  local: boolean;
  /** Through Plex's relay (slow, bandwidth-capped). */
  relay: boolean;
}

/** A Plex Media Server the account can use (`/api/v2/resources`, servers only). */
export interface PlexServerResource {
  name: string;
  /** The server's machineIdentifier. */
  clientIdentifier: string;
  /** The account owns the server (false for servers shared with it). */
  owned: boolean;
  /** The token to use *for this server*; differs from the account token on shared servers. */
  accessToken?: string;
  connections: PlexConnection[];
}

/** Lists the account's servers: devices whose `provides` includes `server`, in plex.tv's order. */
export async function listServers(transport: PlexTvTransport, token: string): Promise<PlexServerResource[]> {
  const path = '/api/v2/resources';
  const { status, body } = await transport.request(path, {
    query: { includeHttps: 1, includeRelay: 1 },
    token,
  });
  if (status !== 200) throw unexpectedStatus(path, status);
  const devices = validateBody(v.array(resourceSchema), body, { service: 'plex.tv', path, status });
  return devices
    .filter((device) => device.provides.split(',').some((role) => role.trim() === 'server'))
    .map((device) => {
      const server: PlexServerResource = {
        name: device.name,
        clientIdentifier: device.clientIdentifier,
        owned: device.owned,
        connections: device.connections
          .filter((c) => c.uri !== '')
          .map((c) => {
            const connection: PlexConnection = { uri: c.uri, local: c.local, relay: c.relay };
            if (c.protocol) connection.protocol = c.protocol;
            if (c.address) connection.address = c.address;
            if (c.port !== undefined) connection.port = c.port;
            return connection;
          }),
      };
      if (device.accessToken) server.accessToken = device.accessToken;
      return server;
    });
}
