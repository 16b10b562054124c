import { combineLibraries, type WatchlistItem } from '@complexionist/core';
import {
  createMemoryCacheStore,
  createMemoryLibrary,
  createMemoryMetadata,
  createMemoryTmdb,
  createMemoryTvdb,
} from '@complexionist/core/demo';
import { cacheStoreContract } from './cache-store-contract.js';
import { demoFixtures } from './demo-fixtures.js';
import { tmdbEpisodeSourceContract, tvdbEpisodeSourceContract } from './episode-source-contracts.js';
import { mediaLibraryContract } from './media-library-contract.js';
import { movieMetadataContract } from './movie-metadata-contract.js';
import { watchlistSourceContract } from './watchlist-source-contract.js';

const fx = () => demoFixtures();

movieMetadataContract('the demo metadata', async () => ({
  source: createMemoryMetadata(fx().data),
  fixtures: fx().movieMetadata,
}));
tvdbEpisodeSourceContract('the demo TVDB', async () => ({
  source: createMemoryTvdb(fx().data),
  fixtures: fx().tvdb,
}));
tmdbEpisodeSourceContract('the demo TMDB', async () => ({
  source: createMemoryTmdb(fx().data),
  fixtures: fx().tmdb,
}));
mediaLibraryContract('the demo library', async () => ({
  source: createMemoryLibrary(fx().data),
  fixtures: fx().library,
}));
cacheStoreContract('the memory cache store', async (clock) => ({
  store: createMemoryCacheStore({ now: clock.now }),
}));

// Two copies of the demo library as two servers: the same contract holds with every key prefixed.
mediaLibraryContract('two demo servers combined', async () => {
  const library = fx().library;
  return {
    source: combineLibraries([
      { name: 'Tower', library: createMemoryLibrary(fx().data) },
      { name: 'Annex', library: createMemoryLibrary(fx().data) },
    ]),
    fixtures: {
      movieSection: { ...library.movieSection, key: `Annex/${library.movieSection.key}` },
      showSection: { ...library.showSection, key: `Tower/${library.showSection.key}` },
    },
  };
});

const memoryWatchlist: WatchlistItem[] = [
  {
    ratingKey: 'a1',
    type: 'movie',
    title: 'Alien³',
    year: 1992,
    releaseDate: '1992-05-22',
    ids: { tmdb: 8077 },
  },
  { ratingKey: 'a2', type: 'show', title: 'Severance', ids: { tvdb: 371980, tmdb: 95396 } },
  { ratingKey: 'a3', type: 'movie', title: 'Home Video', ids: {} },
];
watchlistSourceContract('an in-memory watchlist', async () => ({
  source: {
    listWatchlist: async (options) => {
      if (options?.signal?.aborted) throw options.signal.reason;
      return structuredClone(memoryWatchlist);
    },
  },
  fixtures: {
    movieCount: 2,
    showCount: 1,
    sample: memoryWatchlist[0] as WatchlistItem,
    withoutIds: 'Home Video',
  },
}));
