import {
  type AgentOrdering,
  agentIgnoresShowOrdering,
  agentOrdering,
  type OrderingOrigin,
  type PlanOrdering,
} from './agent-ordering.js';
import type { EpisodeSourceChoice } from './options.js';
import type { EpisodeSourceName, HamaMode, PlexOrdering, TvdbSeasonType } from './types.js';

export type { AgentOrdering, OrderingOrigin, PlanOrdering };

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

/** One way to fetch a show's reference list. `numbering: 'absolute'` keys episodes by their absolute number. */
export type SourceAttempt =
  | { source: 'tvdb'; seasonType: TvdbSeasonType; numbering?: 'absolute' }
  | { source: 'tmdb' };

/** Which source to try first, and which to fall back to (docs/spec.md §3.4, docs/episode-ordering.md). */
export interface SourcePlan {
  /** The ordering that decided (the show's, else the library's, else the agent's). */
  ordering: PlanOrdering;
  /** Where {@link ordering} came from. */
  origin: OrderingOrigin;
  /** Why, in a few words: `show override`, `library setting`, `default of com.plexapp.agents.thetvdb`, … */
  why: string;
  /** Set when the show or library named an ordering we do not know (it is treated as the agent's). */
  unknownOrdering?: string;
  /** Set when the show's numbering cannot be compared with TVDB or TMDB at all (HAMA `anidb-`, `tvdb4-`). */
  notComparable?: string;
  primary: SourceAttempt;
  /** Absent when no other list is numbered like the files (HAMA `tvdb3-`). */
  fallback?: SourceAttempt;
}

/** What the library and its agent say, for {@link planEpisodeSource}. */
export interface LibraryContext {
  /** The section's metadata agent (`tv.plex.agents.series`, `com.plexapp.agents.thetvdb`, …). */
  agent?: string | null;
  /** The show's HAMA GUID mode, for HAMA libraries. */
  hamaMode?: HamaMode;
}

function attempt(source: EpisodeSourceName, ordering: PlanOrdering): SourceAttempt {
  if (source === 'tmdb') return { source };
  if (ordering === 'hamaTvdb3') return { source, seasonType: 'default', numbering: 'absolute' };
  return { source, seasonType: SEASON_TYPES[ordering] };
}

const nonEmpty = (v: PlexOrdering | null | undefined): v is string =>
  typeof v === 'string' && v.trim() !== '';

/**
 * Chooses the reference list of a show: its own `showOrdering` when non-empty, else the
 * library's setting, else what the library's agent implies ({@link agentOrdering}). TVDB orderings read
 * TVDB's matching season type, `tmdbAiring` reads TMDB. `choice` `tvdb`/`tmdb` forces the source (a forced
 * TVDB still uses the DVD or absolute season type when the ordering asks for it). The fallback is the other
 * source (TVDB falls back to its default order), except for HAMA `tvdb3-` numbering, which only TVDB has.
 * A show with a HAMA GUID in a HAMA library follows its GUID mode only: HAMA ignores Plex's orderings.
 */
export function planEpisodeSource(
  showOrdering: PlexOrdering | null | undefined,
  libraryOrdering: PlexOrdering | null | undefined,
  choice: EpisodeSourceChoice = 'auto',
  library: LibraryContext = {},
): SourcePlan {
  const byAgent = agentOrdering(library.agent, library.hamaMode);
  // HAMA numbers a show by its GUID mode and ignores Plex's orderings; a show of a HAMA library without a
  // HAMA GUID (matched by another agent) follows them like any other.
  const hama = agentIgnoresShowOrdering(library.agent) && library.hamaMode !== undefined;
  let raw: string | undefined;
  let origin: OrderingOrigin = 'agent';
  if (!hama && nonEmpty(showOrdering)) [raw, origin] = [showOrdering, 'show'];
  else if (!hama && nonEmpty(libraryOrdering)) [raw, origin] = [libraryOrdering, 'library'];
  const known = normalizeOrdering(raw);
  const agentSays = 'ordering' in byAgent ? byAgent.ordering : DEFAULT_ORDERING;
  const ordering: PlanOrdering = known ?? agentSays;
  if (known === null) origin = 'agent';
  const why = origin === 'show' ? 'show override' : origin === 'library' ? 'library setting' : byAgent.why;
  const source: EpisodeSourceName =
    choice === 'auto' ? (ordering === 'tmdbAiring' ? 'tmdb' : 'tvdb') : choice;
  const other: EpisodeSourceName = source === 'tvdb' ? 'tmdb' : 'tvdb';
  const plan: SourcePlan = { ordering, origin, why, primary: attempt(source, ordering) };
  if (ordering !== 'hamaTvdb3') plan.fallback = attempt(other, ordering);
  if (raw !== undefined && known === null) plan.unknownOrdering = raw;
  if ('notComparable' in byAgent && origin === 'agent') plan.notComparable = byAgent.notComparable;
  return plan;
}
