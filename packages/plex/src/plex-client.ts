import {
  ConfigError,
  type LibrarySection,
  type ListOptions,
  type MediaLibrary,
  ResponseError,
} from '@complexionist/core';
import { bodyError, type HttpStats } from '@complexionist/http';
import * as v from 'valibot';
import { PLEX_TYPE, toOwnedEpisode, toOwnedMovie, toOwnedShow } from './items.js';
import { readAllPages } from './paging.js';
import { displayUrl, PLEX_TOKEN_HINT } from './plex-errors.js';
import { identityHeaders, type PlexIdentityOptions } from './plex-headers.js';
import { createPlexTransport } from './plex-transport.js';
import {
  episodeItem,
  identityContainer,
  listingContainer,
  movieItem,
  prefsContainer,
  sectionsContainer,
  showItem,
} from './schemas.js';

/**
 * Items per listing request. python-plexapi asks for 100; 500 keeps a page of episodes near 0.5 MB while a
 * 60,000-item library costs ~130 round trips instead of ~600 (each costs the server a query and the
 * client a millisecond or two of CPU, which is most of a warm scan).
 */
const DEFAULT_PAGE_SIZE = 500;

/** Options of {@link createPlexClient}. */
export interface PlexClientOptions extends PlexIdentityOptions {
  /** Base URL of the server, e.g. `http://192.168.1.10:32400` (docs/spec.md §6 `plex.url`). */
  url: string;
  /** The server's token (docs/spec.md §6 `plex.token`). Never appears in errors. */
  token: string;
  /** Items per listing request. @default 500 */
  pageSize?: number;
  /** Listing pages in flight at once after the first. @default 4 */
  pageConcurrency?: number;
  /** Per-request timeout. @default 15000 (the HTTP package's default) */
  timeoutMs?: number;
  /** Retries after a 5xx, a reset or a timeout. @default 3 (the HTTP package's default) */
  retries?: number;
  /** Trust a self-signed TLS certificate (docs/spec.md §6 `plex.insecure_tls`). @default false */
  insecureTls?: boolean;
  fetch?: typeof fetch;
  /** The setting holding `url`, named by connection errors (e.g. `plex.servers (Annex)`). @default 'plex.url' */
  setting?: string;
}

/** What `/identity` says about a server. */
export interface PlexIdentity {
  machineIdentifier: string;
  version: string;
  friendlyName?: string;
}

/** A Plex Media Server as a {@link MediaLibrary}, plus server checks and request statistics. */
export type PlexClient = MediaLibrary & {
  /** `/identity`: proves the URL is a Plex Media Server (needs no valid token). */
  identity(): Promise<PlexIdentity>;
  /** Resolves when the token is accepted; rejects with an `AuthError` when it is not. */
  checkToken(): Promise<void>;
  stats(): HttpStats;
};

/** ` "title"` of a raw listing item when it has a readable title, for skipped-item warnings. */
function describeItem(raw: unknown): string {
  const title = (raw as { title?: unknown } | null)?.title;
  return typeof title === 'string' || typeof title === 'number' ? ` "${title}"` : '';
}

/** Checks the options a client cannot work without (spec style: required options fail at once). */
function checkOptions(options: PlexClientOptions): void {
  if (typeof options.url !== 'string' || !/^https?:\/\/[^/]/i.test(options.url.trim())) {
    throw new ConfigError('plex.url must be an http:// or https:// URL, e.g. http://192.168.1.10:32400.', {
      service: 'plex',
      hint: 'Set plex.url / PLEX_URL.',
    });
  }
  if (typeof options.token !== 'string' || options.token.trim() === '') {
    throw new ConfigError(`No Plex token is set. ${PLEX_TOKEN_HINT}`, {
      service: 'plex',
      hint: PLEX_TOKEN_HINT,
    });
  }
  const { pageSize } = options;
  if (pageSize !== undefined && !(Number.isSafeInteger(pageSize) && pageSize > 0)) {
    throw new ConfigError(`pageSize must be a positive integer (got ${pageSize}).`, { service: 'plex' });
  }
}

/**
 * Creates a Plex Media Server client. Listings are section-wide (`/library/sections/{key}/all?type=…`), paged,
 * with `includeGuids=1`; nothing is ever fetched per show or per season.
 */
