import type { TmdbShow, TvdbEpisode, TvdbSeries } from '../world/types.js';
import {
  abbottTmdb,
  abbottTvdb,
  BREAKING_BAD,
  FIREFLY_AIRED,
  FIREFLY_DVD,
  type Row,
} from './episode-rows.js';

const tvdbList = (rows: Row[], extra: Record<number, Partial<TvdbEpisode>> = {}): TvdbEpisode[] => {
  let absolute = 0;
  return rows.map(([id, seasonNumber, number, name, aired]) => ({
    id,
    name,
    aired,
    seasonNumber,
    number,
    absoluteNumber: seasonNumber === 0 ? 0 : ++absolute,
    ...extra[id],
  }));
};

const tmdbSeasons = (rows: Row[]): TmdbShow['seasons'] =>
  [...new Set(rows.map((r) => r[1]))].map((seasonNumber) => ({
    seasonNumber,
    episodes: rows
      .filter((r) => r[1] === seasonNumber)
      .map(([id, , episodeNumber, name, airDate]) => ({
        id,
        episodeNumber,
        name,
        airDate,
        episodeType: 'standard' as const,
      })),
  }));

/** TVDB series of the small world. */
export const smallTvdbSeries = (today: string): TvdbSeries[] => [
  {
    id: 81189,
    name: 'Breaking Bad',
    status: 'Ended',
    firstAired: '2008-01-20',
    originalLanguage: 'eng',
    imdbId: 'tt0903747',
    tmdbId: 1396,
    episodes: {
      official: tvdbList(BREAKING_BAD, {
        349002: { isMovie: 1 },
        349238: { finaleType: 'season' },
        438909: { finaleType: 'series' },
      }),
    },
  },
  {
    id: 78874,
    name: 'Firefly',
    status: 'Ended',
    firstAired: '2002-09-20',
    originalLanguage: 'eng',
    imdbId: 'tt0303461',
    tmdbId: null,
    episodes: { official: tvdbList(FIREFLY_AIRED), dvd: tvdbList(FIREFLY_DVD) },
  },
  {
    id: 403245,
    name: 'Abbott Elementary',
    status: 'Continuing',
    firstAired: '2021-12-07',
    originalLanguage: 'eng',
    imdbId: 'tt14218830',
    tmdbId: 125935,
    // The special has no English name: the `/eng` listing sends null for it.
    episodes: { official: tvdbList(abbottTvdb(today), { 503401: { nameEng: null } }) },
  },
];

/** TMDB shows (Firefly is deliberately unknown to TMDB). */
export const smallTmdbShows = (today: string): TmdbShow[] => [
  {
    id: 1396,
    name: 'Breaking Bad',
    firstAirDate: '2008-01-20',
    status: 'Ended',
    imdbId: 'tt0903747',
    tvdbId: 81189,
    seasons: tmdbSeasons(BREAKING_BAD.map(([id, ...rest]): Row => [id + 1_000_000, ...rest])),
  },
  {
    id: 125935,
    name: 'Abbott Elementary',
    firstAirDate: '2021-12-07',
    status: 'Returning Series',
    imdbId: 'tt14218830',
    tvdbId: 403245,
    seasons: tmdbSeasons(abbottTmdb(today)),
  },
];
