/**
 * The "You own:" line of a collection: the films of it the user has (`ownedMovies` of the report), each linking
 * to the film in Plex when `/api/plex/links` knows its ratingKey, and to its TMDB page.
 */
import type { CollectionGap } from '@complexionist/core';
import { movieLinks, plexItemUrl } from './links.js';
import { esc } from './render.js';

/** One owned film as the page shows it. */
export interface OwnedFilmView {
  tmdbId: number;
  /** `Alien (1979)`, or the title alone without a year. */
  label: string;
  /** The film in Plex, or null when its ratingKey (or the server) is not known. */
  plexHref: string | null;
}

/** Where the films are in Plex: the server and the ratingKey of each film by TMDB id. */
export interface PlexFilms {
  machineIdentifier: string | null;
  movies?: Record<string, string>;
}

/** The owned films of `collection`, oldest first (as the report lists them), with their Plex pages. */
export function ownedFilms(collection: Pick<CollectionGap, 'ownedMovies'>, plex: PlexFilms): OwnedFilmView[] {
  return (collection.ownedMovies ?? []).map((movie) => {
    const ratingKey = plex.movies?.[String(movie.tmdbId)];
    return {
      tmdbId: movie.tmdbId,
      label: movie.year ? `${movie.title} (${movie.year})` : movie.title,
      plexHref: plex.machineIdentifier && ratingKey ? plexItemUrl(plex.machineIdentifier, ratingKey) : null,
    };
  });
}

/** The line's HTML; empty for a report without `ownedMovies` (saved before the field existed) or none owned. */
export function ownedFilmsHtml(films: readonly OwnedFilmView[]): string {
  if (films.length === 0) return '';
  const items = films.map((film) => {
    const name = film.plexHref
      ? `<a class="plex" href="${esc(film.plexHref)}" target="_blank" rel="noopener" title="Open ${esc(
          film.label,
        )} in Plex">${esc(film.label)}</a>`
      : `<span class="title">${esc(film.label)}</span>`;
    return `<li>${name}${movieLinks({ tmdbId: film.tmdbId, title: film.label })}</li>`;
  });
  return `<div class="owned"><span class="muted">You own:</span><ul>${items.join('')}</ul></div>`;
}
