import type { World } from '../world/types.js';
import { discoverHandler } from './discover-server.js';
import { type FakeFault, type RouteCounts, type RunningFake, startFake } from './http.js';
import { plexHandler } from './plex-server.js';
import { plexTvHandler } from './plex-tv-server.js';
import { splitPlex } from './split-plex.js';
import { tmdbHandler } from './tmdb-server.js';
import { tvdbHandler } from './tvdb-server.js';

/** Names of the four fake services. */
export type FakeServiceName = 'plex' | 'plexTv' | 'tmdb' | 'tvdb' | 'discover';

/** Default credentials; obviously fake, long enough for redaction tests to find them in output. */
export const DEFAULT_CREDENTIALS = {
  plexToken: 'plex-test-token-7f3a9c2e5b1d',
  plexAccountToken: 'plex-account-token-4e8b2a6c9d0f',
  tmdbKey: 'tmdbtestkey0123456789abcdef0123',
  tmdbBearer: 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ0ZXN0a2l0In0.dGVzdGtpdC10bWRiLWJlYXJlcg',
  tvdbKey: 'tvdb-test-key-5c1e-4f7a-9b2d',
} as const;

/** Options of {@link startFakeServices}. */
export interface FakeServicesOptions {
  /** Delay before each answer, per service, in ms. @default 0 */
  latencyMs?: Partial<Record<FakeServiceName, number>>;
  /** TMDB requests admitted per sliding second; beyond → 429 `Retry-After: 1`, code 25. @default unlimited */
  tmdbRateLimit?: number;
  /** TVDB episodes per page. @default 500 */
  tvdbPageSize?: number;
  /** The PIN poll that returns `authToken` (1 = first poll); `null` = never approved. @default 2 */
  pinApproveAfterPolls?: number | null;
  /** PIN lifetime; 0 makes every poll answer 404 code 1020 (expired). @default 1800 */
  pinExpiresInSeconds?: number;
  /** Servers listed by plex.tv `/resources`, all pointing at the fake Plex. @default 1 */
  plexServers?: number;
  /**
   * Several fake Plex servers from one world: the section keys each serves, e.g. `[['1', '2'], ['6']]`. The
   * first is `plexUrl`; server n (from 0) is named `<friendlyName> n+1` from the second on, and plex.tv lists
   * each at its own address. @default one server with every section
   */
  plexSplit?: string[][];
  /** Token the fake Plex accepts (and plex.tv lists as each server's `accessToken`). */
  plexToken?: string;
  /** Account token a PIN yields; plex.tv `/user` and `/resources` accept only this one. */
  plexAccountToken?: string;
  /** TMDB v3 key (`api_key` query). */
  tmdbKey?: string;
  /** TMDB read-access token (`Authorization: Bearer`). */
  tmdbBearer?: string;
  tvdbKey?: string;
  /** When set, TVDB `/login` requires this pin (user-subscription key). */
  tvdbPin?: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** Failures injected from the start, per service (change them later with `setFault`). */
  faults?: Partial<Record<FakeServiceName, FakeFault>>;
  /**
   * Serve changes made to the world after the start (see `worldChanges`): the TMDB fake builds each body per
   * request instead of once. @default false
   */
  mutableWorld?: boolean;
}

/** Request counters of every fake, plus the number of 429s TMDB sent. */
export interface FakeCounts {
  plex: RouteCounts;
  plexTv: RouteCounts;
  tmdb: RouteCounts;
  tvdb: RouteCounts;
  /** plex.tv Discover (the watchlist). */
  discover: RouteCounts;
  /** Every fake Plex server, in `plexSplit` order. */
  plexServers: RouteCounts[];
  tmdb429: number;
}

/** One running fake Plex server. */
export interface FakePlexServer {
  /** Its friendly name (what plex.tv lists and a config would name it). */
  name: string;
  url: string;
  token: string;
  machineIdentifier: string;
}

/** Four running fakes and what a client needs to reach them. */
export interface FakeServices {
  /** Plex Media Server base URL. */
  plexUrl: string;
  /** plex.tv base URL (the client appends `/api/v2/...`). */
  plexTvUrl: string;
  /** TMDB base URL, ending in `/3`. */
  tmdbUrl: string;
  /** TVDB base URL, ending in `/v4`. */
  tvdbUrl: string;
  /** plex.tv Discover base URL (the watchlist; it accepts only the account token). */
  discoverUrl: string;
  /** Every fake Plex server (one unless `plexSplit`); the first is `plexUrl`. */
  plexServers: FakePlexServer[];
  plexToken: string;
  plexAccountToken: string;
  tmdbKey: string;
  tmdbBearer: string;
  tvdbKey: string;
  tvdbPin: string | undefined;
  /** The instant the fakes answer as of (the world's `now`): give it to the scan under test as its clock. */
  now: Date;
  counts(): FakeCounts;
  resetCounts(): void;
  /** Invalidates every TVDB token issued so far (the next call gets 401; a re-login works). */
  revokeTvdbTokens(): void;
  /**
   * Serves the world as it is now: call after changing it or moving its `now` (see `advanceWorld`). Every
   * fake builds its answers afresh; TVDB tokens already issued stay valid, counters are kept.
   */
  reload(): void;
  /** Makes `service` answer every matching request with the fault (`undefined` heals it). */
  setFault(service: FakeServiceName, fault: FakeFault | undefined): void;
  close(): Promise<void>;
}

