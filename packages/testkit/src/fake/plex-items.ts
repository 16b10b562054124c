import { plexGuid } from '../guids.js';
import type { WorldMovie, WorldSection, WorldShow } from '../world/types.js';

/** A Plex metadata item as JSON would carry it (XML uses the same attributes). */
export type PlexObject = Record<string, unknown>;

const ADDED_AT = 1_700_000_000;

/** Numbering for Media/Part ids, unique within one fake server. */
export interface IdSource {
  next(): number;
}

function media(files: readonly string[], ids: IdSource, duration: number): PlexObject[] {
  const mediaId = ids.next();
  const parts = files.map((file) => {
    const id = ids.next();
    const container = file.slice(file.lastIndexOf('.') + 1) || 'mkv';
    return {
      id,
      key: `/library/parts/${id}/${ADDED_AT}/file.${container}`,
      duration,
      file,
      size: 1_073_741_824,
      container,
    };
  });
  return [{ id: mediaId, duration, videoResolution: '1080', container: 'mkv', Part: parts }];
}

function guidList(guids: readonly string[]): PlexObject[] {
  return guids.map((id) => ({ id }));
}

/** A movie item of a `type=1` listing. `Guid` is kept apart so listings can omit it. */
export function movieItem(movie: WorldMovie, ids: IdSource): { item: PlexObject; guids: PlexObject[] } {
  const item: PlexObject = {
    ratingKey: movie.ratingKey,
    key: `/library/metadata/${movie.ratingKey}`,
    guid: movie.guid,
    type: 'movie',
    title: movie.title,
    ...(movie.year === undefined ? {} : { year: movie.year }),
    ...(movie.originallyAvailableAt ? { originallyAvailableAt: movie.originallyAvailableAt } : {}),
    addedAt: ADDED_AT,
    updatedAt: ADDED_AT,
    duration: 7_200_000,
    Media: media(movie.files, ids, 7_200_000),
  };
  return { item, guids: guidList(movie.guids) };
}

function seasonsOf(show: WorldShow): Set<number> {
  return new Set(show.episodes.flatMap((e) => (e.season === undefined ? [] : [e.season])));
}

/** A show item of a `type=2` listing; `showOrdering` appears only when the show overrides the default. */
export function showItem(show: WorldShow): { item: PlexObject; guids: PlexObject[] } {
  const item: PlexObject = {
    ratingKey: show.ratingKey,
    key: `/library/metadata/${show.ratingKey}/children`,
    guid: show.guid,
    type: 'show',
    title: show.title,
    ...(show.year === undefined ? {} : { year: show.year }),
    // Absent means "library default"; real servers also send "" for that (api-notes §7.1).
    ...(show.showOrdering === undefined ? {} : { showOrdering: show.showOrdering }),
    ...(show.flattenSeasons ? { flattenSeasons: '1' } : {}),
    index: 1,
    childCount: seasonsOf(show).size,
    leafCount: show.episodes.length,
    viewedLeafCount: 0,
    addedAt: ADDED_AT,
    updatedAt: ADDED_AT,
  };
  return { item, guids: guidList(show.guids) };
}

/** Every episode item of one show for a `type=4` listing, with season keys derived from the show. */
export function episodeItems(
  show: WorldShow,
  showNumber: number,
  ids: IdSource,
): { item: PlexObject; guids: PlexObject[] }[] {
  return show.episodes.map((ep, i) => {
    const seasonKey =
      ep.season === undefined ? undefined : String(900_000_000 + showNumber * 1000 + ep.season);
    const parent: PlexObject =
      seasonKey === undefined || show.flattenSeasons
        ? {}
        : {
            parentRatingKey: seasonKey,
            parentKey: `/library/metadata/${seasonKey}`,
            parentGuid: plexGuid('season', Number(seasonKey)),
            parentTitle: ep.season === 0 ? 'Specials' : `Season ${ep.season}`,
          };
    const item: PlexObject = {
      ratingKey: ep.ratingKey,
      key: `/library/metadata/${ep.ratingKey}`,
      guid: ep.guid ?? plexGuid('episode', Number(ep.ratingKey) || i),
      type: 'episode',
      title: ep.title,
      grandparentRatingKey: show.ratingKey,
      grandparentKey: `/library/metadata/${show.ratingKey}`,
      grandparentGuid: show.guid,
      grandparentTitle: show.title,
      ...parent,
      ...(ep.season === undefined ? {} : { parentIndex: ep.season }),
      ...(ep.episode === undefined ? {} : { index: ep.episode }),
      ...(ep.originallyAvailableAt
        ? {
            originallyAvailableAt: ep.originallyAvailableAt,
            year: Number(ep.originallyAvailableAt.slice(0, 4)),
          }
        : {}),
      ...(show.flattenSeasons ? { skipParent: true } : {}),
      addedAt: ADDED_AT,
      updatedAt: ADDED_AT,
      duration: 2_700_000,
      Media: media(ep.files, ids, 2_700_000),
    };
    return { item, guids: guidList(ep.guids) };
  });
}

/** The section's `/prefs` settings (the `showOrdering` one only for show sections). */
export function sectionSettings(section: WorldSection): PlexObject[] {
  const common = { hidden: false, advanced: false, group: '' };
  if (section.type !== 'show') {
    return [
      {
        id: 'enableCinemaTrailers',
        label: 'Enable Cinema Trailers',
        summary: '',
        type: 'bool',
        default: true,
        value: true,
        ...common,
      },
    ];
  }
  // Legacy agents (com.plexapp.agents.thetvdb, …hama) have no showOrdering library setting; these are the
  // show-library prefs python-plexapi documents for them (api-notes §8.4.1).
  if (section.agent.startsWith('com.plexapp.agents.')) {
    const setting = (id: string, label: string, type: string, value: string, enumValues?: string) => ({
      id,
      label,
      summary: '',
      type,
      default: value,
      value,
      ...(enumValues ? { enumValues } : {}),
      ...common,
    });
    return [
      setting('episodeSort', 'Episode sorting', 'int', '0', '0:Oldest first|1:Newest first'),
      setting('flattenSeasons', 'Seasons', 'int', '0', '0:Show|1:Hide'),
      setting('includeInGlobal', 'Include in dashboard', 'bool', 'true'),
      setting('enableBIFGeneration', 'Enable video preview thumbnails', 'bool', 'true'),
    ];
  }
  return [
    {
      id: 'showOrdering',
      label: 'Episode ordering',
      summary: 'How the episodes are named on disk.',
      type: 'text',
      default: 'tmdbAiring',
      value: section.showOrdering,
      enumValues:
        'tmdbAiring:The Movie Database (Aired)|tvdbAiring:TheTVDB (Aired)|tvdbDvd:TheTVDB (DVD)|tvdbAbsolute:TheTVDB (Absolute)',
      ...common,
    },
    {
      id: 'episodeSort',
      label: 'Episode sorting',
      summary: '',
      type: 'int',
      default: 0,
      value: 0,
      ...common,
    },
  ];
}
