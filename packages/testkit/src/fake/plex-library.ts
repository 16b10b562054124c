import type { World, WorldSection } from '../world/types.js';
import { episodeItems, type IdSource, movieItem, type PlexObject, showItem } from './plex-items.js';

/** One listed item, with its JSON text built on first use (with and without `Guid`). */
export interface ListedItem {
  item: PlexObject;
  guids: PlexObject[];
  json?: string;
  jsonWithGuids?: string;
}

/** Plex listing type numbers (api-notes §1.5). */
export type PlexListType = 1 | 2 | 4;

/**
 * The fake server's view of the library: sections by key and item listings built lazily per
 * (section, type), so a 50,000-episode world costs nothing until a client asks for it.
 */
export function createPlexLibrary(world: World) {
  const sections = new Map<string, WorldSection>(world.plex.sections.map((s) => [s.key, s]));
  const listings = new Map<string, ListedItem[]>();
  const showNumbers = new Map(
    world.plex.sections.flatMap((s) => (s.type === 'show' ? s.shows : [])).map((show, i) => [show, i]),
  );
  let counter = 100_000;
  const ids: IdSource = { next: () => ++counter };

  const build = (section: WorldSection, type: PlexListType): ListedItem[] => {
    if (section.type === 'movie') return type === 1 ? section.movies.map((m) => movieItem(m, ids)) : [];
    if (section.type !== 'show') return [];
    if (type === 2) return section.shows.map((s) => showItem(s));
    if (type !== 4) return [];
    return section.shows.flatMap((show) => episodeItems(show, showNumbers.get(show) ?? 0, ids));
  };

  return {
    section: (key: string): WorldSection | undefined => sections.get(key),
    /** Items of a section listing, in world order. */
    items(section: WorldSection, type: PlexListType): ListedItem[] {
      const cacheKey = `${section.key}/${type}`;
      let items = listings.get(cacheKey);
      if (!items) {
        items = build(section, type);
        listings.set(cacheKey, items);
      }
      return items;
    },
  };
}

/** JSON text of one listed item; `Guid` only when asked for and present. */
export function itemJson(entry: ListedItem, includeGuids: boolean): string {
  if (includeGuids && entry.guids.length > 0) {
    entry.jsonWithGuids ??= JSON.stringify({ ...entry.item, Guid: entry.guids });
    return entry.jsonWithGuids;
  }
  entry.json ??= JSON.stringify(entry.item);
  return entry.json;
}
