/**
 * Contract test suites for the ports of @complexionist/core. Each function defines vitest `describe`/`it`
 * blocks; call it from a test file of the adapter (or of the demo) with a factory and its fixtures.
 */
export { type ContractClock, cacheStoreContract, type MakeStore } from './cache-store-contract.js';
export { type DemoFixtures, demoFixtures } from './demo-fixtures.js';
export { tmdbEpisodeSourceContract, tvdbEpisodeSourceContract } from './episode-source-contracts.js';
export type {
  MediaLibraryFixtures,
  MovieMetadataFixtures,
  TmdbEpisodeFixtures,
  TvdbFixtures,
} from './fixtures.js';
export { mediaLibraryContract } from './media-library-contract.js';
export { movieMetadataContract } from './movie-metadata-contract.js';
export { expectAbortRejects, type MakeSource } from './shared.js';
export { type WatchlistFixtures, watchlistSourceContract } from './watchlist-source-contract.js';
