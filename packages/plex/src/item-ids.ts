import type { ExternalIds, HamaMode } from '@complexionist/core';
import { parsePlexGuid } from './guid.js';

/** The ids of one Plex item, plus any TVDB ids that disagree with the chosen one. */
export interface ItemIds {
  ids: ExternalIds;
  /**
   * Distinct TVDB ids found after the first (docs/spec.md §3.2: the first wins, the rest are warned about).
   */
  conflictingTvdbIds: number[];
  /** The numbering mode of a HAMA `guid` (`tvdb`, `tvdb3`, `anidb`, …); absent for other agents. */
  hamaMode?: HamaMode;
}

/**
 * Combines an item's `Guid[]` children (new agents) and its `guid` attribute (legacy agents) into one set of
 * external ids. `Guid` children come first and the first id of each kind wins; the legacy `guid` only fills
 * kinds the children lack. Season/episode tails of legacy GUIDs are dropped here.
 */
export function idsFromGuids(guid: string | undefined, children: readonly string[] = []): ItemIds {
  const found: ItemIds = { ids: {}, conflictingTvdbIds: [] };
  for (const child of children) absorb(found, child);
  if (guid !== undefined) absorb(found, guid);
  return found;
}

/** Adds the ids of one GUID to `found`, keeping the first id of each kind. */
function absorb(found: ItemIds, source: string): void {
  const { ids, conflictingTvdbIds } = found;
  const parsed = parsePlexGuid(source);
  if (parsed.hamaMode !== undefined) found.hamaMode ??= parsed.hamaMode;
  if (parsed.tvdb !== undefined) {
    if (ids.tvdb === undefined) ids.tvdb = parsed.tvdb;
    else if (parsed.tvdb !== ids.tvdb && !conflictingTvdbIds.includes(parsed.tvdb)) {
      conflictingTvdbIds.push(parsed.tvdb);
    }
  }
  if (parsed.tmdb !== undefined) ids.tmdb ??= parsed.tmdb;
  if (parsed.imdb !== undefined) ids.imdb ??= parsed.imdb;
  if (parsed.anidb !== undefined) ids.anidb ??= parsed.anidb;
}
