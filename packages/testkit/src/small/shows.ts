import { plexGuid } from '../guids.js';
import type { TmdbShow, TvdbEpisode, TvdbSeries, WorldEpisode, WorldShow } from '../world/types.js';

type Row = [id: number, season: number, episode: number, name: string, aired: string | null];

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
      .map(([id, , episodeNumber, name, airDate]) => ({ id, episodeNumber, name, airDate, episodeType: 'standard' as const })),
  }));

/** Breaking Bad, aired order (truncated to two seasons). Episode ids double as TVDB and TMDB ids + offset. */
const BREAKING_BAD: Row[] = [
  [349001, 0, 1, 'Good Cop Bad Cop', '2009-02-17'],
  [349002, 0, 2, 'El Camino: A Breaking Bad Movie', '2019-10-11'],
  [349232, 1, 1, 'Pilot', '2008-01-20'],
  [349233, 1, 2, "Cat's in the Bag...", '2008-01-27'],
  [349234, 1, 3, "...And the Bag's in the River", '2008-02-10'],
  [349235, 1, 4, 'Cancer Man', '2008-02-17'],
  [349236, 1, 5, 'Gray Matter', '2008-02-24'],
  [349237, 1, 6, "Crazy Handful of Nothin'", '2008-03-02'],
  [349238, 1, 7, 'A No-Rough-Stuff-Type Deal', '2008-03-09'],
  [438906, 2, 1, 'Seven Thirty-Seven', '2009-03-08'],
  [438907, 2, 2, 'Grilled', '2009-03-15'],
  [438908, 2, 3, 'Bit by a Dead Bee', '2009-03-22'],
  [438909, 2, 4, 'Down', '2009-03-29'],
];

/** Firefly in aired order; the DVD order below numbers the same episodes differently. */
const FIREFLY_AIRED: Row[] = [
  [297000, 0, 1, "Here's How It Was: The Making of Firefly", '2003-12-09'],
  [297989, 1, 1, 'The Train Job', '2002-09-20'],
  [297990, 1, 2, 'Bushwhacked', '2002-09-27'],
  [297991, 1, 3, 'Our Mrs. Reynolds', '2002-10-04'],
  [297992, 1, 4, 'Jaynestown', '2002-10-18'],
  [297993, 1, 5, 'Out of Gas', '2002-10-25'],
  [297994, 1, 6, 'Shindig', '2002-11-01'],
  [297995, 1, 7, 'Safe', '2002-11-08'],
  [297996, 1, 8, 'Ariel', '2002-11-15'],
  [297997, 1, 9, 'War Stories', '2002-12-06'],
  [297998, 1, 10, 'Objects in Space', '2002-12-13'],
  [297999, 1, 11, 'Serenity', '2002-12-20'],
  [298000, 1, 12, 'Heart of Gold', '2003-06-23'],
  [298001, 1, 13, 'Trash', '2003-07-21'],
  [298002, 1, 14, 'The Message', '2003-07-28'],
];
const FIREFLY_DVD_IDS = [297999, 297989, 297990, 297994, 297995, 297991, 297992, 297993, 297996, 297997, 298001, 298002, 298000, 297998];
const FIREFLY_DVD: Row[] = [
  FIREFLY_AIRED[0]!,
  ...FIREFLY_DVD_IDS.map((id, i): Row => {
    const row = FIREFLY_AIRED.find((r) => r[0] === id)!;
    return [id, 1, i + 1, row[3], row[4]];
  }),
];

/** Abbott Elementary as TMDB numbers it; `today` is the recent episode's air date. */
const abbottTmdb = (today: string): Row[] => [
  [3401, 0, 1, 'Holiday Special', '2023-12-06'],
  [3411, 1, 1, 'Pilot', '2021-12-07'],
  [3412, 1, 2, 'Light Bulb', '2021-12-14'],
  [3413, 1, 3, 'Wishlist', '2021-12-21'],
  [3414, 1, 4, 'New Tech', '2022-01-04'],
  [3421, 2, 1, 'Development Day', '2022-09-21'],
  [3422, 2, 2, 'Story Samurai', '2022-09-28'],
  [3423, 2, 3, 'Gifted Program', '2022-10-05'],
  [3431, 3, 1, 'Career Day', '2024-02-07'],
  [3432, 3, 2, 'Mural', '2024-02-14'],
  [3441, 4, 1, 'Back to School', today],
  [3442, 4, 2, 'TBA', null],
  [3443, 4, 3, 'Field Trip', '2099-01-14'],
];
/** TVDB folds TMDB's season 2 into season 1, so comparing with TVDB would give different gaps. */
const abbottTvdb = (today: string): Row[] =>
  abbottTmdb(today).map(([id, s, e, name, aired]): Row => {
    const [season, episode] = s === 2 ? [1, e + 4] : s > 2 ? [s - 1, e] : [s, e];
    return [id + 500_000, season, episode, name, aired];
  });

/** TVDB series of the small world. */
export const smallTvdbSeries = (today: string): TvdbSeries[] => [
  { id: 81189, name: 'Breaking Bad', status: 'Ended', firstAired: '2008-01-20', originalLanguage: 'eng', imdbId: 'tt0903747', tmdbId: 1396,
    episodes: { official: tvdbList(BREAKING_BAD, { 349002: { isMovie: 1 }, 349238: { finaleType: 'season' }, 438909: { finaleType: 'series' } }) } },
  { id: 78874, name: 'Firefly', status: 'Ended', firstAired: '2002-09-20', originalLanguage: 'eng', imdbId: 'tt0303461', tmdbId: null,
    episodes: { official: tvdbList(FIREFLY_AIRED), dvd: tvdbList(FIREFLY_DVD) } },
  { id: 403245, name: 'Abbott Elementary', status: 'Continuing', firstAired: '2021-12-07', originalLanguage: 'eng', imdbId: 'tt14218830', tmdbId: 125935,
    // The special has no English name: the `/eng` listing sends null for it.
    episodes: { official: tvdbList(abbottTvdb(today), { 503401: { nameEng: null } }) } },
];

