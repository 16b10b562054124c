import { plexGuid } from '../guids.js';
import type { WorldEpisode, WorldShow } from '../world/types.js';

const ep = (
  rk: number,
  season: number | undefined,
  episode: number | undefined,
  title: string,
  file: string,
  guids: string[] = [],
  guid?: string,
): WorldEpisode => ({
  ratingKey: String(rk),
  title,
  ...(season === undefined ? {} : { season }),
  ...(episode === undefined ? {} : { episode }),
  guids,
  files: [file],
  ...(guid ? { guid } : {}),
});
const bb = (name: string) => `/data/tv/Breaking Bad/Breaking Bad - ${name}.mkv`;
const ff = (n: number, title: string) =>
  ep(
    2100 + n,
    1,
    n,
    title,
    `/data/tv/Firefly/Firefly - S01E${String(n).padStart(2, '0')} - ${title}.mkv`,
    [],
    `com.plexapp.agents.thetvdb://78874/1/${n}?lang=en`,
  );

/** Section "TV Shows" (library default tvdbAiring). */
export const smallTvShows = (): WorldShow[] => [
  {
    ratingKey: '2000',
    title: 'Breaking Bad',
    year: 2008,
    guid: plexGuid('show', 2000),
    guids: ['imdb://tt0903747', 'tmdb://1396', 'tvdb://81189'],
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
      ep(2007, undefined, undefined, 'Seven Thirty-Seven', bb('2009-03-08 - Seven Thirty-Seven'), [
        'tvdb://438906',
      ]),
      // Two items sharing one file, as Plex lists a multi-episode file.
      ep(2008, 2, 2, 'Grilled', bb('S02E02-E03 - Grilled')),
      ep(2009, 2, 3, 'Bit by a Dead Bee', bb('S02E02-E03 - Grilled')),
    ],
  },
  {
    ratingKey: '2100',
    title: 'Firefly',
    year: 2002,
    guid: 'com.plexapp.agents.thetvdb://78874?lang=en',
    guids: [],
    showOrdering: 'tvdbDvd',
    flattenSeasons: true,
    episodes: [
      ff(1, 'Serenity'),
      ff(2, 'The Train Job'),
      ff(3, 'Bushwhacked'),
      ff(5, 'Safe'),
      ff(6, 'Our Mrs. Reynolds'),
      ff(7, 'Jaynestown'),
      ff(8, 'Out of Gas'),
      ff(9, 'Ariel'),
      ff(10, 'War Stories'),
      ff(11, 'Trash'),
      ff(12, 'The Message'),
      ff(14, 'Objects in Space'),
    ],
  },
  {
    ratingKey: '2200',
    title: 'Home Movies (Family)',
    guid: 'local://2200',
    guids: [],
    episodes: [
      ep(2201, 1, 1, 'Beach Day', '/data/tv/Home Movies/S01E01.mp4'),
      ep(2202, 1, 2, 'Birthday', '/data/tv/Home Movies/S01E02.mp4'),
    ],
  },
];

const ab = (rk: number, s: number, e: number, title: string, tmdbEpisodeId: number) =>
  ep(rk, s, e, title, `/data/more-tv/Abbott Elementary/Season ${s}/Abbott Elementary - S0${s}E0${e}.mkv`, [
    `tmdb://${tmdbEpisodeId}`,
  ]);

/** Section "More TV" (library default tmdbAiring). */
export const smallMoreTv = (): WorldShow[] => [
  {
    ratingKey: '4000',
    title: 'Abbott Elementary',
    year: 2021,
    guid: plexGuid('show', 4000),
    guids: ['imdb://tt14218830', 'tmdb://125935', 'tvdb://403245'],
    episodes: [
      ab(4001, 1, 1, 'Pilot', 3411),
      ab(4002, 1, 2, 'Light Bulb', 3412),
      ab(4004, 1, 4, 'New Tech', 3414),
      ab(4011, 2, 1, 'Development Day', 3421),
      ab(4012, 2, 2, 'Story Samurai', 3422),
      ab(4013, 2, 3, 'Gifted Program', 3423),
      ab(4021, 3, 1, 'Career Day', 3431),
    ],
  },
];
