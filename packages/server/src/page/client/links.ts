/**
 * Links out of the page (TMDB, TVDB, IMDb) and TMDB posters. Every id is a number or checked before it goes
 * into a URL, and the HTML is escaped, so a report cannot inject markup or another origin.
 */
import type { MissingMovie, ShowGap } from '@complexionist/core';

/** TMDB's small poster size: crisp in a 140 px card, about 15 KB each. */
export const POSTER_BASE = 'https://image.tmdb.org/t/p/w185';

const escAttr = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** One external link; opens in a new tab without giving it this page (`noopener`) or its URL (`noreferrer`). */
function link(href: string, text: string, label: string): string {
  return `<a class="ext" href="${escAttr(href)}" target="_blank" rel="noopener noreferrer" aria-label="${escAttr(
    `${label} on ${text}`,
  )}">${text}</a>`;
}

/** The TMDB page of a film. */
export function movieLinks(movie: Pick<MissingMovie, 'tmdbId' | 'title'>): string {
  return `<span class="links">${link(`https://www.themoviedb.org/movie/${Number(movie.tmdbId)}`, 'TMDB', movie.title)}</span>`;
}

/** The TMDB page of a collection. */
export function collectionLinks(collection: { tmdbId: number; name: string }): string {
  return `<span class="links">${link(
    `https://www.themoviedb.org/collection/${Number(collection.tmdbId)}`,
    'TMDB',
    collection.name,
  )}</span>`;
}

/** The app.plex.tv page of an item of the server `machineIdentifier`. */
export function plexItemUrl(machineIdentifier: string, ratingKey: string): string {
  const key = encodeURIComponent(`/library/metadata/${ratingKey}`);
  return `https://app.plex.tv/desktop/#!/server/${encodeURIComponent(machineIdentifier)}/details?key=${key}`;
}

/** The show in Plex (when known: `/api/plex/links`), then its TVDB, TMDB and IMDb pages, for the ids it has. */
export function showLinks(
  show: Pick<ShowGap, 'tvdbId' | 'tmdbId' | 'imdbId' | 'title'>,
  plexHref?: string | null,
): string {
  const out: string[] = [];
  if (plexHref) out.push(link(plexHref, 'Plex', show.title));
  if (show.tvdbId !== null)
    out.push(link(`https://thetvdb.com/dereferrer/series/${Number(show.tvdbId)}`, 'TVDB', show.title));
  if (show.tmdbId !== null)
    out.push(link(`https://www.themoviedb.org/tv/${Number(show.tmdbId)}`, 'TMDB', show.title));
  if (show.imdbId && /^tt\d+$/.test(show.imdbId))
    out.push(link(`https://www.imdb.com/title/${show.imdbId}/`, 'IMDb', show.title));
  return out.length > 0 ? `<span class="links">${out.join('')}</span>` : '';
}

/**
 * A film's poster box: a fixed 2:3 placeholder naming the film (so nothing moves while images load), with the TMDB poster
 * loaded lazily on top when the report has one. The list view hides the box, and a hidden lazy image is never
 * fetched.
 */
export function posterHtml(movie: Pick<MissingMovie, 'posterPath' | 'title'>): string {
  const path = movie.posterPath;
  const img =
    path && /^\/[\w.-]+$/.test(path)
      ? `<img src="${POSTER_BASE}${escAttr(path)}" alt="" loading="lazy" decoding="async" width="185" height="278">`
      : '';
  return `<span class="poster" aria-hidden="true"><span class="ph">${escAttr(movie.title)}</span>${img}</span>`;
}
