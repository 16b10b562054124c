import { HttpResponse, http } from 'msw';

/** Options of {@link fakePlexTv}. */
export interface FakePlexTvOptions {
  baseURL?: string;
  /** The account token a PIN turns into, and the one `/resources` and `/user` accept. */
  accountToken?: string;
  /** The PIN is approved on this poll (1-based); never when undefined. */
  approveOnPoll?: number;
  /** Lifetime of a PIN in seconds. @default 1800 */
  expiresIn?: number;
  /** `/api/v2/resources` answer. */
  resources?: unknown[];
}

const errors = (code: number, message: string, status: number) =>
  HttpResponse.json({ errors: [{ code, message, status }] }, { status });

/**
 * A fake plex.tv (api-notes §2): strong PINs with `expiresAt`, 404 code 1020 once a PIN expired, polling
 * counted, `/resources` and `/user` behind `X-Plex-Token`, 400 without `X-Plex-Client-Identifier`.
 */
export function fakePlexTv(options: FakePlexTvOptions = {}) {
  const base = options.baseURL ?? 'https://plex-tv.test';
  const accountToken = options.accountToken ?? 'account-token-xyz';
  const state = { polls: 0, pinsCreated: 0, lastClientId: '', lastProduct: '' };
  let expiresAt = 0;

  const needsClient = (request: Request) => {
    state.lastClientId = request.headers.get('X-Plex-Client-Identifier') ?? '';
    state.lastProduct = request.headers.get('X-Plex-Product') ?? '';
    return state.lastClientId === '' ? errors(1000, 'X-Plex-Client-Identifier is missing', 400) : undefined;
  };
  const needsToken = (request: Request) =>
    needsClient(request) ??
    (request.headers.get('X-Plex-Token') === accountToken
      ? undefined
      : errors(1001, 'User could not be authenticated', 401));

  const pin = (authToken: string | null) => ({
    id: 1272322473,
    code: '3patfx1a78ukcbr7x0n9bl26t',
    product: 'ComPlexionist',
    trusted: false,
    clientIdentifier: state.lastClientId,
    expiresIn: options.expiresIn ?? 1800,
    createdAt: new Date(expiresAt - (options.expiresIn ?? 1800) * 1000).toISOString(),
    expiresAt: new Date(expiresAt).toISOString(),
    authToken,
    newRegistration: null,
  });

  const handlers = [
    http.post(`${base}/api/v2/pins`, ({ request }) => {
      const refused = needsClient(request);
      if (refused) return refused;
      if (new URL(request.url).searchParams.get('strong') !== 'true') return errors(1000, 'want strong', 400);
      state.pinsCreated++;
      expiresAt = Date.now() + (options.expiresIn ?? 1800) * 1000;
      return HttpResponse.json(pin(null), { status: 201 });
    }),
    http.get(`${base}/api/v2/pins/:id`, ({ request }) => {
      const refused = needsClient(request);
      if (refused) return refused;
      state.polls++;
      if (Date.now() >= expiresAt) return errors(1020, 'Code not found or expired', 404);
      const approved = options.approveOnPoll !== undefined && state.polls >= options.approveOnPoll;
      return HttpResponse.json(pin(approved ? accountToken : null));
    }),
    http.get(
      `${base}/api/v2/resources`,
      ({ request }) => needsToken(request) ?? HttpResponse.json(options.resources ?? []),
    ),
    http.get(
      `${base}/api/v2/user`,
      ({ request }) =>
        needsToken(request) ??
        HttpResponse.json({
          id: 12345,
          uuid: 'abc',
          username: 'testuser',
          title: 'Test User',
          authToken: accountToken,
        }),
    ),
  ];

  return { baseURL: base, accountToken, handlers, state };
}

/** A `/api/v2/resources` device entry with real field names. */
export function plexResource(opts: {
  name: string;
  clientIdentifier: string;
  provides?: string;
  owned?: boolean;
  accessToken?: string | null;
  connections?: Array<{ uri: string; local: boolean; relay?: boolean; protocol?: string }>;
}) {
  return {
    name: opts.name,
    product: 'Plex Media Server',
    productVersion: '1.41.3.9314-a0bfb8370',
    platform: 'Linux',
    clientIdentifier: opts.clientIdentifier,
    provides: opts.provides ?? 'server',
    owned: opts.owned ?? true,
    ownerId: null,
    accessToken: opts.accessToken === undefined ? `srv-token-${opts.clientIdentifier}` : opts.accessToken,
    presence: true,
    httpsRequired: false,
    relay: true,
    connections: (opts.connections ?? []).map((c) => {
      const url = new URL(c.uri);
      return {
        protocol: c.protocol ?? url.protocol.replace(':', ''),
        address: url.hostname,
        port: Number(url.port || 32400),
        uri: c.uri,
        local: c.local,
        relay: c.relay ?? false,
        IPv6: false,
      };
    }),
  };
}
