/** Episode orderings ComPlexionist knows, in Plex's current vocabulary. */
export type NormalizedOrdering = 'tvdbAiring' | 'tvdbDvd' | 'tvdbAbsolute' | 'tmdbAiring';

/** Current and legacy (`aired`, `dvd`, `absolute`; PMS before mid-2024) Plex values → current value. */
const ORDERINGS = new Map<string, NormalizedOrdering>(
  Object.entries({
  tmdbairing: 'tmdbAiring',
  tvdbairing: 'tvdbAiring',
  tvdbdvd: 'tvdbDvd',
  tvdbabsolute: 'tvdbAbsolute',
  aired: 'tvdbAiring',
  dvd: 'tvdbDvd',
  absolute: 'tvdbAbsolute',
  }) as [string, NormalizedOrdering][],
);

/**
 * Maps a Plex `showOrdering` value, current or legacy, to the current vocabulary. Matching ignores case and
 * surrounding blanks. Returns null for an empty, missing or unknown value ("use the library default").
 *
 * @example normalizeOrdering('aired') // 'tvdbAiring'
 */
export function normalizeOrdering(value: string | null | undefined): NormalizedOrdering | null {
  if (typeof value !== 'string') return null;
  return ORDERINGS.get(value.trim().toLowerCase()) ?? null;
}
