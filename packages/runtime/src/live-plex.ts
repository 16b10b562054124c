import { type Config, plexServerSetting, plexServersOf } from '@complexionist/config';
import type { MediaLibrary, WatchlistSource } from '@complexionist/core';
import { type HttpStats, requestFetch } from '@complexionist/http';
import { createPlexServers, createPlexWatchlistClient, type PlexClient } from '@complexionist/plex';

/** How ComPlexionist introduces itself to Plex and plex.tv. */
export interface PlexIdentity {
  /** `X-Plex-Client-Identifier` of this installation. @default the plex package's default */
  clientIdentifier?: string;
  /** `X-Plex-Version`: the version of the face that talks to Plex. @default the plex package's default */
  version?: string;
}

/** The Plex side of a configuration: its servers as one library, and the account's watchlist. */
export interface LivePlex {
  /**
   * The picked servers (`--server` names, case-insensitive; every server when empty) read as one library,
   * made once per choice. Undefined when no server is configured. A lone server configured the single way
   * (`plex.url`) is read as one plain client; with `plex.servers`, sections name their server and ownership
   * is the union (docs/spec.md §5 "Several servers"). An unknown name is a `UsageError`.
   */
  library(servers?: readonly string[]): MediaLibrary | undefined;
  /** The watchlist: plex.tv Discover with `plex.account_token`, else the first server's token; undefined without either. */
  watchlist(): WatchlistSource | undefined;
  /** Request counts of the Plex clients made so far (servers, then the watchlist). */
  stats(): HttpStats[];
}

/** Builds the {@link LivePlex} of a configuration; clients are made on first use. */
export function livePlex(config: Config, identity: PlexIdentity = {}): LivePlex {
  const libraries = new Map<string, MediaLibrary>();
  const clients: PlexClient[] = [];
  let watchlist: (WatchlistSource & { stats(): HttpStats }) | undefined;
  const shared = {
    ...(identity.clientIdentifier && { clientIdentifier: identity.clientIdentifier }),
    ...(identity.version && { version: identity.version }),
    // Every client reads through undici's `request`: half the CPU of `fetch` per response (see requestFetch).
    fetch: requestFetch,
  };
  return {
    library(names = []) {
      const configured = plexServersOf(config.plex);
      if (configured.length === 0) return undefined;
      const key = names
        .map((n) => n.trim().toLowerCase())
        .sort()
        .join('\u0000');
      let library = libraries.get(key);
      if (!library) {
        const made = createPlexServers(configured, {
          only: names,
          named: config.plex.servers.length > 0,
          settingOf: plexServerSetting,
          insecureTls: config.plex.insecureTls,
          ...shared,
        });
        clients.push(...made.clients.map(({ client }) => client));
        library = made.library;
        libraries.set(key, library);
      }
      return library;
    },
    watchlist() {
      const accountToken = config.plex.accountToken ?? plexServersOf(config.plex)[0]?.token;
      if (!accountToken) return undefined;
      watchlist ??= createPlexWatchlistClient({ accountToken, baseURL: config.plex.discoverUrl, ...shared });
      return watchlist;
    },
    stats: () => [...clients.map((client) => client.stats()), ...(watchlist ? [watchlist.stats()] : [])],
  };
}