/** Starts fake Plex, plex.tv, TMDB and TVDB servers on 127.0.0.1 (ephemeral ports) serving `world`. */
export async function startFakeServices(
  world: World,
  options: FakeServicesOptions = {},
): Promise<FakeServices> {
  const creds = {
    plexToken: options.plexToken ?? DEFAULT_CREDENTIALS.plexToken,
    plexAccountToken: options.plexAccountToken ?? DEFAULT_CREDENTIALS.plexAccountToken,
    tmdbKey: options.tmdbKey ?? DEFAULT_CREDENTIALS.tmdbKey,
    tmdbBearer: options.tmdbBearer ?? DEFAULT_CREDENTIALS.tmdbBearer,
    tvdbKey: options.tvdbKey ?? DEFAULT_CREDENTIALS.tvdbKey,
    tvdbPin: options.tvdbPin,
  };
  // Fixed once for the whole run: the fakes and the scanner under test must agree on the day.
  const frozen: World = world.now === undefined ? { ...world, now: new Date().toISOString() } : world;
  const faults: Partial<Record<FakeServiceName, FakeFault>> = { ...options.faults };
  const at = (name: FakeServiceName) => ({
    latencyMs: options.latencyMs?.[name] ?? 0,
    host: options.host,
    fault: () => faults[name],
  });
  let tmdb429 = 0;
  let revoke = (): void => {};
  const started: RunningFake[] = [];
  try {
    // One handler per Plex server view; `reload` makes new ones from the (changed) world.
    const plexHandlers = () =>
      splitPlex(frozen, options.plexSplit).map((view) => plexHandler(view, creds.plexToken));
    const views = splitPlex(frozen, options.plexSplit);
    let plexH = plexHandlers();
    const plexFakes: RunningFake[] = [];
    for (let i = 0; i < views.length; i++) {
      const fake = await startFake(() => (req) => (plexH[i] as (typeof plexH)[number])(req), at('plex'));
      started.push(fake);
      plexFakes.push(fake);
    }
    const plex = plexFakes[0] as RunningFake;
    const discover = await startFake(() => discoverHandler(frozen, creds.plexAccountToken), at('discover'));
    started.push(discover);
    const plexTv = await startFake(
      () =>
        plexTvHandler(frozen, {
          accountToken: creds.plexAccountToken,
          serverToken: creds.plexToken,
          plexUrl: plex.origin,
          plexUrls: plexFakes.map((f) => f.origin),
          approveAfterPolls: options.pinApproveAfterPolls === undefined ? 2 : options.pinApproveAfterPolls,
          expiresInSeconds: options.pinExpiresInSeconds ?? 1800,
          servers: Math.max(options.plexServers ?? 1, plexFakes.length),
        }),
      at('plexTv'),
    );
    started.push(plexTv);
    const makeTmdb = () =>
      tmdbHandler(frozen, {
        apiKey: creds.tmdbKey,
        bearer: creds.tmdbBearer,
        rateLimit: options.tmdbRateLimit,
        on429: () => tmdb429++,
        mutableWorld: options.mutableWorld ?? false,
      });
    let tmdbH = makeTmdb();
    const tmdb = await startFake(() => (req) => tmdbH(req), at('tmdb'));
    started.push(tmdb);
    const tokens = new Set<string>();
    const makeTvdb = (origin: string) => {
      const fake = tvdbHandler(
        frozen,
        { apiKey: creds.tvdbKey, pin: creds.tvdbPin, pageSize: options.tvdbPageSize ?? 500, tokens },
        origin,
      );
      revoke = fake.revokeTokens;
      return fake.handler;
    };
    let tvdbH: ReturnType<typeof makeTvdb> | undefined;
    let tvdbOrigin = '';
    const tvdb = await startFake((origin) => {
      tvdbOrigin = origin;
      tvdbH = makeTvdb(origin);
      return (req) => tvdbH!(req);
    }, at('tvdb'));
    const reload = (): void => {
      plexH = plexHandlers();
      tmdbH = makeTmdb();
      tvdbH = makeTvdb(tvdbOrigin);
    };
    started.push(tvdb);
    return {
      plexUrl: plex.origin,
      plexTvUrl: plexTv.origin,
      tmdbUrl: `${tmdb.origin}/3`,
      tvdbUrl: `${tvdb.origin}/v4`,
      discoverUrl: discover.origin,
      plexServers: views.map((view, i) => ({
        name: view.plex.friendlyName,
        url: (plexFakes[i] as RunningFake).origin,
        token: creds.plexToken,
        machineIdentifier: view.plex.machineIdentifier,
      })),
      ...creds,
      now: new Date(frozen.now as string),
      counts: () => ({
        plex: plex.counts(),
        plexTv: plexTv.counts(),
        tmdb: tmdb.counts(),
        tvdb: tvdb.counts(),
        discover: discover.counts(),
        plexServers: plexFakes.map((f) => f.counts()),
        tmdb429,
      }),
      resetCounts: () => {
        for (const fake of started) fake.resetCounts();
        tmdb429 = 0;
      },
      revokeTvdbTokens: () => revoke(),
      reload,
      setFault: (service, fault) => {
        faults[service] = fault;
      },
      close: async () => {
        await Promise.all(started.map((fake) => fake.close()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((fake) => fake.close()));
    throw error;
  }
}
