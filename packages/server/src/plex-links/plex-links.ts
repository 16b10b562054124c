import type { Config } from '@complexionist/config';
import type { LibrarySection } from '@complexionist/core';
import { requestFetch } from '@complexionist/http';
import { createPlexClient, type PlexClient } from '@complexionist/plex';
import { VERSION } from '../version.js';

/**
 * Where the page's "Plex" links point: the server's machine identifier and the `ratingKey` of each show in
 * Plex, by the id the ignore list uses (`81189`, `tmdb:1396`). Additive to the server's API: core's reports do
 * not carry ratingKeys.
 */
export interface PlexLinks {
  machineIdentifier: string;
  shows: Record<string, string>;
}

/** Reads the links of the shows in the named libraries (titles, as a report lists them). */
export type PlexLinksSource = (libraries: readonly string[], signal?: AbortSignal) => Promise<PlexLinks>;

/** Reads the links from `client`: its identity and one show listing per named show library. */
export async function readPlexLinks(
  client: PlexClient,
  libraries: readonly string[],
  signal?: AbortSignal,
): Promise<PlexLinks> {
  const { machineIdentifier } = await client.identity();
  const sections = (await client.listSections({ ...(signal && { signal }) })).filter(
    (s: LibrarySection) => s.type === 'show' && libraries.includes(s.title),
  );
  const shows: Record<string, string> = {};
  for (const section of sections) {
    for (const show of await client.listShows(section.key, { ...(signal && { signal }) })) {
      const key =
        show.ids.tvdb !== undefined
          ? String(show.ids.tvdb)
          : show.ids.tmdb !== undefined
            ? `tmdb:${show.ids.tmdb}`
            : null;
      if (key) shows[key] = show.ratingKey;
    }
  }
  return { machineIdentifier, shows };
}

/** A links source over the configured Plex server; null when Plex is not set up. */
export function configPlexLinks(config: Config): PlexLinksSource | null {
  const { url, token, insecureTls } = config.plex;
  if (!url || !token) return null;
  const client = createPlexClient({ url, token, insecureTls, version: VERSION, fetch: requestFetch });
  return (libraries, signal) => readPlexLinks(client, libraries, signal);
}
