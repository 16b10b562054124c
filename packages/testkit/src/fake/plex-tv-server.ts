import type { World } from '../world/types.js';
import { type FakeHandler, type FakeReply, header, json, segments } from './http.js';

/** Settings of the fake plex.tv. */
export interface PlexTvSettings {
  /** The account token a PIN yields and `/user` and `/resources` accept. */
  accountToken: string;
  /** The access token each listed server carries (what the fake Plex accepts). */
  serverToken: string;
  plexUrl: string;
  /** Each listed server's own fake Plex (server n beyond the list points at `plexUrl`). */
  plexUrls?: string[];
  /** The poll that returns `authToken` (1 = the first poll); null = never approved. */
  approveAfterPolls: number | null;
  expiresInSeconds: number;
  servers: number;
}

interface Pin {
  id: number;
  code: string;
  clientIdentifier: string;
  product: string;
  createdAt: number;
  polls: number;
}

/** A port nothing listens on, so the first connection of each server fails fast (fallback test). */
export const DEAD_PORT = 1;

function errors(status: number, code: number, message: string, route: string): FakeReply {
  return json(status, route, { errors: [{ code, message, status }] });
}

const iso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** The request handler of the fake plex.tv (`/api/v2/pins`, `/pins/{id}`, `/resources`, `/user`). */
export function plexTvHandler(world: World, settings: PlexTvSettings): FakeHandler {
  const pins = new Map<number, Pin>();
  let nextPin = 1_272_322_473;
  const portOf = (n: number): number => Number(new URL(settings.plexUrls?.[n] ?? settings.plexUrl).port);

  const pinBody = (pin: Pin): Record<string, unknown> => {
    const approved = settings.approveAfterPolls !== null && pin.polls >= settings.approveAfterPolls;
    return {
      id: pin.id,
      code: pin.code,
      product: pin.product,
      trusted: false,
      qr: `https://plex.tv/api/v2/pins/qr/${pin.code}`,
      clientIdentifier: pin.clientIdentifier,
      location: { code: 'US', european_union_member: false, continent_code: 'NA', country: 'United States' },
      expiresIn: settings.expiresInSeconds,
      createdAt: iso(pin.createdAt),
      expiresAt: iso(pin.createdAt + settings.expiresInSeconds * 1000),
      authToken: approved ? settings.accountToken : null,
      newRegistration: null,
    };
  };

  const server = (n: number): Record<string, unknown> => {
    const connection = (port: number, local: boolean, relay: boolean) => ({
      protocol: 'http',
      address: '127.0.0.1',
      port,
      uri: `http://127.0.0.1:${port}`,
      local,
      relay,
      IPv6: false,
    });
    return {
      name: n === 0 ? world.plex.friendlyName : `${world.plex.friendlyName} ${n + 1}`,
      product: 'Plex Media Server',
      productVersion: world.plex.version,
      platform: 'Linux',
      platformVersion: '6.1.0',
      device: 'PC',
      clientIdentifier: n === 0 ? world.plex.machineIdentifier : `${world.plex.machineIdentifier}-${n + 1}`,
      createdAt: '2023-01-01T00:00:00Z',
      lastSeenAt: '2024-07-16T17:00:00Z',
      provides: 'server',
      ownerId: null,
      sourceTitle: null,
      publicAddress: '203.0.113.7',
      accessToken: settings.serverToken,
      owned: true,
      home: false,
      synced: false,
      relay: true,
      presence: true,
      httpsRequired: false,
      publicAddressMatches: true,
      dnsRebindingProtection: false,
      natLoopbackSupported: true,
      connections: [
        connection(DEAD_PORT, true, false),
        connection(portOf(n), true, false),
        connection(DEAD_PORT, false, true),
      ],
    };
  };
  const player = {
    name: 'Living Room TV',
    product: 'Plex for Android (TV)',
    provides: 'client,player,pubsub-player',
    clientIdentifier: 'player-1',
    owned: true,
    presence: true,
    accessToken: null,
    connections: [],
  };

  return (req) => {
    const parts = segments(req.path, '/api/v2');
    if (!parts) return errors(404, 1002, 'Not found', 'other');
    const client =
      header(req.headers, 'x-plex-client-identifier') ?? req.query.get('X-Plex-Client-Identifier');
    if (!client) return errors(400, 1000, 'X-Plex-Client-Identifier is missing', 'missingClient');
    const [first, id] = parts;
    if (first === 'pins' && parts.length === 1 && req.method === 'POST') {
      const pinId = nextPin++;
      const code = (pinId * 7919).toString(36).padEnd(25, 'x').slice(0, 25);
      const product = header(req.headers, 'x-plex-product') ?? req.query.get('X-Plex-Product') ?? '';
      const pin: Pin = {
        id: pinId,
        code,
        clientIdentifier: client,
        product,
        createdAt: Date.now(),
        polls: 0,
      };
      pins.set(pinId, pin);
      return json(201, 'pinCreate', pinBody(pin));
    }
    if (first === 'pins' && parts.length === 2 && req.method === 'GET') {
      const pin = pins.get(Number(id));
      if (!pin || Date.now() >= pin.createdAt + settings.expiresInSeconds * 1000) {
        return errors(404, 1020, 'Code not found or expired', 'pinPoll');
      }
      pin.polls++;
      return json(200, 'pinPoll', pinBody(pin));
    }
    const token = header(req.headers, 'x-plex-token') ?? req.query.get('X-Plex-Token');
    const route = first === 'resources' || first === 'user' ? first : 'other';
    if (route === 'other') return errors(404, 1002, 'Not found', 'other');
    if (token !== settings.accountToken) return errors(401, 1001, 'User could not be authenticated', route);
    if (route === 'user') {
      return json(200, 'user', {
        id: 12345,
        uuid: '1234567890abcdef',
        username: world.plex.username,
        title: world.plex.username,
        email: `${world.plex.username}@example.com`,
        friendlyName: world.plex.username,
        authToken: settings.accountToken,
        subscription: { active: true, status: 'Active', plan: 'lifetime' },
      });
    }
    return json(200, 'resources', [...Array.from({ length: settings.servers }, (_, n) => server(n)), player]);
  };
}
