/** Report builders for formatter tests. */
import type { EpisodeGapReport, MovieGapReport, ShowGap } from '../report.js';

/** A movie report with the seed spec's Alien and Terminator gaps. */
export function movieReport(extra: Partial<MovieGapReport> = {}): MovieGapReport {
  return {
    type: 'movies',
    generatedAt: '2024-06-15T12:00:00.000Z',
    libraries: ['Movies'],
    summary: {
      moviesScanned: 120,
      moviesMatched: 119,
      moviesUnmatched: 1,
      collectionsChecked: 30,
      collectionsWithGaps: 2,
      missingMovies: 3,
    },
    warnings: [],
    unmatched: [
      {
        title: 'Family Holiday',
        year: 2019,
        ratingKey: '9',
        library: 'Movies',
        code: 'no-id',
        reason: 'no TMDB or IMDb id in Plex',
      },
    ],
    collections: [
      {
        tmdbId: 8091,
        name: 'Alien Collection',
        owned: 4,
        total: 6,
        missing: [
          { tmdbId: 8077, title: 'Alien³', year: 1992, releaseDate: '1992-05-22' },
          { tmdbId: 8078, title: 'Alien Resurrection', year: 1997, releaseDate: '1997-11-12' },
        ],
        upcoming: [{ tmdbId: 1, title: 'Alien: Earth', year: null, releaseDate: null }],
      },
      {
        tmdbId: 528,
        name: 'Terminator Collection',
        owned: 5,
        total: 6,
        missing: [{ tmdbId: 290859, title: 'Terminator: Dark Fate', year: 2019, releaseDate: '2019-10-23' }],
      },
    ],
    ...extra,
  };
}

const ep = (season: number, episode: number, title: string | null) => ({
  season,
  episode,
  title,
  aired: '2009-04-05',
});
const showGap = (title: string, seasons: ShowGap['seasons']): ShowGap => ({
  tvdbId: 1,
  tmdbId: 2,
  imdbId: null,
  source: 'tvdb',
  ordering: 'tvdbAiring',
  orderingOrigin: 'agent',
  orderingReason: 'default of com.plexapp.agents.thetvdb',
  title,
  year: null,
  missingCount: seasons.reduce((n, s) => n + s.missing.length, 0),
  seasons,
});

/** An episode report with the seed spec's Breaking Bad and The Office gaps. */
export function episodeReport(extra: Partial<EpisodeGapReport> = {}): EpisodeGapReport {
  const office = ['Gay Witch Hunt', 'The Convention', 'The Coup', 'Grief Counseling', 'Initiation', 'Diwali'];
  return {
    type: 'episodes',
    generatedAt: '2024-06-15T12:00:00.000Z',
    libraries: ['TV Shows'],
    summary: {
      showsScanned: 10,
      showsMatched: 10,
      showsUnmatched: 0,
      showsExcluded: 1,
      showsWithGaps: 2,
      episodesOwned: 500,
      missingEpisodes: 9,
    },
    warnings: [{ code: 'source-fallback', message: '"Firefly" was compared with TMDB instead.' }],
    unmatched: [],
    shows: [
      showGap('Breaking Bad', [
        { season: 2, missing: [ep(2, 5, 'Breakage'), ep(2, 6, 'Peekaboo')] },
        { season: 4, missing: [ep(4, 11, 'Crawl Space')] },
      ]),
      showGap('The Office (US)', [{ season: 3, missing: office.map((t, i) => ep(3, i + 1, t)) }]),
    ],
    ...extra,
  };
}
