import { type Config, plexServerSetting, plexServersOf } from '@complexionist/config';
import { ConfigError, type MediaLibrary, type WatchlistSource } from '@complexionist/core';
import { requestFetch } from '@complexionist/http';
import { createPlexServers, createPlexWatchlistClient } from '@complexionist/plex';
import { VERSION } from '../version.js';

/** The server's Plex side: the library of a choice of servers, and the account's watchlist. */
export interface LivePlex {
  /** Every configured server (or the ones named) as one library; made once per choice. */
  library(servers?: readonly string[]): MediaLibrary;
  /** The watchlist (plex.account_token, else the first server's token); a ConfigError when neither is set. */
  watchlist(): WatchlistSource;
}

/**
 * Makes the clients on first use, so the server starts before Plex is configured; a scan then fails with a
 * ConfigError naming the missing setting. Several servers (`plex.servers`) are read as one library with the
 * union of what they own (docs/spec.md §5).
 */
export function livePlex(config: Config, options: { clientIdentifier?: string } = {}): LivePlex {
  const libraries = new Map<string, MediaLibrary>();
  let watchlist: WatchlistSource | undefined;
  const identity = {
    version: VERSION,
    ...(options.clientIdentifier && { clientIdentifier: options.clientIdentifier }),
  };
  const servers = () => {
    const all = plexServersOf(config.plex);
    if (all.length === 0) {
      const { url } = config.plex;
      throw new ConfigError(
        `${url ? 'plex.token' : 'plex.url'} is not set, so there is no Plex server to scan.`,
        {
          service: 'plex',
          hint: 'Run `complexionist auth plex --login`, then restart the server.',
        },
      );
    }
    return all;
  };
  return {
    library(names = []) {
      const key = [...names]
        .map((n) => n.toLowerCase())
        .sort()
        .join('\u0000');
      let library = libraries.get(key);
      if (!library) {
        // Every client reads through undici's `request`: half the CPU of `fetch` per response, and far less
        // short-lived garbage while thousands of paced TMDB requests wait their turn (see requestFetch).
        library = createPlexServers(servers(), {
          only: names,
          named: config.plex.servers.length > 0,
          settingOf: plexServerSetting,
          insecureTls: config.plex.insecureTls,
          fetch: requestFetch,
          ...identity,
        }).library;
        libraries.set(key, library);
      }
      return library;
    },
    watchlist() {
      const accountToken = config.plex.accountToken ?? plexServersOf(config.plex)[0]?.token;
      if (!accountToken) {
        throw new ConfigError('The watchlist needs a plex.tv account token, and none is set.', {
          service: 'plex.tv',
          hint: 'Run `complexionist auth plex --login` (it saves plex.account_token), or set PLEX_ACCOUNT_TOKEN; then restart.',
        });
      }
      watchlist ??= createPlexWatchlistClient({
        accountToken,
        baseURL: config.plex.discoverUrl,
        fetch: requestFetch,
        ...identity,
      });
      return watchlist;
    },
  };
}
