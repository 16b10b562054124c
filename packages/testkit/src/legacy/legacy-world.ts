import { musicSection } from '../world/music-section.js';
import type { World, WorldEpisode, WorldShow } from '../world/types.js';
import { legacyTmdbShows, legacyTvdbSeries } from './legacy-series.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Episode items of a legacy-agent show: only an agent `guid`, never `Guid` children (api-notes §1.7). */
function episodes(
  key: number,
  folder: string,
  guidOf: (season: number, episode: number) => string,
  pairs: Array<[number, number, string?]>,
): WorldEpisode[] {
  return pairs.map(([season, episode, file], i) => ({
    ratingKey: String(key + i + 1),
    title: `Episode ${episode}`,
    season,
    episode,
    guid: guidOf(season, episode),
    guids: [],
    files: [`/data/${folder}/${folder} - ${file ?? `S${pad(season)}E${pad(episode)}`}.mkv`],
  }));
}

const range = (season: number, from: number, to: number): Array<[number, number]> =>
  Array.from({ length: to - from + 1 }, (_, i) => [season, from + i]);

function legacyShow(
  key: number,
  title: string,
  tvdbId: number,
  pairs: Array<[number, number, string?]>,
): WorldShow {
  return {
    ratingKey: String(key),
    title,
    guid: `com.plexapp.agents.thetvdb://${tvdbId}?lang=en`,
    guids: [],
    episodes: episodes(
      key,
      title,
      (s, e) => `com.plexapp.agents.thetvdb://${tvdbId}/${s}/${e}?lang=en`,
      pairs,
    ),
  };
}

function hamaShow(key: number, title: string, id: string, pairs: Array<[number, number]>): WorldShow {
  return {
    ratingKey: String(key),
    title,
    guid: `com.plexapp.agents.hama://${id}?lang=en`,
    guids: [],
    episodes: episodes(key, title, (s, e) => `com.plexapp.agents.hama://${id}/${s}/${e}?lang=en`, pairs),
  };
}

/**
 * A world of legacy-agent TV libraries (issue 14), with hand-written gaps in {@link legacyWorldExpected}.
 *
 * "TV (TheTVDB)" runs the legacy TheTVDB agent, so it has no `showOrdering` library setting: Harbour Lights is
 * one season of 8 on TVDB but two of 4 on TMDB; Night Shift Diaries overrides its ordering to DVD; Season
 * Pack Show has its first season in one `S01E01-E13` file. "Anime" runs HAMA: Frieren (`tvdb-`, Japanese on
 * TVDB with English translations), Long Arc Anime (`tvdb3-`, absolute episode numbers in TVDB seasons), an
 * AniDB-only show (`anidb-`) and one numbered by story arcs (`tvdb4-`).
 */
export function legacyWorld(): World {
  const legacy = { agent: 'com.plexapp.agents.thetvdb', scanner: 'Plex Series Scanner', language: 'en' };
  const hama = { agent: 'com.plexapp.agents.hama', scanner: 'Absolute Series Scanner', language: 'en' };
  return {
    plex: {
      machineIdentifier: '5b1d8f3c0e6a4f2b9c7d1e0a3f5b7c9d2e4f6a8b',
      friendlyName: 'Legacy Plex',
      version: '1.32.5.7349-8f4248874',
      username: 'legacy-user',
      sections: [
        {
          key: '1',
          title: 'TV (TheTVDB)',
          type: 'show',
          ...legacy,
          // The fake serves no showOrdering setting for legacy agents, whatever this says.
          showOrdering: '',
          shows: [
            legacyShow(1000, 'Harbour Lights', 700001, range(1, 1, 6)),
            { ...legacyShow(1100, 'Night Shift Diaries', 700002, range(1, 1, 5)), showOrdering: 'dvd' },
            legacyShow(1200, 'Season Pack Show', 700003, [
              [1, 1, 'S01E01-E13'],
              [2, 1],
            ]),
          ],
        },
        {
          key: '2',
          title: 'Anime',
          type: 'show',
          ...hama,
          showOrdering: '',
          shows: [
            hamaShow(2000, 'Sousou no Frieren', 'tvdb-424536', range(1, 1, 4)),
            hamaShow(2100, 'Long Arc Anime', 'tvdb3-700005', [...range(1, 1, 4), ...range(2, 5, 7)]),
            hamaShow(2200, 'Only On AniDB', 'anidb-17617', range(1, 1, 3)),
            hamaShow(2300, 'Story Arcs', 'tvdb4-700007', range(1, 1, 2)),
          ],
        },
        musicSection('3'),
      ],
    },
    tmdb: { movies: [], collections: [], shows: legacyTmdbShows() },
    tvdb: { series: legacyTvdbSeries() },
  };
}