export function createPlexClient(options: PlexClientOptions): PlexClient {
  checkOptions(options);
  const url = options.url.trim().replace(/\/+$/, '');
  const token = options.token.trim();
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const transport = createPlexTransport({
    url,
    headers: { ...identityHeaders(options), 'X-Plex-Token': token },
    secrets: [token],
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    insecureTls: options.insecureTls,
    fetch: options.fetch,
    setting: options.setting,
  });
  const sectionPath = (key: string) => `/library/sections/${encodeURIComponent(key)}`;
  const noSection = (key: string) => () =>
    new ResponseError(
      `Plex at ${displayUrl(url)} has no library section with key "${key}" (HTTP 404). ` +
        'It may have been deleted; list the libraries again and pick an existing one.',
      { service: 'plex', status: 404, path: sectionPath(key) },
    );

  /**
   * Reads one section-wide listing of `type`, checking and mapping each item as its page arrives. An item
   * that fails its check is reported through `onSkippedItem` and left out (or fails the listing without it).
   */
  function list<S extends v.GenericSchema<unknown, { ratingKey: string }>, T>(
    sectionKey: string,
    type: number,
    schema: S,
    map: (item: v.InferOutput<S>) => T,
    listOptions: ListOptions = {},
  ): Promise<T[]> {
    const path = `${sectionPath(sectionKey)}/all`;
    const { onSkippedItem } = listOptions;
    const fetchPage = async (start: number, size: number, signal: AbortSignal) => {
      const paging = { 'X-Plex-Container-Start': String(start), 'X-Plex-Container-Size': String(size) };
      const page = await transport.get(listingContainer, path, {
        query: { type, includeGuids: 1, ...paging },
        headers: paging,
        signal,
        notFound: noSection(sectionKey),
      });
      // Map each page as it arrives: the raw items (summaries, artwork, every field) are dropped at once
      // instead of piling up until the whole section is read (50,000 episodes would hold ~100 MB).
      // A skipped item keeps its place (value undefined, a key of its own) so paging still counts it.
      const raw = page.Metadata ?? [];
      const items = new Array<[string, T | undefined]>(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const checked = v.safeParse(schema, raw[i]);
        if (checked.success) {
          items[i] = [checked.output.ratingKey, map(checked.output)];
          continue;
        }
        const error = bodyError(checked.issues[0], {
          service: 'plex',
          path,
          status: 200,
          at: `MediaContainer.Metadata[${start + i}]`,
        });
        if (!onSkippedItem) throw error;
        onSkippedItem(`${error.message} The item${describeItem(raw[i])} was left out.`);
        items[i] = [`\u0000skipped:${start + i}`, undefined];
      }
      return { items, totalSize: page.totalSize };
    };
    return readAllPages(fetchPage, {
      pageSize,
      keyOf: ([ratingKey]) => ratingKey,
      concurrency: options.pageConcurrency ?? 4,
      onPage: listOptions.onPage,
      signal: listOptions.signal,
    }).then((entries) => {
      const values: T[] = [];
      for (const [, value] of entries) if (value !== undefined) values.push(value);
      return values;
    });
  }

  return {
    stats: () => transport.stats(),

    async identity() {
      const found = await transport.get(identityContainer, '/identity');
      const identity: PlexIdentity = { machineIdentifier: found.machineIdentifier, version: found.version };
      if (found.friendlyName !== undefined) identity.friendlyName = found.friendlyName;
      return identity;
    },

    async checkToken() {
      await transport.get(sectionsContainer, '/library/sections');
    },

    async listSections(callOptions = {}) {
      const found = await transport.get(sectionsContainer, '/library/sections', {
        signal: callOptions.signal,
      });
      return (found.Directory ?? []).map((dir): LibrarySection => {
        const type = dir.type === 'movie' || dir.type === 'show' ? dir.type : 'other';
        const section: LibrarySection = { key: dir.key, title: dir.title ?? dir.key, type };
        if (dir.agent !== undefined) section.agent = dir.agent;
        return section;
      });
    },

    listMovies: (sectionKey, listOptions) =>
      list(sectionKey, PLEX_TYPE.movie, movieItem, (item) => toOwnedMovie(item, sectionKey), listOptions),

    listShows: (sectionKey, listOptions) =>
      list(sectionKey, PLEX_TYPE.show, showItem, (item) => toOwnedShow(item, sectionKey), listOptions),

    listEpisodes: (sectionKey, listOptions) =>
      list(sectionKey, PLEX_TYPE.episode, episodeItem, toOwnedEpisode, listOptions),

    async getDefaultOrdering(sectionKey, callOptions = {}) {
      const prefs = await transport.get(prefsContainer, `${sectionPath(sectionKey)}/prefs`, {
        signal: callOptions.signal,
        notFound: noSection(sectionKey),
      });
      const setting = prefs.Setting.find((entry) => entry.id === 'showOrdering');
      const value = [setting?.value, setting?.default].find((x) => typeof x === 'string' && x.trim() !== '');
      return typeof value === 'string' ? value.trim() : null;
    },
  };
}
