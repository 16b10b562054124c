import type { PlexPin, PlexServerResource } from '@complexionist/plex';
import { Hono } from 'hono';
import * as v from 'valibot';
import { errorJson } from '../http-errors.js';
import type { RouteContext } from '../routes/context.js';
import { validate } from '../validation.js';
import type { KeyService, SetupPlexTv } from './setup-types.js';

/** One plex.tv sign-in in progress: its PIN, the background poll and, once approved, the servers. */
interface SignIn {
  pin: PlexPin;
  plexTv: SetupPlexTv;
  abort: AbortController;
  state: 'waiting' | 'approved' | 'failed';
  message?: string;
  token?: string;
  servers?: PlexServerResource[];
}

const KeyBody = v.strictObject({
  key: v.pipe(v.string(), v.trim(), v.nonEmpty('Enter the key.'), v.maxLength(512)),
  pin: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(512))),
  url: v.optional(v.pipe(v.string(), v.trim(), v.url('Expected an address such as http://localhost:7878'))),
});
const ServerBody = v.strictObject({
  signIn: v.number(),
  server: v.pipe(v.string(), v.nonEmpty()),
  uri: v.optional(v.pipe(v.string(), v.url())),
});
const SERVICES = ['tmdb', 'tvdb', 'radarr', 'sonarr'] as const;

/** The setting a key is saved under, and its companions (`tvdb.pin`, `radarr.url`). */
function settingsOf(service: KeyService, body: v.InferOutput<typeof KeyBody>): Record<string, string> {
  const out: Record<string, string> = { [`${service}.api_key`]: body.key };
  if (service === 'tvdb' && body.pin) out['tvdb.pin'] = body.pin;
  if ((service === 'radarr' || service === 'sonarr') && body.url) out[`${service}.url`] = body.url;
  return out;
}

/**
 * The setup behind the page (`/api/setup/*`): what is configured, the plex.tv sign-in (a PIN the user approves
 * at plex.tv, polled here; tokens never reach the browser), picking the server and saving it, and testing and
 * saving TMDB, TVDB, Radarr and Sonarr keys. Mounted under `/api`, so the API key, host and origin guards apply.
 */
export function setupRoutes({ deps, addSecret }: RouteContext): Hono {
  const signIns = new Map<number, SignIn>();
  const unavailable = (c: Parameters<typeof errorJson>[0]) =>
    errorJson(c, 409, {
      code: 'usage',
      message: deps.demo
        ? 'The demo server has nothing to set up: run `complexionist serve` without --demo.'
        : 'This server was started without a configuration to write to.',
    });
  const serverView = (s: PlexServerResource) => ({
    id: s.clientIdentifier,
    name: s.name,
    owned: s.owned,
    connections: s.connections.map((c) => ({ uri: c.uri, local: c.local, relay: c.relay })),
  });

  return new Hono()
    .get('/setup', (c) =>
      c.json(deps.setup ? { available: true, ...deps.setup.status() } : { available: false }),
    )
    .post('/setup/plex/pin', async (c) => {
      if (!deps.setup) return unavailable(c);
      const plexTv = await deps.setup.plexTv();
      const pin = await plexTv.createPin();
      // One sign-in at a time: a new one ends the others.
      for (const old of signIns.values()) old.abort.abort();
      signIns.clear();
      const signIn: SignIn = { pin, plexTv, abort: new AbortController(), state: 'waiting' };
      signIns.set(pin.id, signIn);
      plexTv
        .pollPin(pin, { signal: signIn.abort.signal })
        .then(async (token) => {
          addSecret(token);
          signIn.token = token;
          signIn.servers = await plexTv.listServers(token);
          for (const server of signIn.servers) if (server.accessToken) addSecret(server.accessToken);
          signIn.state = 'approved';
        })
        .catch((error: Error) => {
          signIn.state = 'failed';
          signIn.message = signIn.abort.signal.aborted
            ? 'The sign-in was replaced by a newer one.'
            : error.message;
        });
      return c.json({ id: pin.id, code: pin.code, url: plexTv.authUrl(pin), expiresAt: pin.expiresAt }, 201);
    })
    .get('/setup/plex/pin/:id', (c) => {
      const signIn = signIns.get(Number(c.req.param('id')));
      if (!signIn) return errorJson(c, 404, { code: 'not-found', message: 'No such sign-in: start again.' });
      return c.json({
        state: signIn.state,
        ...(signIn.message && { message: signIn.message }),
        ...(signIn.servers && { servers: signIn.servers.map(serverView) }),
      });
    })
    .post('/setup/plex/server', validate('json', ServerBody), async (c) => {
      if (!deps.setup) return unavailable(c);
      const body = c.req.valid('json');
      const signIn = signIns.get(body.signIn);
      const server = signIn?.servers?.find((s) => s.clientIdentifier === body.server);
      if (!signIn?.token || !server)
        return errorJson(c, 404, {
          code: 'not-found',
          message: 'Sign in with plex.tv again, then pick the server.',
        });
      // A chosen connection is tested alone; else the first that answers, local ones first (as `auth plex`).
      const candidates = body.uri
        ? { ...server, connections: server.connections.filter((x) => x.uri === body.uri) }
        : server;
      const connection = await signIn.plexTv.pickConnection(candidates, { signal: c.req.raw.signal });
      const files = await deps.setup.save({
        'plex.url': connection.uri,
        'plex.token': server.accessToken ?? signIn.token,
      });
      signIns.delete(body.signIn);
      return c.json({
        message: `Reached ${server.name} at ${connection.uri}. Saved to ${files.join(' and ')}.`,
        ...deps.setup.status(),
      });
    })
    .post('/setup/keys/:service', validate('json', KeyBody), async (c) => {
      if (!deps.setup) return unavailable(c);
      const service = c.req.param('service') as KeyService;
      if (!SERVICES.includes(service))
        return errorJson(c, 404, { code: 'not-found', message: `No key to set for ${service}.` });
      const body = c.req.valid('json');
      addSecret(body.key);
      if (body.pin) addSecret(body.pin);
      const who = await deps.setup.testKey(service, body);
      const files = await deps.setup.save(settingsOf(service, body));
      return c.json({
        message: `${who} accepted the key. Saved to ${files.join(' and ')}.`,
        ...deps.setup.status(),
      });
    });
}
