import type { ExpectedEpisodes, ExpectedMissingEpisode } from '../world/expected-types.js';
import { FRIEREN, HARBOUR_LIGHTS, NIGHT_SHIFT_AIRED } from './legacy-series.js';

const missing = (season: number, episode: number, title: string, aired: string): ExpectedMissingEpisode => ({
  season,
  episode,
  title,
  aired,
});

/**
 * The gaps of {@link legacyWorld} with `language: en`, written by hand: every show compared in the numbering
 * its agent uses (TVDB), Frieren's missing episodes with their English TVDB names, and the AniDB-only and
 * arc-numbered shows unmatched, never missing.
 */
export const legacyWorldExpected: ExpectedEpisodes = {
  shows: [
    {
      title: 'Harbour Lights',
      tvdbId: 700001,
      tmdbId: 900001,
      source: 'tvdb',
      ordering: 'tvdbAiring',
      missingCount: 2,
      seasons: [
        {
          season: 1,
          missing: [
            missing(1, 7, 'Lighthouse Keeper', HARBOUR_LIGHTS[6]![4]),
            missing(1, 8, 'Spring Tide', HARBOUR_LIGHTS[7]![4]),
          ],
        },
      ],
    },
    {
      title: 'Long Arc Anime',
      tvdbId: 700005,
      tmdbId: null,
      source: 'tvdb',
      ordering: 'hamaTvdb3',
      missingCount: 1,
      seasons: [{ season: 2, missing: [missing(2, 8, 'Arc Chapter 8', '2021-05-21')] }],
    },
    {
      title: 'Night Shift Diaries',
      tvdbId: 700002,
      tmdbId: null,
      source: 'tvdb',
      ordering: 'tvdbDvd',
      missingCount: 1,
      // DVD order: the aired third episode comes sixth.
      seasons: [{ season: 1, missing: [missing(1, 6, 'The Long Night', NIGHT_SHIFT_AIRED[2]![4])] }],
    },
    {
      title: 'Season Pack Show',
      tvdbId: 700003,
      tmdbId: null,
      source: 'tvdb',
      ordering: 'tvdbAiring',
      missingCount: 2,
      seasons: [
        {
          season: 2,
          missing: [missing(2, 2, 'Reckoning', '2013-01-14'), missing(2, 3, 'Rest', '2013-01-21')],
        },
      ],
    },
    {
      title: 'Sousou no Frieren',
      tvdbId: 424536,
      tmdbId: 209867,
      source: 'tvdb',
      ordering: 'tvdbAiring',
      missingCount: 4,
      seasons: [{ season: 1, missing: FRIEREN.slice(4).map((r) => missing(1, r[2], r[5]!, r[4])) }],
    },
  ],
  unmatched: [
    { title: 'Only On AniDB', ratingKey: '2200', library: 'Anime' },
    { title: 'Story Arcs', ratingKey: '2300', library: 'Anime' },
  ],
};
