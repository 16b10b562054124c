import type { TmdbShow, TvdbEpisode, TvdbSeries } from '../world/types.js';

/** id, season, episode, original name, air date, English name (for a series in another language). */
type Row = [id: number, season: number, episode: number, name: string, aired: string, english?: string];

const tvdbList = (rows: Row[]): TvdbEpisode[] => {
  let absolute = 0;
  return rows.map(([id, seasonNumber, number, name, aired, english]) => ({
    id,
    name,
    aired,
    seasonNumber,
    number,
    absoluteNumber: seasonNumber === 0 ? 0 : ++absolute,
    ...(english === undefined ? {} : { nameEng: english }),
  }));
};

const weekly = (first: string, n: number): string => {
  const day = new Date(`${first}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7 * n);
  return day.toISOString().slice(0, 10);
};

/** Harbour Lights: one TVDB season of 8; TMDB splits it into two seasons of 4. */
export const HARBOUR_LIGHTS: Row[] = [
  'Arrival',
  'Low Tide',
  'Fog Bank',
  'Signal Fire',
  'The Wreck',
  'Salvage',
  'Lighthouse Keeper',
  'Spring Tide',
].map((name, i): Row => [710001 + i, 1, i + 1, name, weekly('2019-03-04', i)]);

/** Night Shift Diaries in aired order; its DVD order puts the third episode last. */
export const NIGHT_SHIFT_AIRED: Row[] = [
  'Graveyard',
  'Code Blue',
  'The Long Night',
  'Handover',
  'Rounds',
  'Dawn',
].map((name, i): Row => [720001 + i, 1, i + 1, name, weekly('2016-10-03', i)]);
const DVD_IDS = [720001, 720002, 720004, 720005, 720006, 720003];
const NIGHT_SHIFT_DVD: Row[] = DVD_IDS.map((id, i): Row => {
  const row = NIGHT_SHIFT_AIRED.find((r) => r[0] === id)!;
  return [id, 1, i + 1, row[3], row[4]];
});

/** Season Pack Show: a 13-episode first season (owned as one whole-season file) and a second of 3. */
const SEASON_PACK: Row[] = [
  ...Array.from(
    { length: 13 },
    (_, i): Row => [730001 + i, 1, i + 1, `Part ${i + 1}`, weekly('2012-01-02', i)],
  ),
  ...['Return', 'Reckoning', 'Rest'].map(
    (name, i): Row => [730101 + i, 2, i + 1, name, weekly('2013-01-07', i)],
  ),
];

/** Frieren: Japanese names on TVDB, English translations for each episode. */
export const FRIEREN: Row[] = [
  ['冒険の終わり', 'The Journey’s End'],
  ['別に魔法じゃなくたって…', 'It Didn’t Have to Be Magic...'],
  ['人を殺す魔法', 'Killing Magic'],
  ['魂の眠る地', 'The Land Where Souls Rest'],
  ['死者の幻影', 'Phantoms of the Dead'],
  ['村の英雄', 'A Real Hero'],
  ['おとぎ話のようなもの', 'Like a Fairy Tale'],
  ['葬送のフリーレン', 'Frieren the Slayer'],
].map(([name, english], i): Row => [9350001 + i, 1, i + 1, name!, weekly('2023-09-29', i), english]);

/** Long Arc Anime: two TVDB seasons of four; its files keep absolute numbers (HAMA `tvdb3-`). */
const LONG_ARC: Row[] = Array.from(
  { length: 8 },
  (_, i): Row => [
    750001 + i,
    i < 4 ? 1 : 2,
    i < 4 ? i + 1 : i - 3,
    `Arc Chapter ${i + 1}`,
    weekly('2021-04-02', i),
  ],
);

const series = (id: number, name: string, rows: Row[], extra: Partial<TvdbSeries> = {}): TvdbSeries => ({
  id,
  name,
  status: 'Ended',
  firstAired: rows[0]![4],
  originalLanguage: 'eng',
  imdbId: null,
  tmdbId: null,
  episodes: { official: tvdbList(rows) },
  ...extra,
});

/** The TVDB series of the legacy-agent world. */
export const legacyTvdbSeries = (): TvdbSeries[] => [
  series(700001, 'Harbour Lights', HARBOUR_LIGHTS, { tmdbId: 900001 }),
  series(700002, 'Night Shift Diaries', NIGHT_SHIFT_AIRED, {
    episodes: { official: tvdbList(NIGHT_SHIFT_AIRED), dvd: tvdbList(NIGHT_SHIFT_DVD) },
  }),
  series(700003, 'Season Pack Show', SEASON_PACK),
  series(424536, 'Sousou no Frieren', FRIEREN, { originalLanguage: 'jpn', tmdbId: 209867 }),
  series(700005, 'Long Arc Anime', LONG_ARC),
  // Story Arcs exists on TVDB, but its HAMA tvdb4- files are numbered by arcs TVDB does not know.
  series(
    700007,
    'Story Arcs',
    HARBOUR_LIGHTS.map((r): Row => [r[0] + 70000, r[1], r[2], r[3], r[4]]),
  ),
];

/** TMDB knows Harbour Lights in two seasons of four, and Frieren: a TMDB comparison would be wrong. */
export const legacyTmdbShows = (): TmdbShow[] => [
  {
    id: 900001,
    name: 'Harbour Lights',
    firstAirDate: HARBOUR_LIGHTS[0]![4],
    status: 'Ended',
    imdbId: null,
    tvdbId: 700001,
    seasons: [1, 2].map((seasonNumber) => ({
      seasonNumber,
      episodes: HARBOUR_LIGHTS.slice((seasonNumber - 1) * 4, seasonNumber * 4).map((r, i) => ({
        id: r[0] + 100000,
        episodeNumber: i + 1,
        name: r[3],
        airDate: r[4],
        episodeType: 'standard' as const,
      })),
    })),
  },
  {
    id: 209867,
    name: 'Frieren: Beyond Journey’s End',
    firstAirDate: FRIEREN[0]![4],
    status: 'Ended',
    imdbId: null,
    tvdbId: 424536,
    seasons: [
      {
        seasonNumber: 1,
        episodes: FRIEREN.map((r) => ({
          id: r[0] + 100000,
          episodeNumber: r[2],
          name: r[5] ?? r[3],
          airDate: r[4],
          episodeType: 'standard' as const,
        })),
      },
    ],
  },
];