/** TMDB shows (Firefly is deliberately unknown to TMDB). */
export const smallTmdbShows = (today: string): TmdbShow[] => [
  { id: 1396, name: 'Breaking Bad', firstAirDate: '2008-01-20', status: 'Ended', imdbId: 'tt0903747', tvdbId: 81189,
    seasons: tmdbSeasons(BREAKING_BAD.map(([id, ...rest]): Row => [id + 1_000_000, ...rest])) },
  { id: 125935, name: 'Abbott Elementary', firstAirDate: '2021-12-07', status: 'Returning Series', imdbId: 'tt14218830', tvdbId: 403245,
    seasons: tmdbSeasons(abbottTmdb(today)) },
];

const ep = (rk: number, season: number | undefined, episode: number | undefined, title: string, file: string, guids: string[] = [], guid?: string): WorldEpisode => ({
  ratingKey: String(rk), title, ...(season === undefined ? {} : { season }), ...(episode === undefined ? {} : { episode }), guids, files: [file], ...(guid ? { guid } : {}),
});
const bb = (name: string) => `/data/tv/Breaking Bad/Breaking Bad - ${name}.mkv`;
const ff = (n: number, title: string) =>
  ep(2100 + n, 1, n, title, `/data/tv/Firefly/Firefly - S01E${String(n).padStart(2, '0')} - ${title}.mkv`, [], `com.plexapp.agents.thetvdb://78874/1/${n}?lang=en`);

/** Section "TV Shows" (library default tvdbAiring). */
export const smallTvShows = (): WorldShow[] => [
  { ratingKey: '2000', title: 'Breaking Bad', year: 2008, guid: plexGuid('show', 2000), guids: ['imdb://tt0903747', 'tmdb://1396', 'tvdb://81189'],
    episodes: [
      ep(2010, 0, 1, 'Good Cop Bad Cop', bb('S00E01 - Good Cop Bad Cop'), ['tvdb://349001']),
      ep(2001, 1, 1, 'Pilot', bb('S01E01 - Pilot'), ['tvdb://349232']),
      ep(2002, 1, 2, "Cat's in the Bag...", bb('S01E02'), ['tvdb://349233']),
      ep(2003, 1, 3, "...And the Bag's in the River", bb('S01E03'), ['tvdb://349234']),
      ep(2004, 1, 4, 'Cancer Man', bb('S01E04'), ['tvdb://349235']),
      ep(2005, 1, 5, 'Gray Matter', bb('S01E05'), ['tvdb://349236']),
      // One item for a two-episode file: E07 is owned only through the file name.
      ep(2006, 1, 6, "Crazy Handful of Nothin'", bb("S01E06-E07 - Crazy Handful of Nothin'")),
      // No season/episode numbers: owned only through its episode-level TVDB Guid.
      ep(2007, undefined, undefined, 'Seven Thirty-Seven', bb('2009-03-08 - Seven Thirty-Seven'), ['tvdb://438906']),
      // Two items sharing one file, as Plex lists a multi-episode file.
      ep(2008, 2, 2, 'Grilled', bb('S02E02-E03 - Grilled')),
      ep(2009, 2, 3, 'Bit by a Dead Bee', bb('S02E02-E03 - Grilled')),
    ] },
  { ratingKey: '2100', title: 'Firefly', year: 2002, guid: 'com.plexapp.agents.thetvdb://78874?lang=en', guids: [], showOrdering: 'tvdbDvd', flattenSeasons: true,
    episodes: [ff(1, 'Serenity'), ff(2, 'The Train Job'), ff(3, 'Bushwhacked'), ff(5, 'Safe'), ff(6, 'Our Mrs. Reynolds'), ff(7, 'Jaynestown'),
      ff(8, 'Out of Gas'), ff(9, 'Ariel'), ff(10, 'War Stories'), ff(11, 'Trash'), ff(12, 'The Message'), ff(14, 'Objects in Space')] },
  { ratingKey: '2200', title: 'Home Movies (Family)', guid: 'local://2200', guids: [],
    episodes: [ep(2201, 1, 1, 'Beach Day', '/data/tv/Home Movies/S01E01.mp4'), ep(2202, 1, 2, 'Birthday', '/data/tv/Home Movies/S01E02.mp4')] },
];

const ab = (rk: number, s: number, e: number, title: string, tmdbEpisodeId: number) =>
  ep(rk, s, e, title, `/data/more-tv/Abbott Elementary/Season ${s}/Abbott Elementary - S0${s}E0${e}.mkv`, [`tmdb://${tmdbEpisodeId}`]);

/** Section "More TV" (library default tmdbAiring). */
export const smallMoreTv = (): WorldShow[] => [
  { ratingKey: '4000', title: 'Abbott Elementary', year: 2021, guid: plexGuid('show', 4000), guids: ['imdb://tt14218830', 'tmdb://125935', 'tvdb://403245'],
    episodes: [ab(4001, 1, 1, 'Pilot', 3411), ab(4002, 1, 2, 'Light Bulb', 3412), ab(4004, 1, 4, 'New Tech', 3414), ab(4011, 2, 1, 'Development Day', 3421),
      ab(4012, 2, 2, 'Story Samurai', 3422), ab(4013, 2, 3, 'Gifted Program', 3423), ab(4021, 3, 1, 'Career Day', 3431)] },
];
