import type { ExternalIds } from '@complexionist/core';
import type { DemoData } from '@complexionist/core/demo';
import type { FakeSection } from './fake-pms.js';
import { type PlexItemJson, plexEpisode, plexMovie, plexShow } from './plex-fixtures.js';

/** Ids → the `Guid` children a new-agent item would carry (AniDB ids only exist as HAMA guids). */
function guidsOf(ids: ExternalIds, extraTvdb: number[] = []): { guids: string[]; guid?: string } {
  const guids = [
    ...(ids.imdb ? [`imdb://${ids.imdb}`] : []),
    ...(ids.tmdb ? [`tmdb://${ids.tmdb}`] : []),
    ...(ids.tvdb ? [`tvdb://${ids.tvdb}`] : []),
    ...extraTvdb.map((id) => `tvdb://${id}`),
  ];
  return ids.anidb ? { guids, guid: `com.plexapp.agents.hama://anidb-${ids.anidb}?lang=en` } : { guids };
}

/** Core's demo library (domain shapes) as the sections of a fake PMS (Plex wire shapes). */
export function demoSections(data: DemoData): FakeSection[] {
  return data.sections.map((section) => {
    const items: PlexItemJson[] = [
      ...data.movies
        .filter((m) => m.sectionKey === section.key)
        .map((m) =>
          plexMovie({
            ratingKey: m.ratingKey,
            title: m.title,
            ...optional('year', m.year),
            ...guidsOf(m.ids),
          }),
        ),
      ...data.shows
        .filter((s) => s.sectionKey === section.key)
        .map((s) =>
          plexShow({
            ratingKey: s.ratingKey,
            title: s.title,
            ...optional('year', s.year),
            ...optional('showOrdering', s.ordering),
            ...guidsOf(s.ids, s.conflictingTvdbIds),
          }),
        ),
    ];
    const showKeys = new Set(data.shows.filter((s) => s.sectionKey === section.key).map((s) => s.ratingKey));
    data.episodes.forEach((e, i) => {
      if (!showKeys.has(e.showRatingKey)) return;
      items.push(
        plexEpisode({
          ratingKey: `9${i}`,
          show: e.showRatingKey,
          ...optional('season', e.season),
          ...optional('episode', e.episode),
          files: e.files,
          guids: guidsOf(e.ids).guids,
        }),
      );
    });
    const ordering = data.defaultOrderings[section.key];
    return {
      key: section.key,
      title: section.title,
      type: section.type === 'other' ? 'artist' : section.type,
      ...optional('agent', section.agent),
      items,
      ...(ordering ? { prefs: [{ id: 'showOrdering', value: ordering, default: 'tmdbAiring' }] } : {}),
    };
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
