import { plexGuid, plexHex } from '../guids.js';
import type { Expected } from '../world/expected-types.js';
import type { World, WorldWatchlistItem } from '../world/types.js';
import { smallWorld } from './small-world.js';
import { smallWorldExpected } from './small-world-expected.js';

/** Section keys of each server of {@link twoServerWorld}: "Testkit Plex" and "Testkit Plex 2". */
export const TWO_SERVER_SPLIT: string[][] = [
  ['1', '2', '3', '5'],
  ['6', '7', '4'],
];

const annexMovie = (rk: number, title: string, year: number, tmdb: number, imdb: string) => ({
  ratingKey: String(rk),
  title,
  year,
  guid: plexGuid('movie', rk),
  guids: [`imdb://${imdb}`, `tmdb://${tmdb}`],
  files: [`/mnt/annex/movies/${title} (${year}).mkv`],
});

const watch = (
  n: number,
  type: WorldWatchlistItem['type'],
  title: string,
  guids: string[],
  extra: Partial<WorldWatchlistItem> = {},
): WorldWatchlistItem => ({ ratingKey: plexHex(9000 + n), type, title, guids, ...extra });

/**
 * The account's watchlist in {@link twoServerWorld}: films owned on the second server only, owned through an
 * IMDb-only match, missing, upcoming, known only by its details (no `Guid` in the list) and unmatched; shows
 * owned whole across both servers, owned with gaps, and not owned.
 */
export const twoServerWatchlist = (): WorldWatchlistItem[] => [
  watch(1, 'movie', 'The Matrix Reloaded', ['imdb://tt0234215', 'tmdb://604'], {
    year: 2003,
    originallyAvailableAt: '2003-05-15',
  }),
  watch(2, 'movie', 'Alien³', ['imdb://tt0103644', 'tmdb://8077'], {
    year: 1992,
    originallyAvailableAt: '1992-05-22',
  }),
  watch(3, 'movie', 'Alien: Horizon', ['tmdb://1400002'], {
    year: 2099,
    originallyAvailableAt: '2099-05-21',
  }),
  watch(4, 'movie', 'The Matrix Revolutions', ['tmdb://605'], {
    year: 2003,
    originallyAvailableAt: '2003-11-05',
  }),
  watch(5, 'movie', 'Dune: Part Two', ['imdb://tt15239678', 'tmdb://693134'], {
    year: 2024,
    originallyAvailableAt: '2024-02-27',
    guidsOnlyInDetails: true,
  }),
  watch(6, 'show', 'Breaking Bad', ['imdb://tt0903747', 'tmdb://1396', 'tvdb://81189'], { year: 2008 }),
  watch(7, 'show', 'Firefly', ['tvdb://78874'], { year: 2002 }),
  watch(8, 'show', 'Severance', ['tmdb://95396', 'tvdb://371980'], { year: 2022 }),
  watch(9, 'movie', 'Some Indie Film', [], { year: 2023 }),
];

/**
 * {@link smallWorld} spread over two Plex servers (start it with `plexSplit: TWO_SERVER_SPLIT`). The first,
 * "Testkit Plex", keeps Movies, TV Shows, 4K Movies and the music; the second, "Testkit Plex 2", has "More
 * TV" and its own "Movies" (Aliens, also on the first, and The Matrix Reloaded, only here) and "TV Shows"
 * (Breaking Bad S02E04, the episode the first lacks). Rating keys repeat across the servers on purpose.
 * Its gaps: {@link twoServerExpected}; its watchlist: {@link twoServerWatchlist}.
 */
export function twoServerWorld(options: { now?: Date } = {}): World {
  const world = smallWorld(options);
  const base = { agent: 'tv.plex.agents.movie', scanner: 'Plex Movie', language: 'en-US' };
  const tv = { agent: 'tv.plex.agents.series', scanner: 'Plex TV Series', language: 'en-US' };
  world.plex.sections.push(
    {
      key: '6',
      title: 'Movies',
      type: 'movie',
      ...base,
      movies: [
        annexMovie(104, 'Aliens', 1986, 679, 'tt0090605'),
        annexMovie(113, 'The Matrix Reloaded', 2003, 604, 'tt0234215'),
      ],
    },
    {
      key: '7',
      title: 'TV Shows',
      type: 'show',
      ...tv,
      showOrdering: 'tvdbAiring',
      shows: [
        {
          ratingKey: '2000',
          title: 'Breaking Bad',
          year: 2008,
          guid: plexGuid('show', 2000),
          guids: ['imdb://tt0903747', 'tmdb://1396', 'tvdb://81189'],
          episodes: [
            {
              ratingKey: '2001',
              title: 'Down',
              season: 2,
              episode: 4,
              guids: [],
              files: ['/mnt/annex/tv/Breaking Bad/Season 02/Breaking Bad - S02E04 - Down.mkv'],
            },
          ],
        },
      ],
    },
  );
  world.watchlist = twoServerWatchlist();
  return world;
}

/** Names a configuration gives the two servers of {@link twoServerWorld} (rating keys are prefixed with them). */
export const TWO_SERVER_NAMES = ['Tower', 'Annex'] as const;

/**
 * The gaps of {@link twoServerWorld} scanning both servers (configured as {@link TWO_SERVER_NAMES}), written
 * by hand: ownership is the union, so The Matrix Reloaded (second server only) and Breaking Bad S02E04 (its
 * copy on the second server) are not missing.
 */
export const twoServerExpected: Expected = {
  movies: {
    collections: [
      {
        tmdbId: 8091,
        name: 'Alien Collection',
        owned: 3,
        total: 5,
        missing: [
          { tmdbId: 8077, title: 'Alien³', year: 1992, releaseDate: '1992-05-22' },
          { tmdbId: 945961, title: 'Alien: Romulus', year: 2024, releaseDate: '2024-08-13' },
        ],
      },
      {
        tmdbId: 2344,
        name: 'The Matrix Collection',
        owned: 3,
        total: 4,
        missing: [
          { tmdbId: 624860, title: 'The Matrix Resurrections', year: 2021, releaseDate: '2021-12-16' },
        ],
      },
    ],
    unmatched: [{ title: 'Home Video', ratingKey: 'Tower/112', library: 'Movies' }],
  },
  episodes: {
    shows: smallWorldExpected.episodes.shows.filter((s) => s.title !== 'Breaking Bad'),
    unmatched: [{ title: 'Home Movies (Family)', ratingKey: 'Tower/2200', library: 'TV Shows' }],
  },
};

/** What `watchlist` lists for {@link twoServerWorld} scanning both servers (by hand, from the story above). */
export const twoServerWatchlistExpected = {
  movies: [
    { title: 'Alien³', releaseDate: '1992-05-22', released: true },
    { title: 'Dune: Part Two', releaseDate: '2024-02-27', released: true },
    { title: 'Alien: Horizon', releaseDate: '2099-05-21', released: false },
  ],
  shows: [
    { title: 'Severance', owned: false, missingCount: 0 },
    { title: 'Firefly', owned: true, missingCount: 2 },
  ],
  unmatched: ['Some Indie Film'],
  /** The Matrix Reloaded, The Matrix Revolutions, Breaking Bad. */
  owned: 3,
} as const;
