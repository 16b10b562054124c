import { normalizeShowKey } from '@complexionist/core';

/** The four ignore lists of docs/spec.md §6. */
export type IgnoreKind = 'collections' | 'movies' | 'shows' | 'episodes';

/** Every {@link IgnoreKind}, in the order `ignore list` prints them. */
export const IGNORE_KINDS: readonly IgnoreKind[] = ['collections', 'movies', 'shows', 'episodes'];

const pad = (n: string): string => String(Number(n)).padStart(2, '0');

/**
 * Checks and normalises one ignore-list value, or returns null when it is not valid:
 * collections and movies take TMDB ids (`603` → `603`); shows take TVDB ids or `tmdb:N`
 * (`tvdb:81189` → `"81189"`); episodes take `<show>:S01E02` (`tmdb:1396:s1e2` → `"tmdb:1396:S01E02"`).
 * Normalising keeps the lists free of duplicates written two ways.
 */
export function normalizeIgnoreValue(kind: IgnoreKind, value: unknown): string | number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (kind === 'collections' || kind === 'movies') {
    return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
  }
  if (kind === 'shows') return normalizeShowKey(text);
  const m = /^(.+?)\s*:\s*s(\d+)\s*e(\d+)$/i.exec(text);
  const show = m?.[1] ? normalizeShowKey(m[1]) : null;
  return show && m?.[2] && m[3] ? `${show}:S${pad(m[2])}E${pad(m[3])}` : null;
}
