import type { HamaMode } from './types.js';

/** The orderings ComPlexionist compares with: Plex's four, plus HAMA's `tvdb3` numbering. */
export type PlanOrdering = 'tvdbAiring' | 'tvdbDvd' | 'tvdbAbsolute' | 'tmdbAiring' | 'hamaTvdb3';

/** Where the ordering of a show came from (docs/episode-ordering.md). */
export type OrderingOrigin = 'show' | 'library' | 'agent';

/** What a library's agent says about a show's numbering when neither the show nor the library does. */
export type AgentOrdering =
  | { ordering: PlanOrdering; why: string }
  /** HAMA modes whose numbering TVDB cannot reproduce (`anidb-`, `tvdb4-`). */
  | { notComparable: string; why: string };

/** Plex's new TV agent. */
export const NEW_TV_AGENT = 'tv.plex.agents.series';
/** The legacy TheTVDB agent (numbered by TVDB aired order, or the show's own aired/dvd/absolute). */
export const LEGACY_TVDB_AGENT = 'com.plexapp.agents.thetvdb';
/** The legacy TheTVDB agent's DVD-order twin. */
export const LEGACY_TVDB_DVD_AGENT = 'com.plexapp.agents.thetvdbdvd';
/** HAMA, the common anime agent: its numbering is the mode its GUID names. */
export const HAMA_AGENT = 'com.plexapp.agents.hama';

/** True when the agent ignores Plex's per-show episode ordering (HAMA does, api-notes §8.4.1). */
export function agentIgnoresShowOrdering(agent: string | null | undefined): boolean {
  return agent?.trim().toLowerCase() === HAMA_AGENT;
}

const HAMA: Record<HamaMode, AgentOrdering> = {
  tvdb: { ordering: 'tvdbAiring', why: 'HAMA tvdb- GUID (TVDB seasons and episodes)' },
  tvdb2: {
    ordering: 'tvdbAiring',
    why: 'HAMA tvdb2- GUID (TVDB seasons, episode numbers reset each season)',
  },
  tvdb3: { ordering: 'hamaTvdb3', why: 'HAMA tvdb3- GUID (TVDB seasons, absolute episode numbers)' },
  tvdb4: {
    notComparable: 'its HAMA tvdb4- GUID numbers seasons by story arcs from a custom mapping',
    why: 'HAMA tvdb4- GUID (custom arc seasons)',
  },
  anidb: {
    notComparable: 'it is matched only to AniDB (HAMA anidb- GUID), whose numbering TVDB cannot reproduce',
    why: 'HAMA anidb- GUID (AniDB numbering)',
  },
  // HAMA's tmdb-/imdb- ids still name TVDB-style seasons (assumption, see docs/episode-ordering.md).
  tmdb: { ordering: 'tvdbAiring', why: 'HAMA tmdb- GUID (assumed TVDB seasons)' },
  imdb: { ordering: 'tvdbAiring', why: 'HAMA imdb- GUID (assumed TVDB seasons)' },
};

/**
 * The ordering a library's agent implies when the library has no `showOrdering` setting (issue 14): the new
 * agent and unknown agents → `tmdbAiring` (Plex's default); legacy TheTVDB → TVDB aired (its DVD twin → TVDB
 * DVD); HAMA → the mode of the show's GUID (a show without a HAMA GUID → TVDB aired).
 */
export function agentOrdering(agent: string | null | undefined, hamaMode?: HamaMode): AgentOrdering {
  const name = agent?.trim().toLowerCase() ?? '';
  if (name === HAMA_AGENT && hamaMode !== undefined) return HAMA[hamaMode];
  if (name === HAMA_AGENT) return { ordering: 'tvdbAiring', why: `default of ${HAMA_AGENT} (TVDB aired)` };
  if (name === LEGACY_TVDB_AGENT) return { ordering: 'tvdbAiring', why: `default of ${LEGACY_TVDB_AGENT}` };
  if (name === LEGACY_TVDB_DVD_AGENT)
    return { ordering: 'tvdbDvd', why: `default of ${LEGACY_TVDB_DVD_AGENT}` };
  return { ordering: 'tmdbAiring', why: `default of ${name || 'Plex'} (The Movie Database, aired)` };
}
