import type { Config } from '@complexionist/config';
import type { LibrarySection } from '@complexionist/core';
import { requestFetch } from '@complexionist/http';
import { createPlexClient, type PlexClient } from '@complexionist/plex';
import { VERSION } from '../version.js';

/**
 * Where the page's "Plex" links point: the server's machine identifier, the `ratingKey` of each show in Plex
 * by the id the ignore list uses (`81189`, `tmdb:1396`), and of each film by its TMDB id (`348`; films Plex
 * knows only by IMDb id are left out). Additive to the server's API: core's reports do not carry ratingKeys.
 */
export interface PlexLinks {
  machineIdentifier: string;
  shows: Record<string, string>;
  movies: Record<string, string>;
}

/** Reads the links of the shows and films in the named libraries (titles, as a report lists them). */
export type PlexLinksSource = (libraries: readonly string[], signal?: AbortSignal) => Promise<PlexLinks>;

/** Reads the links from `client`: its identity and one listing per named show or movie library. */
export async function readPlexLinks(
  client: PlexClient,
  libraries: readonly string[],
  signal?: AbortSignal,
): Promise<PlexLinks> {
  const { machineIdentifier } = await client.identity();
  const sections = (await client.listSections({ ...(signal && { signal }) })).filter((s: LibrarySection) =>
    libraries.includes(s.title),
  );
  const shows: Record<string, string> = {};
  const movies: Record<string, string> = {};
  for (const section of sections.filter((s) => s.type === 'movie')) {
    for (const movie of await client.listMovies(section.key, { ...(signal && { signal }) })) {
      // A film in two libraries (e.g. a 4K copy) links to the first one Plex lists.
      if (movie.ids.tmdb !== undefined) movies[String(movie.ids.tmdb)] ??= movie.ratingKey;
    }
  }
  for (const section of sections.filter((s) => s.type === 'show')) {
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
  return { machineIdentifier, shows, movies };
}

/** A links source over the configured Plex server; null when Plex is not set up. */
export function configPlexLinks(config: Config): PlexLinksSource | null {
  const { url, token, insecureTls } = config.plex;
  if (!url || !token) return null;
  const client = createPlexClient({ url, token, insecureTls, version: VERSION, fetch: requestFetch });
  return (libraries, signal) => readPlexLinks(client, libraries, signal);
}
