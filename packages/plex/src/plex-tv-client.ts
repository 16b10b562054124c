import { validateBody } from '@complexionist/http';
import { type PickConnectionOptions, type PickedConnection, pickConnection } from './pick-connection.js';
import { createPin, type PlexPin, type PollPinOptions, pollPin } from './pin.js';
import { DEFAULT_PRODUCT, identityHeaders, type PlexIdentityOptions } from './plex-headers.js';
import { userSchema } from './plex-tv-schemas.js';
import { createPlexTvTransport, unexpectedStatus } from './plex-tv-transport.js';
import { listServers, type PlexServerResource } from './servers.js';

/** Options of {@link createPlexTvClient}. */
export interface PlexTvClientOptions extends PlexIdentityOptions {
  /** Stable id of this installation; the PIN must be polled with the id that created it. */
  clientIdentifier: string;
  /** plex.tv base URL (docs/spec.md §6 `plex.tv_url`). @default 'https://plex.tv' */
  baseURL?: string;
  /** The page where the user approves a PIN. @default 'https://app.plex.tv/auth' */
  authAppURL?: string;
  fetch?: typeof fetch;
}

/** The plex.tv account client: PIN sign-in, server discovery, token checks. */
export interface PlexTvClient {
  /** `POST /api/v2/pins?strong=true`. */
  createPin(): Promise<PlexPin>;
  /** The app.plex.tv page where the user approves `pin`. */
  authUrl(pin: PlexPin): string;
  /** Polls until approved (→ the account token), expired (`AuthError`) or aborted (→ the signal's reason). */
  pollPin(pin: PlexPin, options?: PollPinOptions): Promise<string>;
  /** The account's servers with their connections and per-server tokens. */
  listServers(token: string): Promise<PlexServerResource[]>;
  /** The best connection of `server` that answers: local, then remote, then relay. */
  pickConnection(server: PlexServerResource, options?: PickConnectionOptions): Promise<PickedConnection>;
  /** `/api/v2/user`: the account name when the token is valid, else an `AuthError`. */
  validateToken(token: string): Promise<{ username: string }>;
}

/**
 * Creates a plex.tv client.
 *
 * @example
 * const tv = createPlexTvClient({ clientIdentifier: 'my-install-id' });
 * const pin = await tv.createPin();
 * console.log(`Open ${tv.authUrl(pin)}`);
 * const token = await tv.pollPin(pin, { onTick: (s) => console.log(`${s}s left`) });
 */
export function createPlexTvClient(options: PlexTvClientOptions): PlexTvClient {
  const headers = identityHeaders(options);
  const transport = createPlexTvTransport({
    baseURL: options.baseURL ?? 'https://plex.tv',
    headers,
    fetch: options.fetch,
  });
  const authAppURL = options.authAppURL ?? 'https://app.plex.tv/auth';
  const product = options.product ?? DEFAULT_PRODUCT;

  return {
    createPin: () => createPin(transport),
    authUrl: (pin) =>
      `${authAppURL}#?clientID=${encodeURIComponent(options.clientIdentifier)}` +
      `&code=${encodeURIComponent(pin.code)}` +
      `&context%5Bdevice%5D%5Bproduct%5D=${encodeURIComponent(product)}`,
    pollPin: (pin, pollOptions) => pollPin(transport, pin, pollOptions),
    listServers: (token) => listServers(transport, token),
    pickConnection: (server, pickOptions = {}) =>
      pickConnection(server, { ...pickOptions, headers, fetch: options.fetch }),
    async validateToken(token) {
      const path = '/api/v2/user';
      const { status, body } = await transport.request(path, { token });
      if (status !== 200) throw unexpectedStatus(path, status);
      const user = validateBody(userSchema, body, { service: 'plex.tv', path, status });
      return { username: user.username || user.title || '' };
    },
  };
}
