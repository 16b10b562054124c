/** TMDB v3 client for ComPlexionist: movie metadata, collections, id lookups and TV episode lists. */
export {
  createTmdbClient,
  sortByRelease,
  TMDB_BASE_URL,
  type TmdbClient,
  type TmdbClientOptions,
} from './client.js';
export { TMDB_KEY_HINT } from './errors.js';
