import type { ExpectedCollectionGap, ExpectedShowGap, ExpectedUnmatched } from './expected-types.js';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Expected collections: by name, then TMDB id. */
export const byCollection = (a: ExpectedCollectionGap, b: ExpectedCollectionGap): number =>
  cmp(a.name, b.name) || a.tmdbId - b.tmdbId;

/** Expected shows: by title, then TVDB id, then TMDB id. */
export const byShow = (a: ExpectedShowGap, b: ExpectedShowGap): number =>
  cmp(a.title, b.title) || (a.tvdbId ?? 0) - (b.tvdbId ?? 0) || (a.tmdbId ?? 0) - (b.tmdbId ?? 0);

/** Unmatched items: by library, then title, then ratingKey. */
export const byUnmatched = (a: ExpectedUnmatched, b: ExpectedUnmatched): number =>
  cmp(a.library, b.library) || cmp(a.title, b.title) || cmp(a.ratingKey, b.ratingKey);
