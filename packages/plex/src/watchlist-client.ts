import {
  AuthError,
  isAbortError,
  isComplexionistError,
  type ListOptions,
  ResponseError,
  type WatchlistItem,
  type WatchlistSource,
} from '@complexionist/core';
import { bodyError, createHttpClient, type HttpStats, validateBody } from '@complexionist/http';
import * as v from 'valibot';
import { idsFromGuids } from './item-ids.js';
import { readAllPages } from './paging.js';
import { wrapNetworkError } from './plex-errors.js';
import { identityHeaders, type PlexIdentityOptions } from './plex-headers.js';
import { mediaContainer } from './plex-transport.js';
import { watchlistContainer, watchlistItem } from './watchlist-schemas.js';

/** Where the watchlist lives since August 2025 (api-notes §8.4.2; metadata.provider.plex.tv answers 404). */
export const DEFAULT_DISCOVER_URL = 'https://discover.provider.plex.tv';
const LIST_PATH = '/library/sections/watchlist/all';
/** Items per page: one client reports 101 as a 400 (api-notes §8.4.2). */
const PAGE_SIZE = 100;
const TOKEN_HINT =
  'Run `complexionist auth plex --login` (it saves plex.account_token), or set PLEX_ACCOUNT_TOKEN to your plex.tv account token.';

/** Options of {@link createPlexWatchlistClient}. */
export interface PlexWatchlistClientOptions extends PlexIdentityOptions {
  /** The plex.tv **account** token (`plex.account_token`); a server's own token may not be accepted. */
  accountToken: string;
  /** Discover base URL (`plex.discover_url` / `PLEX_DISCOVER_URL`). @default 'https://discover.provider.plex.tv' */
  baseURL?: string;
  /** Items per page. @default 100 */
  pageSize?: number;
  fetch?: typeof fetch;
}

/** The account's watchlist as a core `WatchlistSource`, plus request statistics. */
export type PlexWatchlistClient = WatchlistSource & { stats(): HttpStats };

/**
 * Creates the watchlist client (plex.tv Discover, api-notes §8.4.2). The list is read in pages with
 * `includeGuids=1`; an item the list sends without `Guid` is looked up once (`/library/metadata/{key}`), and
 * skipped when that answers 404 (it was removed). Items other than films and shows (collections) are left out.
 *
 * @example
 * const watchlist = createPlexWatchlistClient({ accountToken: process.env.PLEX_ACCOUNT_TOKEN ?? '' });
 * for (const item of await watchlist.listWatchlist()) console.log(item.type, item.title, item.ids);
 */
export function createPlexWatchlistClient(options: PlexWatchlistClientOptions): PlexWatchlistClient {
  const baseURL = (options.baseURL ?? DEFAULT_DISCOVER_URL).replace(/\/+$/, '');
  const token = options.accountToken.trim();
  const http = createHttpClient({
    service: 'plex.tv',
    baseURL,
    headers: { ...identityHeaders(options), 'X-Plex-Token': token },
    secrets: [token],
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const pageSize = options.pageSize ?? PAGE_SIZE;

  /** One GET; `null` for a 404 when `missingOk`. */
  async function get(
    path: string,
    query: Record<string, string | number>,
    signal?: AbortSignal,
    missingOk = false,
  ) {
    let response: Awaited<ReturnType<typeof http.request>>;
    try {
      response = await http.request<unknown>(path, {
        responseType: 'text',
        query,
        ...(signal && { signal }),
      });
    } catch (error) {
      const hint =
        'Check the internet connection (and plex.discover_url / PLEX_DISCOVER_URL if you changed it).';
      throw wrapNetworkError(error, { service: 'plex.tv', url: baseURL, path, hint });
    }
    const { status } = response;
    if (status === 401 || status === 403) {
      throw new AuthError(`plex.tv refused the token for the watchlist (HTTP ${status}). ${TOKEN_HINT}`, {
        service: 'plex.tv',
        status,
        path,
        hint: TOKEN_HINT,
      });
    }
    if (status === 404 && missingOk) return null;
    if (status !== 200) {
      throw new ResponseError(`plex.tv Discover answered HTTP ${status} for ${path}.`, {
        service: 'plex.tv',
        status,
        path,
        hint: `Check plex.discover_url (default ${DEFAULT_DISCOVER_URL}).`,
      });
    }
    const container = mediaContainer(response.data);
    return validateBody(watchlistContainer, container, {
      service: 'plex.tv',
      path,
      status,
      at: 'MediaContainer',
    });
  }

  /**
   * Maps one listed item. A film or show the list sends malformed, or whose details cannot be read, is reported
   * through `onSkippedItem` and left out (without the callback it fails the listing); a collection is left out.
   */
  async function toItem(raw: unknown, call: ListOptions): Promise<WatchlistItem | null> {
    const checked = v.safeParse(watchlistItem, raw);
    if (!checked.success) {
      const error = bodyError(checked.issues[0], {
        service: 'plex.tv',
        path: LIST_PATH,
        status: 200,
        at: 'Metadata[]',
      });
      if (!call.onSkippedItem) throw error;
      call.onSkippedItem(`${error.message} The watchlist item was left out.`);
      return null;
    }
    const item = checked.output;
    if (item.type !== 'movie' && item.type !== 'show') return null;
    let guids = item.Guid?.map((g) => g.id);
    if (guids === undefined) {
      const path = `/library/metadata/${encodeURIComponent(item.ratingKey)}`;
      let details: Awaited<ReturnType<typeof get>>;
      try {
        details = await get(path, {}, call.signal, true);
      } catch (error) {
        if (
          !call.onSkippedItem ||
          isAbortError(error) ||
          (isComplexionistError(error) && error.kind === 'auth')
        )
          throw error;
        const reason = error instanceof Error ? error.message : String(error);
        call.onSkippedItem(
          `The ids of the watchlist item "${item.title ?? item.ratingKey}" could not be read: ${reason}`,
        );
        return null;
      }
      if (details === null) return null;
      const full = v.safeParse(watchlistItem, details.Metadata?.[0]);
      guids = full.success ? (full.output.Guid ?? []).map((g) => g.id) : [];
    }
    return {
      ratingKey: item.ratingKey,
      type: item.type,
      title: item.title ?? item.ratingKey,
      ...(item.year !== undefined && { year: item.year }),
      ...(item.originallyAvailableAt && { releaseDate: item.originallyAvailableAt.slice(0, 10) }),
      ids: idsFromGuids(undefined, guids).ids,
    };
  }

  return {
    stats: () => http.stats(),
    async listWatchlist(call = {}) {
      const raw = await readAllPages<[string, unknown]>(
        async (start, size, signal) => {
          const query = {
            includeGuids: 1,
            includeCollections: 1,
            includeExternalMedia: 1,
            'X-Plex-Container-Start': start,
            'X-Plex-Container-Size': size,
          };
          const page = await get(LIST_PATH, query, signal);
          const metadata = page?.Metadata ?? [];
          return {
            items: metadata.map((m, i) => [
              String((m as { ratingKey?: unknown })?.ratingKey ?? `#${start + i}`),
              m,
            ]),
            totalSize: page?.totalSize,
          };
        },
        { pageSize, keyOf: ([key]) => key, concurrency: 2, signal: call.signal },
      );
      const out: WatchlistItem[] = [];
      for (const [, item] of raw) {
        const mapped = await toItem(item, call);
        if (mapped) out.push(mapped);
      }
      return out;
    },
  };
}
