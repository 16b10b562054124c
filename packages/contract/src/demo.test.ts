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
