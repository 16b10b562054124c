import type { EpisodeSourceChoice } from './options.js';
import type { EpisodeSourceName, PlexOrdering, TvdbSeasonType } from './types.js';

/** The four orderings Plex knows, in their current spelling. */
export type NormalizedOrdering = 'tvdbAiring' | 'tvdbDvd' | 'tvdbAbsolute' | 'tmdbAiring';

/** Plex's own default for TV libraries. */
export const DEFAULT_ORDERING: NormalizedOrdering = 'tmdbAiring';

const ORDERINGS: ReadonlyMap<string, NormalizedOrdering> = new Map<string, NormalizedOrdering>([
  ['tvdbairing', 'tvdbAiring'],
  ['aired', 'tvdbAiring'],
  ['tvdbdvd', 'tvdbDvd'],
  ['dvd', 'tvdbDvd'],
  ['tvdbabsolute', 'tvdbAbsolute'],
  ['absolute', 'tvdbAbsolute'],
  ['tmdbairing', 'tmdbAiring'],
]);

const SEASON_TYPES: Record<NormalizedOrdering, TvdbSeasonType> = {
  tvdbAiring: 'default',
  tvdbDvd: 'dvd',
  tvdbAbsolute: 'absolute',
  tmdbAiring: 'default',
};

/** Maps both vocabularies of Plex (`aired`/`tvdbAiring`, `dvd`/`tvdbDvd`, …) to the current one; null if unknown. */
export function normalizeOrdering(value: PlexOrdering | null | undefined): NormalizedOrdering | null {
  if (typeof value !== 'string') return null;
  // A Map, not an object: `constructor` or `__proto__` must not match an inherited property.
  return ORDERINGS.get(value.trim().toLowerCase()) ?? null;
}

/** One way to fetch a show's reference list. */
export type SourceAttempt = { source: 'tvdb'; seasonType: TvdbSeasonType } | { source: 'tmdb' };

/** Which source to try first, and which to fall back to (spec §3.4). */
export interface SourcePlan {
  /** The ordering that decided (the show's, else the library's, else Plex's default). */
  ordering: NormalizedOrdering;
  /** Set when the show or library named an ordering we do not know (it is treated as the default). */
  unknownOrdering?: string;
  primary: SourceAttempt;
  fallback: SourceAttempt;
}

function attempt(source: EpisodeSourceName, ordering: NormalizedOrdering): SourceAttempt {
  return source === 'tvdb' ? { source, seasonType: SEASON_TYPES[ordering] } : { source };
}

/**
 * Chooses the reference list of a show: its own `showOrdering` when non-empty, else the library default,
 * else `tmdbAiring`. TVDB orderings read TVDB's matching season type, `tmdbAiring` reads TMDB. `choice`
 * `tvdb`/`tmdb` forces the source (a forced TVDB still uses the DVD or absolute season type when the show's
 * ordering asks for it). The fallback is always the other source (TVDB falls back to its default order).
 */
export function planEpisodeSource(
  showOrdering: PlexOrdering | null | undefined,
  libraryOrdering: PlexOrdering | null | undefined,
  choice: EpisodeSourceChoice = 'auto',
): SourcePlan {
  const raw = [showOrdering, libraryOrdering].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const known = normalizeOrdering(raw);
  const ordering = known ?? DEFAULT_ORDERING;
  const source: EpisodeSourceName =
    choice === 'auto' ? (ordering === 'tmdbAiring' ? 'tmdb' : 'tvdb') : choice;
  const other: EpisodeSourceName = source === 'tvdb' ? 'tmdb' : 'tvdb';
  const plan: SourcePlan = {
    ordering,
    primary: attempt(source, ordering),
    fallback: attempt(other, ordering),
  };
  if (raw !== undefined && known === null) plan.unknownOrdering = raw;
  return plan;
}
