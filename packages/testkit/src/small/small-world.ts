import { musicSection } from '../world/music-section.js';
import type { World } from '../world/types.js';
import { small4kSection, smallMoviesSection, smallTmdbCollections, smallTmdbMovies } from './movies.js';
import { smallMoreTv, smallTvShows } from './plex-shows.js';
import { smallTmdbShows, smallTvdbSeries } from './reference-shows.js';

/**
 * A small, fixed, hand-written world for end-to-end tests; its gaps are {@link smallWorldExpected}.
 *
 * Movies: three collections (Matrix: a legacy IMDb-only part; Alien: a legacy TMDB part, an upcoming
 * part with an empty date and one in 2099, a second copy in "4K Movies"; Toy Story: complete), two loose
 * films and an unmatched home video. Shows: Breaking Bad (tvdbAiring; a range file, two items sharing a
 * file, an item known only by its episode Guid, specials incl. `isMovie`), Firefly (legacy agent, DVD
 * order, hidden seasons, unknown to TMDB), Abbott Elementary (tmdbAiring by library default; TVDB numbers
 * it differently; an episode aired today, one without date, one in 2099) and an unmatched show.
 *
 * Everything is fixed except one air date placed on `now`'s day (a recent episode), which leaves the
 * expected gaps unchanged as long as the scan uses the same `now`: the world records it (`world.now`), the
 * fakes answer as of it and `FakeServices.now` hands it to the scanner under test.
 */
export function smallWorld(options: { now?: Date } = {}): World {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const base = { agent: 'tv.plex.agents.movie', scanner: 'Plex Movie', language: 'en-US' };
  const tv = { agent: 'tv.plex.agents.series', scanner: 'Plex TV Series', language: 'en-US' };
  return {
    plex: {
      machineIdentifier: '96f2fe7a78c9dc1f16a16bedbe90f98149be16b4',
      friendlyName: 'Testkit Plex',
      version: '1.41.3.9314-a0bfb8370',
      username: 'testkit-user',
      sections: [
        { key: '1', title: 'Movies', type: 'movie', ...base, movies: smallMoviesSection() },
        {
          key: '2',
          title: 'TV Shows',
          type: 'show',
          ...tv,
          showOrdering: 'tvdbAiring',
          shows: smallTvShows(),
        },
        { key: '3', title: '4K Movies', type: 'movie', ...base, movies: small4kSection() },
        { key: '4', title: 'More TV', type: 'show', ...tv, showOrdering: 'tmdbAiring', shows: smallMoreTv() },
        musicSection('5'),
      ],
    },
    tmdb: { movies: smallTmdbMovies(), collections: smallTmdbCollections(), shows: smallTmdbShows(today) },
    tvdb: { series: smallTvdbSeries(today) },
    now: now.toISOString(),
  };
}
