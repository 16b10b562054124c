import { createDemoData, type DemoData } from '@complexionist/core/demo';
import type {
  MediaLibraryFixtures,
  MovieMetadataFixtures,
  TmdbEpisodeFixtures,
  TvdbFixtures,
} from './fixtures.js';

/** The demo world's raw records plus the fixtures every contract suite needs for it. */
export interface DemoFixtures {
  /** Raw records (core's domain shapes) to serve from fakes. */
  data: DemoData;
  movieMetadata: MovieMetadataFixtures;
  tvdb: TvdbFixtures;
  tmdb: TmdbEpisodeFixtures;
  library: MediaLibraryFixtures;
}

/**
 * The demo data (the same records `createDemoDeps` serves) and fixtures describing it. TMDB sources are
 * expected to be created with `language: 'en'`. Without `now`, the
 * upcoming Toy Story 5 has no release date, so the Toy Story collection ends with an empty date.
 */
export function demoFixtures(options: { now?: Date } = {}): DemoFixtures {
  const data = createDemoData({ now: options.now });
  const count = (key: string) => data.shows.filter((s) => s.sectionKey === key);
  const showKeys = new Set(count('2').map((s) => s.ratingKey));
  return {
    data,
    movieMetadata: {
      movieInCollection: { tmdbId: 862, title: 'Toy Story' },
      movieWithoutCollection: { tmdbId: 329865 },
      collection: {
        tmdbId: 10194,
        name: 'Toy Story Collection',
        partIds: [862, 863, 10193, 301528, 1084244],
      },
      imdb: { imdbId: 'tt0088763', tmdbId: 105 },
      unknownMovieId: 999999901,
      unknownCollectionId: 999999902,
      unknownImdbId: 'tt9999999901',
      language: 'en',
    },
    tvdb: {
      series: { tvdbId: 78874, ended: true, episodeCounts: { default: 14, dvd: 14 } },
      imdb: { imdbId: 'tt0903747', tvdbId: 81189 },
      unknownTvdbId: 999999903,
      unknownImdbId: 'tt9999999903',
      // The demo records are English only: its titles are what an English source must name them.
      translated: {
        tvdbId: 78874,
        language: 'en',
        titles: (data.tvdbSeries.find((s) => s.tvdbId === 78874)?.episodes.default ?? []).map((e) => e.title),
      },
    },
    tmdb: {
      show: { tmdbId: 87108, tvdbId: 360893, imdbId: 'tt7366338', ended: true, episodeCount: 5 },
      unknownTmdbId: 999999904,
      unknownTvdbId: 999999905,
      unknownImdbId: 'tt9999999905',
      language: 'en',
    },
    library: {
      movieSection: {
        key: '1',
        title: 'Movies',
        movieCount: data.movies.filter((m) => m.sectionKey === '1').length,
      },
      showSection: {
        key: '2',
        title: 'TV Shows',
        showCount: count('2').length,
        episodeCount: data.episodes.filter((e) => showKeys.has(e.showRatingKey)).length,
        defaultOrdering: data.defaultOrderings['2'] ?? null,
        agent: data.sections.find((s) => s.key === '2')?.agent ?? '',
      },
    },
  };
}
